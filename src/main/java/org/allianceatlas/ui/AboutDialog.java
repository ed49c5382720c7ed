package org.allianceatlas.ui;

import java.io.IOException;
import java.util.Properties;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

/** Help &gt; About: what the application is, its version, and what the data on screen holds. */
final class AboutDialog {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.allianceatlas/alliance-atlas/pom.properties";

    private AboutDialog() {
    }

    static Alert create(Window owner, String datasetName, String datasetSummary) {
        var alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Alliance Atlas");
        alert.setHeaderText("Alliance Atlas " + version());
        var what = new Label("A network visualiser of defence alignments: states, organisations, memberships and "
                + "treaty clauses, year by year. Every fact carries its source (Help > Data sources).");
        what.setWrapText(true);
        var data = new Label("Data on screen: " + datasetName + " — " + datasetSummary);
        data.setWrapText(true);
        data.getStyleClass().add(Styles.TEXT_MUTED);
        var box = new VBox(10, what, data);
        box.setPrefWidth(480);
        alert.getDialogPane().setContent(box);
        return alert;
    }

    /** The version Maven writes into the jar; running from the work tree there is none. */
    static String version() {
        try (var in = AboutDialog.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                var p = new Properties();
                p.load(in);
                return p.getProperty("version", "");
            }
        } catch (IOException e) {
            // a version string is not worth failing for
        }
        return "(development build)";
    }
}

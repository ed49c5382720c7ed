package org.allianceatlas.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

/** Help &gt; About: what the application is, its version, and what the data on screen holds. */
final class AboutDialog {

    private AboutDialog() {
    }

    static Alert create(Window owner, String version, String datasetName, String datasetSummary) {
        var alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Alliance Atlas");
        alert.setHeaderText("Alliance Atlas " + version);
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
}

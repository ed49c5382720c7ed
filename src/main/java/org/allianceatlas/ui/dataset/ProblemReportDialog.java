package org.allianceatlas.ui.dataset;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import org.allianceatlas.ui.shared.AtlasStyles;

/**
 * Shows a load's full validation report (errors, or warnings of a load that succeeded): a summary, then every problem
 * as {@code file:line:col: …} in a read-only, selectable text area, with a button that copies it all, and, for an
 * import whose only errors are rows, a button that imports without them. Node ids: {@code problemReport} (the text
 * area), {@code problemSummary}.
 */
public final class ProblemReportDialog {

    /** The copy button's type, so tests and key handlers can find it. */
    public static final ButtonType COPY = new ButtonType("Copy report", ButtonBar.ButtonData.LEFT);

    /** The button that goes on without the rows listed (see {@link #create(Window, LoadProblems, Runnable)}). */
    public static final ButtonType LEAVE_ROWS_OUT = new ButtonType("Import without these rows",
            ButtonBar.ButtonData.YES);

    private ProblemReportDialog() {
    }

    /**
     * A report that also offers to leave the listed rows out: {@link #LEAVE_ROWS_OUT} closes the dialog and runs
     * {@code leaveRowsOut}; Close leaves everything as it is.
     */
    public static Alert create(Window owner, LoadProblems problems, Runnable leaveRowsOut) {
        var alert = create(owner, problems);
        alert.getButtonTypes().add(1, LEAVE_ROWS_OUT);
        alert.setOnHidden(e -> {
            if (alert.getResult() == LEAVE_ROWS_OUT) {
                leaveRowsOut.run();
            }
        });
        return alert;
    }

    /** A dialog ready to show (modal to {@code owner}); Copy copies without closing it. */
    public static Alert create(Window owner, LoadProblems problems) {
        var alert = new Alert(problems.failed() ? Alert.AlertType.ERROR : Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle("Problems in the data");
        alert.setHeaderText(problems.headline());
        alert.setResizable(true);

        var summary = new Label(problems.summary());
        summary.setId("problemSummary");
        summary.setWrapText(true);
        var text = new TextArea(problems.reportText());
        text.setId("problemReport");
        text.setEditable(false);
        text.setWrapText(false);
        text.getStyleClass().add(AtlasStyles.REPORT_TEXT);
        text.setPrefColumnCount(110);
        text.setPrefRowCount(Math.min(24, Math.max(6, problems.report().problems().size() + 1)));
        VBox.setVgrow(text, Priority.ALWAYS);
        var box = new VBox(10, summary, text);
        box.setPrefWidth(900);
        alert.getDialogPane().setContent(box);

        alert.getButtonTypes().setAll(COPY, ButtonType.CLOSE);
        var copy = alert.getDialogPane().lookupButton(COPY);
        // Consume the action so that copying does not close the dialog.
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            var clip = new ClipboardContent();
            clip.putString(text.getText());
            Clipboard.getSystemClipboard().setContent(clip);
            e.consume();
        });
        return alert;
    }
}

package org.allianceatlas.ui.project;

import java.util.function.Consumer;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * View › Save view…: asks for the saved view's name (suggested: the year and filters) and, for slides and the
 * presentation, an optional title of its own and whether the filters stay below it. Node ids: {@code saveViewName},
 * {@code saveViewTitle}, {@code saveViewKeepSubtitle}; the button {@link #SAVE}.
 */
public final class SaveViewDialog {

    /** The dialog's confirming button. */
    public static final ButtonType SAVE = new ButtonType("Save view", ButtonBar.ButtonData.OK_DONE);

    /**
     * What the user chose.
     *
     * @param title        a custom title, or null for the default ("Defence alignments, YEAR")
     * @param keepSubtitle with a custom title, the filters stay below it
     */
    public record Choice(String name, String title, boolean keepSubtitle) {
    }

    private SaveViewDialog() {
    }

    /** A dialog ready to show; {@code then} hears the choice when the user saves (not when they cancel). */
    public static Dialog<Choice> create(Window owner, String suggestedName, Consumer<Choice> then) {
        var dialog = new Dialog<Choice>();
        dialog.initOwner(owner);
        dialog.setTitle("Save view");
        dialog.setHeaderText("Save what is on screen — year, filters, layout, labels, zoom and highlight — as a "
                + "view of the project");
        var name = new TextField(suggestedName);
        name.setId("saveViewName");
        name.setPrefColumnCount(32);
        var title = new TextField();
        title.setId("saveViewTitle");
        title.setPromptText("Defence alignments, YEAR (the default)");
        var keep = new CheckBox("Keep the active filters below the title");
        keep.setId("saveViewKeepSubtitle");
        keep.setSelected(true);
        keep.disableProperty().bind(title.textProperty().isEmpty());
        var grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Slide title"), title);
        grid.add(keep, 1, 2);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(SAVE).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == SAVE && !name.getText().isBlank()
                ? new Choice(name.getText().strip(), title.getText().isBlank() ? null : title.getText().strip(),
                        keep.isSelected())
                : null);
        dialog.resultProperty().addListener((o, a, choice) -> {
            if (choice != null) {
                then.accept(choice);
            }
        });
        dialog.setOnShown(e -> {
            name.requestFocus();
            name.selectAll();
        });
        return dialog;
    }
}

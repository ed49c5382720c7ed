package org.allianceatlas.ui.project;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.allianceatlas.project.SavedView;
import org.allianceatlas.ui.shared.AtlasStyles;
import org.allianceatlas.ui.shared.Labels;
import org.allianceatlas.ui.shared.Resources;

/**
 * View › Saved views…: the project's saved views in presentation order, in a window beside the main one (not
 * modal: a talk is built by going back and forth). Show applies a view to the main window (also a double click or
 * Enter); Move up and Move down reorder; Rename…; Update overwrites a view with what is on screen (keeping its name
 * and title); Delete; Present starts the presentation at the chosen view. Binds to a {@link SavedViewsViewModel}.
 *
 * <p>Node ids: {@code savedViewsList}, {@code savedViewShow}, {@code savedViewUp}, {@code savedViewDown},
 * {@code savedViewRename}, {@code savedViewUpdate}, {@code savedViewDelete}, {@code savedViewPresent}, and
 * {@code renameViewName} for the rename dialog's field.
 */
public final class SavedViewsDialog {

    /** What the buttons ask of the main window. */
    public interface Actions {
        /** Apply this view to the main window. */
        void show(SavedView view);

        /** Overwrite the view at {@code index} with what is on screen. */
        void update(int index);

        /** Present the views from {@code index}. */
        void present(int index);
    }

    private final Stage stage = new Stage();
    private final SavedViewsViewModel vm;
    private final ListView<SavedView> list;

    public SavedViewsDialog(Window owner, SavedViewsViewModel vm, Actions actions) {
        this.vm = vm;
        list = new ListView<>(vm.views());
        list.setId("savedViewsList");
        list.setCellFactory(v -> new ViewCell());
        list.setPlaceholder(new Label("No saved view yet: View › Save view… keeps what is on screen."));
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> vm.selectedProperty()
                .set(i.intValue()));
        vm.selectedProperty().addListener((o, a, i) -> select(i.intValue()));
        select(vm.selectedProperty().get());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.selectedView().ifPresent(actions::show);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.selectedView().ifPresent(actions::show);
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        BooleanBinding none = vm.selectedProperty().lessThan(0);
        var show = button("Show", "savedViewShow", "Apply this view to the main window (double click, Enter)",
                () -> vm.selectedView().ifPresent(actions::show));
        var up = button("Move up", "savedViewUp", "Earlier in the presentation",
                () -> vm.move(vm.selectedProperty().get(), -1));
        var down = button("Move down", "savedViewDown", "Later in the presentation",
                () -> vm.move(vm.selectedProperty().get(), 1));
        var rename = button("Rename…", "savedViewRename", "Rename this view", () -> rename(owner));
        var update = button("Update", "savedViewUpdate", "Replace this view with what is on screen now (its name "
                + "and title stay)", () -> actions.update(vm.selectedProperty().get()));
        var delete = button("Delete", "savedViewDelete", "Delete this view from the project",
                () -> vm.remove(vm.selectedProperty().get()));
        var present = button("Present", "savedViewPresent", "Present the views from this one, full screen (F5 "
                + "presents from the first)", () -> actions.present(Math.max(0, vm.selectedProperty().get())));
        for (var b : new Button[] {show, rename, update, delete}) {
            b.disableProperty().bind(none);
        }
        up.disableProperty().bind(none.or(vm.selectedProperty().isEqualTo(0)));
        down.disableProperty().bind(none.or(vm.selectedProperty().isEqualTo(
                Bindings.size(vm.views()).subtract(1))));
        present.disableProperty().bind(Bindings.isEmpty(vm.views()));
        var buttons = new VBox(8, show, up, down, rename, update, delete, present);
        buttons.setPadding(new Insets(0, 0, 0, 10));

        var root = new BorderPane(list);
        root.setRight(buttons);
        root.setPadding(new Insets(10));
        var scene = new Scene(root, 560, 380);
        scene.getStylesheets().add(Resources.stylesheet());
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("Saved views");
    }

    /** Shows the window (again), in front. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void select(int i) {
        if (i != list.getSelectionModel().getSelectedIndex()) {
            if (i < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(i);
            }
        }
    }

    private void rename(Window owner) {
        int i = vm.selectedProperty().get();
        var view = vm.selectedView().orElse(null);
        if (view == null) {
            return;
        }
        var dialog = new TextInputDialog(view.name());
        dialog.initOwner(stage);
        dialog.setTitle("Rename view");
        dialog.setHeaderText("A new name for “" + view.name() + "”");
        dialog.getEditor().setId("renameViewName");
        dialog.resultProperty().addListener((o, a, name) -> {
            if (name != null) {
                vm.rename(i, name);
            }
        });
        dialog.show();
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        var b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** "NATO and the Warsaw Pact" above "1985 · Geographic · Organisations: NATO, Warsaw Pact". */
    private static final class ViewCell extends ListCell<SavedView> {
        @Override
        protected void updateItem(SavedView item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            var name = new Label(item.name());
            var detail = new Label(item.year() + " · " + Labels.layout(item.layout())
                    + (item.viewport() != null ? " · zoomed" : "") + (item.highlights() ? " · highlight" : "")
                    + (item.title() != null ? " · “" + item.title() + "”" : ""));
            detail.getStyleClass().add(AtlasStyles.DETAILS_SECONDARY);
            setText(null);
            setGraphic(new VBox(1, name, detail));
        }
    }
}

package org.allianceatlas.ui.map;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

/**
 * View › Map › Organisations on the alliance map…: the automatic choice, or a list of organisations to tick (at most
 * {@link MapOrganisationsViewModel#MAX}, in colour order). Binds to a {@link MapOrganisationsViewModel}; decides
 * nothing itself. Node ids for tests: {@code mapOrgsAutomatic}, {@code mapOrgsChosen}, {@code mapOrgsList},
 * {@code mapOrgsFromFilter}, {@code mapOrgsMessage}.
 */
public final class MapOrganisationsDialog {

    private MapOrganisationsDialog() {
    }

    /** The dialog; its result is the organisations to colour (empty: automatic), or nothing when cancelled. */
    public static Dialog<List<String>> create(Window owner, MapOrganisationsViewModel vm) {
        var dialog = new Dialog<List<String>>();
        dialog.initOwner(owner);
        dialog.setTitle("Organisations on the alliance map");
        dialog.setHeaderText(null);

        var group = new ToggleGroup();
        var automatic = new RadioButton(vm.defaultChoice().isEmpty()
                ? "Automatic: the largest mutual-defence organisations in view (none in this view)"
                : "Automatic: the largest mutual-defence organisations in view (" + vm.defaultChoice() + ")");
        automatic.setId("mapOrgsAutomatic");
        automatic.setWrapText(true);
        automatic.setToggleGroup(group);
        var chosen = new RadioButton("These, in colour order (at most " + MapOrganisationsViewModel.MAX + "):");
        chosen.setId("mapOrgsChosen");
        chosen.setToggleGroup(group);
        automatic.setSelected(vm.automaticProperty().get());
        chosen.setSelected(!vm.automaticProperty().get());
        vm.automaticProperty().addListener((o, was, now) -> (now ? automatic : chosen).setSelected(true));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.automaticProperty().set(now == automatic);
            }
        });

        var list = new ListView<>(vm.choices());
        list.setId("mapOrgsList");
        list.setCellFactory(CheckBoxListCell.forListView(MapOrganisationsViewModel.Choice::tickedProperty));
        list.setPrefSize(520, 320);

        var fromFilter = new Button("Use the filter's organisations");
        fromFilter.setId("mapOrgsFromFilter");
        fromFilter.setOnAction(e -> vm.useFilter());
        fromFilter.setVisible(vm.canUseFilter());
        fromFilter.setManaged(vm.canUseFilter());

        var message = new Label();
        message.setId("mapOrgsMessage");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        var note = new Label("A state in two of them is striped in both colours; partners and observers are not "
                + "coloured. Named as in the year shown.");
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);

        var box = new VBox(10, automatic, chosen, list, fromFilter, message, note);
        box.setPadding(new Insets(4, 0, 0, 0));
        box.setPrefWidth(540);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.applicableProperty().not());
        dialog.setResultConverter(b -> b == ButtonType.OK ? vm.result() : null);
        return dialog;
    }

    /** Shows the dialog and waits; the organisations to colour (empty: automatic), or empty when cancelled. */
    public static Optional<List<String>> ask(Window owner, MapOrganisationsViewModel vm) {
        return create(owner, vm).showAndWait();
    }
}

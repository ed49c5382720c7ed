package org.allianceatlas.ui.dataset;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;
import org.allianceatlas.ui.shared.ExternalLinks;

/**
 * Help &gt; Data sources: every source the loaded dataset cites, filterable, each title a link that opens in the
 * system browser (http/https only). Node ids: {@code sourceFilter}, {@code sourceList}.
 */
public final class DataSourcesDialog {

    private DataSourcesDialog() {
    }

    public static Dialog<Void> create(Window owner, DataSourcesViewModel vm, ExternalLinks links, String datasetName) {
        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Data sources");
        dialog.setHeaderText("Sources of " + datasetName);
        dialog.setResizable(true);

        var filter = new TextField();
        filter.setId("sourceFilter");
        filter.setPromptText("Filter by title, publisher or address");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        var count = new Label(vm.countText());
        count.getStyleClass().add(Styles.TEXT_MUTED);
        vm.shown().addListener((ListChangeListener<SourceEntry>) c -> count.setText(vm.countText()));

        var list = new ListView<>(vm.shown());
        list.setId("sourceList");
        list.setCellFactory(lv -> new SourceCell(links));
        list.setPrefSize(760, 480);
        VBox.setVgrow(list, Priority.ALWAYS);

        dialog.getDialogPane().setContent(new VBox(8, filter, count, list));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        return dialog;
    }

    /** A source: its title as a link (or plain text when it has no openable URL), then publisher and use count. */
    private static final class SourceCell extends ListCell<SourceEntry> {
        private final ExternalLinks links;

        SourceCell(ExternalLinks links) {
            this.links = links;
        }

        @Override
        protected void updateItem(SourceEntry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            var title = ExternalLinks.openable(e.url()).isPresent() ? link(e) : new Label(e.title());
            var detail = new Label(e.description());
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            detail.setWrapText(true);
            setGraphic(new VBox(1, title, detail));
        }

        private Hyperlink link(SourceEntry e) {
            var h = new Hyperlink(e.title());
            h.setTooltip(new Tooltip(e.url()));
            h.setOnAction(ev -> links.open(e.url()));
            return h;
        }
    }
}

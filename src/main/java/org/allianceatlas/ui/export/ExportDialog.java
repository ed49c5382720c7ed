package org.allianceatlas.ui.export;

import java.util.Locale;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;

/**
 * The options of File &gt; Export, bound to an {@link ExportViewModel}. Picture options are disabled for data
 * formats. Returns {@link #EXPORT} when the user goes on to choose the target. Node id: {@code exportFormat}.
 */
public final class ExportDialog {

    /** The button that goes on to the file chooser. */
    public static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private ExportDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, ExportViewModel vm) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export what is on screen: the year, the filters and the layout");

        var format = choice(ExportFormat.values(), vm.formatProperty().get(), f -> f.key().toUpperCase(Locale.ROOT)
                + " — " + describe(f));
        format.setId("exportFormat");
        format.valueProperty().bindBidirectional(vm.formatProperty());
        var page = choice(ExportViewModel.PAGES.toArray(PageSize[]::new), vm.pageProperty().get(),
                p -> p.name() + " (" + p.width() + " × " + p.height() + ")");
        page.valueProperty().bindBidirectional(vm.pageProperty());
        var scales = new Integer[ImageOptions.MAX_SCALE - ImageOptions.MIN_SCALE + 1];
        for (int i = 0; i < scales.length; i++) {
            scales[i] = ImageOptions.MIN_SCALE + i;
        }
        var scale = choice(scales, vm.scaleProperty().get(), s -> s + "× (PNG pixels per page unit)");
        scale.valueProperty().bindBidirectional(vm.scaleProperty());
        var background = choice(Background.values(), vm.backgroundProperty().get(),
                b -> b.key().substring(0, 1).toUpperCase(Locale.ROOT) + b.key().substring(1));
        background.valueProperty().bindBidirectional(vm.backgroundProperty());
        var title = new CheckBox("Title (year and filters)");
        title.selectedProperty().bindBidirectional(vm.titleProperty());
        var legend = new CheckBox("Legend");
        legend.selectedProperty().bindBidirectional(vm.legendProperty());
        var caption = new CheckBox("Source caption");
        caption.selectedProperty().bindBidirectional(vm.captionProperty());
        for (var control : new Node[] {page, scale, background, title, legend, caption}) {
            control.disableProperty().bind(vm.imageProperty().not());
        }

        var grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Page"), page);
        grid.addRow(2, new Label("Scale"), scale);
        grid.addRow(3, new Label("Background"), background);
        grid.add(title, 1, 4);
        grid.add(legend, 1, 5);
        grid.add(caption, 1, 6);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        return dialog;
    }

    private static String describe(ExportFormat f) {
        return switch (f) {
            case PNG -> "picture for slides";
            case SVG -> "vector picture, editable";
            case PDF -> "vector page for print";
            case GEXF -> "Gephi, with the timeline";
            case GRAPHML -> "yEd, Cytoscape, NetworkX";
            case CSV -> "nodes.csv and edges.csv in a folder";
            case JSON -> "Alliance Atlas data of what is shown";
        };
    }

    private static <T> ChoiceBox<T> choice(T[] values, T selected, Function<T, String> text) {
        var box = new ChoiceBox<T>();
        box.getItems().setAll(values);
        box.setValue(selected);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        });
        return box;
    }
}

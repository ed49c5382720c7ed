package org.allianceatlas.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.ui.shared.FileChoosers;

/**
 * File &gt; Export: the options on the left, a live preview of exactly the picture that will be written on the
 * right (a summary for data formats). "Export…" asks for the target, asks again before replacing files the chooser
 * did not confirm, and writes off the FX thread with a progress bar; the dialog closes when the file is written and
 * stays open, with the message, when writing failed.
 *
 * <p>Node ids for tests: {@code exportFormat}, {@code exportPage}, {@code exportScale}, {@code exportBackground},
 * {@code exportTitle}, {@code exportSubtitle}, {@code exportLabels}, {@code exportOrganisations}, {@code exportMap},
 * {@code exportPreview}, {@code exportSummary}, {@code exportProgress}.
 */
public final class ExportDialog {

    /** The button that goes on to the file chooser and writes. */
    public static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    /** Quiet time after the last option change before the preview is drawn: typing a size draws once. */
    private static final Duration PREVIEW_DELAY = Duration.millis(150);

    /** Width of the option controls, pixels: the longest format description fits. */
    private static final double OPTIONS_WIDTH = 270;

    private ExportDialog() {
    }

    /**
     * Builds the dialog for {@code vm}, whose subject and window size are set. The preview is drawn once when the
     * dialog is built and again after every option change.
     *
     * @param choosers where the target comes from (a fixture path in tests)
     */
    public static Dialog<ButtonType> create(Window owner, ExportViewModel vm, FileChoosers choosers) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText(null);
        dialog.setResizable(true);

        // Listeners on the long-lived view model are removed when the dialog closes, so old dialogs are not kept.
        var cleanup = new ArrayList<Runnable>();
        var options = optionsPane(vm, cleanup);
        var preview = previewPane(vm);
        var progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(vm.writingProperty());
        options.disableProperty().bind(vm.writingProperty());

        var body = new HBox(24, options, preview);
        HBox.setHgrow(preview, Priority.ALWAYS);
        var content = new VBox(12, body, progress);
        // Wide enough for the options and the whole preview: a dialog opens at its pane's minimum size otherwise.
        dialog.getDialogPane().setMinWidth(OPTIONS_WIDTH + 150 + 24 + ExportViewModel.PREVIEW_WIDTH);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);

        var exportButton = dialog.getDialogPane().lookupButton(EXPORT);
        exportButton.disableProperty().bind(vm.writingProperty());
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            // The dialog stays open while writing: it closes on success and keeps the choices after a failure.
            e.consume();
            chooseAndWrite(dialog, vm, choosers);
        });
        cleanup.add(vm.written().subscribe(path -> {
            dialog.setResult(EXPORT);
            dialog.close();
        }));
        cleanup.add(vm.failures().subscribe(message -> {
            var alert = new Alert(Alert.AlertType.ERROR, message);
            alert.initOwner(dialog.getDialogPane().getScene().getWindow());
            alert.setHeaderText("The export was not written");
            alert.show();
        }));

        var debounce = new PauseTransition(PREVIEW_DELAY);
        debounce.setOnFinished(e -> vm.refreshPreview());
        InvalidationListener later = o -> debounce.playFromStart();
        vm.imageOptionsProperty().addListener(later);
        vm.formatProperty().addListener(later);
        cleanup.add(() -> {
            vm.imageOptionsProperty().removeListener(later);
            vm.formatProperty().removeListener(later);
            debounce.stop();
        });
        dialog.setOnHidden(e -> cleanup.forEach(Runnable::run));
        vm.refreshPreview();
        return dialog;
    }

    /** Asks for the target (and, for files the chooser did not confirm, whether to replace them), then writes. */
    private static void chooseAndWrite(Dialog<?> dialog, ExportViewModel vm, FileChoosers choosers) {
        var window = dialog.getDialogPane().getScene().getWindow();
        Optional<Path> target = vm.targetIsFolder()
                ? choosers.folder(window, "Export CSV into folder")
                : choosers.saveFile(window, "Export " + vm.formatProperty().get().key().toUpperCase(Locale.ROOT),
                        vm.suggestedName(), vm.formatProperty().get().extension());
        if (target.isEmpty()) {
            return;
        }
        // The save chooser has already asked about replacing its file; a folder chooser asks nothing.
        var replaced = vm.targetIsFolder() ? vm.wouldReplace(target.get()) : List.<Path>of();
        if (!replaced.isEmpty()) {
            var names = replaced.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" and "));
            var ask = new Alert(Alert.AlertType.CONFIRMATION, "Replace " + names + " in " + target.get() + "?",
                    ButtonType.YES, ButtonType.NO);
            ask.initOwner(window);
            ask.setHeaderText("The folder already has an export");
            if (ask.showAndWait().orElse(ButtonType.NO) != ButtonType.YES) {
                return;
            }
        }
        vm.export(target.get(), true);
    }

    private static GridPane optionsPane(ExportViewModel vm, List<Runnable> cleanup) {
        var format = choice(ExportFormat.values(), f -> f.key().toUpperCase(Locale.ROOT) + " — " + describe(f));
        format.setId("exportFormat");
        format.valueProperty().bindBidirectional(vm.formatProperty());

        var page = choice(PagePreset.values(), p -> pageLabel(vm, p));
        page.setId("exportPage");
        page.valueProperty().bindBidirectional(vm.pageProperty());
        // The window's size changes the "Current window" label: redraw the labels.
        InvalidationListener relabel = o -> {
            var converter = page.getConverter();
            page.setConverter(null);
            page.setConverter(converter);
        };
        vm.pageSizeProperty().addListener(relabel);
        cleanup.add(() -> vm.pageSizeProperty().removeListener(relabel));
        var width = sizeSpinner(vm.customWidthProperty().get());
        width.getValueFactory().valueProperty().bindBidirectional(vm.customWidthProperty());
        var height = sizeSpinner(vm.customHeightProperty().get());
        height.getValueFactory().valueProperty().bindBidirectional(vm.customHeightProperty());
        var times = new Label("×");
        var custom = new HBox(6, width, times, height, new Label("px"));
        custom.setAlignment(Pos.CENTER_LEFT);
        var isCustom = vm.pageProperty().isEqualTo(PagePreset.CUSTOM);
        custom.visibleProperty().bind(isCustom);
        custom.managedProperty().bind(isCustom);

        var scales = new Integer[ImageOptions.MAX_SCALE - ImageOptions.MIN_SCALE + 1];
        for (int i = 0; i < scales.length; i++) {
            scales[i] = ImageOptions.MIN_SCALE + i;
        }
        var scale = choice(scales, s -> s + "×");
        scale.setId("exportScale");
        scale.valueProperty().bindBidirectional(vm.scaleProperty());
        scale.disableProperty().bind(vm.formatProperty().isNotEqualTo(ExportFormat.PNG));

        var background = choice(Background.values(),
                b -> b.key().substring(0, 1).toUpperCase(Locale.ROOT) + b.key().substring(1));
        background.setId("exportBackground");
        background.valueProperty().bindBidirectional(vm.backgroundProperty());

        var title = new CheckBox("Title");
        title.selectedProperty().bindBidirectional(vm.titleProperty());
        var titleText = new TextField();
        titleText.setId("exportTitle");
        titleText.setPrefColumnCount(22);
        titleText.textProperty().bindBidirectional(vm.titleTextProperty());
        titleText.disableProperty().bind(vm.titleProperty().not().or(vm.imageProperty().not()));
        // Prefilled with the active filters; edited, drawn as typed; cleared, no subtitle.
        var subtitle = new TextField();
        subtitle.setId("exportSubtitle");
        subtitle.setPromptText("No subtitle");
        subtitle.setPrefColumnCount(22);
        subtitle.textProperty().bindBidirectional(vm.subtitleTextProperty());
        subtitle.disableProperty().bind(vm.titleProperty().not().or(vm.imageProperty().not()));
        subtitle.setTooltip(new Tooltip("The line under the title: the active filters; edit "
                + "it, or clear it for none"));

        var labels = choice(LabelMode.values(), m -> m == LabelMode.NAMES ? "Names (codes where a name does not fit)"
                : "Codes (ISO 3166 and acronyms)");
        labels.setId("exportLabels");
        labels.valueProperty().bindBidirectional(vm.labelModeProperty());
        var organisations = choice(OrganisationDisplay.values(), d -> d == OrganisationDisplay.VERTICES
                ? "As vertices, tied to members" : "Hidden: states tied by what they share");
        organisations.setId("exportOrganisations");
        organisations.valueProperty().bindBidirectional(vm.organisationDisplayProperty());
        organisations.disableProperty().bind(vm.imageProperty().not().or(vm.mapModeProperty()
                .isEqualTo(MapMode.ALLIANCES).and(vm.mapAvailableProperty())));
        var map = choice(MapMode.values(), m -> switch (m) {
            case NONE -> "Off";
            case UNDER_GRAPH -> "Under the graph";
            case ALLIANCES -> "Alliance map (countries by organisation)";
        });
        map.setId("exportMap");
        map.valueProperty().bindBidirectional(vm.mapModeProperty());
        map.disableProperty().bind(vm.imageProperty().not().or(vm.mapAvailableProperty().not()));
        var mapNote = new Label("The map needs the geographic layout.");
        mapNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        mapNote.visibleProperty().bind(vm.mapAvailableProperty().not());
        mapNote.managedProperty().bind(mapNote.visibleProperty());

        var legend = new CheckBox("Legend");
        legend.selectedProperty().bindBidirectional(vm.legendProperty());
        var caption = new CheckBox("Source caption");
        caption.selectedProperty().bindBidirectional(vm.captionProperty());
        for (var control : new Node[] {page, custom, background, title, legend, caption, labels}) {
            control.disableProperty().bind(vm.imageProperty().not());
        }

        var grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        grid.addRow(row++, heading("Format"), format);
        grid.addRow(row++, heading("Page"), page);
        grid.add(custom, 1, row++);
        grid.addRow(row++, heading("PNG scale"), scale);
        grid.addRow(row++, heading("Background"), background);
        grid.addRow(row++, title, titleText);
        grid.addRow(row++, heading("Subtitle"), subtitle);
        grid.addRow(row++, heading("Labels"), labels);
        grid.addRow(row++, heading("Organisations"), organisations);
        grid.addRow(row++, heading("Map"), map);
        grid.add(mapNote, 1, row++);
        grid.add(legend, 1, row++);
        grid.add(caption, 1, row);
        for (var n : grid.getChildren()) {
            if (n instanceof ChoiceBox<?> box) {
                box.setPrefWidth(OPTIONS_WIDTH);
            }
        }
        titleText.setPrefWidth(OPTIONS_WIDTH);
        subtitle.setPrefWidth(OPTIONS_WIDTH);
        // The preview may shrink with the window; the options keep their width so their labels stay readable.
        grid.setMinWidth(Region.USE_PREF_SIZE);
        return grid;
    }

    private static VBox previewPane(ExportViewModel vm) {
        var image = new ImageView();
        image.setId("exportPreview");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.imageProperty().bind(Bindings.createObjectBinding(() -> {
            var img = vm.previewProperty().get();
            return img == null ? null : SwingFXUtils.toFXImage(img, null);
        }, vm.previewProperty()));
        // A checkerboard behind the picture shows which parts of a transparent page are see-through.
        var backdrop = new StackPane(image);
        // Shrink-wrapped around the picture, so the checkerboard and the border show the page's edges.
        backdrop.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        backdrop.backgroundProperty().bind(Bindings.createObjectBinding(() ->
                vm.backgroundProperty().get() == Background.TRANSPARENT ? checkerboard() : null,
                vm.backgroundProperty()));
        backdrop.setStyle("-fx-border-color: rgba(128, 128, 128, 0.5); -fx-border-width: 1;");
        backdrop.visibleProperty().bind(vm.imageProperty());

        var dataNote = new Label();
        dataNote.getStyleClass().add(Styles.TITLE_4);
        dataNote.setWrapText(true);
        dataNote.setMaxWidth(ExportViewModel.PREVIEW_WIDTH * 0.8);
        dataNote.setAlignment(Pos.CENTER);
        dataNote.textProperty().bind(Bindings.createStringBinding(() -> "No picture: "
                + vm.formatProperty().get().key().toUpperCase(Locale.ROOT)
                + " is a data format. What it holds is listed below.", vm.formatProperty()));
        dataNote.visibleProperty().bind(vm.imageProperty().not());

        var stage = new StackPane(backdrop, dataNote);
        stage.setPrefSize(ExportViewModel.PREVIEW_WIDTH + 2, ExportViewModel.PREVIEW_HEIGHT + 2);
        stage.setMinSize(ExportViewModel.PREVIEW_WIDTH / 2.0, ExportViewModel.PREVIEW_HEIGHT / 2.0);
        // The picture follows the space the dialog gives it, never spilling over the options.
        image.fitWidthProperty().bind(Bindings.min(stage.widthProperty().subtract(4), ExportViewModel.PREVIEW_WIDTH));
        image.fitHeightProperty().bind(Bindings.min(stage.heightProperty().subtract(4),
                ExportViewModel.PREVIEW_HEIGHT));
        stage.setStyle("-fx-background-color: rgba(128, 128, 128, 0.12); -fx-background-radius: 6;");

        var summary = new Label();
        summary.setId("exportSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        summary.setMaxWidth(ExportViewModel.PREVIEW_WIDTH);
        summary.textProperty().bind(vm.summaryProperty());
        // Room for two lines from the start: a dialog does not grow when a longer summary wraps, it clips.
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setPrefHeight(3 * 14);
        summary.setAlignment(Pos.TOP_LEFT);
        return new VBox(8, stage, summary);
    }

    private static javafx.scene.layout.Background checkerboard() {
        int cell = 8;
        var tile = new WritableImage(2 * cell, 2 * cell);
        var pw = tile.getPixelWriter();
        for (int y = 0; y < 2 * cell; y++) {
            for (int x = 0; x < 2 * cell; x++) {
                boolean dark = (x / cell + y / cell) % 2 == 1;
                pw.setColor(x, y, dark ? Color.rgb(204, 204, 204) : Color.WHITE);
            }
        }
        var pattern = new ImagePattern(tile, 0, 0, 2 * cell, 2 * cell, false);
        return new javafx.scene.layout.Background(new BackgroundFill(pattern, CornerRadii.EMPTY, Insets.EMPTY));
    }

    private static Label heading(String text) {
        var label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static String pageLabel(ExportViewModel vm, PagePreset p) {
        return switch (p) {
            case WINDOW -> {
                var size = vm.pageProperty().get() == PagePreset.WINDOW ? vm.pageSizeProperty().get() : null;
                yield size == null ? p.label() : p.label() + " (" + size.width() + " × " + size.height() + ")";
            }
            case CUSTOM -> p.label() + "…";
            default -> {
                PageSize s = p.fixedSize().orElseThrow();
                yield p.label() + " (" + s.width() + " × " + s.height() + ")";
            }
        };
    }

    private static Spinner<Integer> sizeSpinner(int initial) {
        var spinner = new Spinner<Integer>(PageSize.MIN, PageSize.MAX, initial, 10);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        return spinner;
    }

    private static String describe(ExportFormat f) {
        return switch (f) {
            case PNG -> "picture for slides";
            case SVG -> "vector picture, editable";
            case PDF -> "vector page for print";
            case GEXF -> "Gephi, with the timeline";
            case GRAPHML -> "yEd, Cytoscape, NetworkX";
            case CSV -> "nodes.csv and edges.csv";
            case JSON -> "Alliance Atlas data";
        };
    }

    private static <T> ChoiceBox<T> choice(T[] values, Function<T, String> text) {
        var box = new ChoiceBox<T>();
        box.getItems().setAll(values);
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

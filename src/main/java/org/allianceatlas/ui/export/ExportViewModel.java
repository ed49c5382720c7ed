package org.allianceatlas.ui.export;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.ExportJob;
import org.allianceatlas.export.Exporter;
import org.allianceatlas.export.PngExporter;
import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.FilterDescription;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.render.SceneOptions;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Keyed;
import org.allianceatlas.ui.prefs.ExportChoices;
import org.allianceatlas.ui.shared.Labels;
import org.allianceatlas.ui.shared.Signal;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * File &gt; Export: the format and, for pictures, page, scale, background, title, legend and caption; a preview of
 * exactly the picture that will be written; then writing what is on screen (the view and the positions drawn) with
 * the {@code export} package, off the UI thread. Every format is written atomically by its exporter: a failed export
 * leaves the target as it was.
 *
 * <p>The preview is drawn from the same {@link RenderModel} the PNG, SVG and PDF exporters draw (same builder, same
 * style for the background's theme, same renderer), only scaled down to at most {@link #PREVIEW_WIDTH} ×
 * {@link #PREVIEW_HEIGHT} pixels, so what the user sees is what is written.
 *
 * <p>UI thread only; no controls, tested without a display.
 */
public final class ExportViewModel {

    /** Largest preview, pixels: the picture is scaled down to fit, keeping its proportions. */
    public static final int PREVIEW_WIDTH = 720;
    public static final int PREVIEW_HEIGHT = 480;

    private final TaskRunner runner;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PNG);
    private final ObjectProperty<PagePreset> page = new SimpleObjectProperty<>(this, "page", PagePreset.SLIDE);
    private final ObjectProperty<Integer> customWidth = new SimpleObjectProperty<>(this, "customWidth", 1920);
    private final ObjectProperty<Integer> customHeight = new SimpleObjectProperty<>(this, "customHeight", 1080);
    private final ReadOnlyObjectWrapper<PageSize> windowSize = new ReadOnlyObjectWrapper<>(this, "windowSize",
            PageSize.SLIDE);
    private final ObjectProperty<Integer> scale = new SimpleObjectProperty<>(this, "scale", 2);
    private final ObjectProperty<Background> background = new SimpleObjectProperty<>(this, "background",
            Background.WHITE);
    private final BooleanProperty title = new SimpleBooleanProperty(this, "title", true);
    private final StringProperty titleText = new SimpleStringProperty(this, "titleText", "");
    private final BooleanProperty legend = new SimpleBooleanProperty(this, "legend", true);
    private final BooleanProperty caption = new SimpleBooleanProperty(this, "caption", true);
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper(this, "lastResult", "");
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(this, "writing", false);
    private final ReadOnlyObjectWrapper<BufferedImage> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Signal<String> failures = new Signal<>();
    private final Signal<Path> written = new Signal<>();
    private final BooleanBinding image = Bindings.createBooleanBinding(() -> format.get().isImage(), format);
    private final ObjectBinding<PageSize> pageSize = Bindings.createObjectBinding(this::resolvePage, page,
            customWidth, customHeight, windowSize);
    private final ObjectBinding<ImageOptions> imageOptions = Bindings.createObjectBinding(this::buildOptions,
            pageSize, scale, background, title, titleText, legend, caption);

    private AlignmentView view;
    private Positions positions = Positions.empty();
    /** What the canvas draws besides the view (labels, organisations, its analyses' overlay). */
    private SceneOptions scene = SceneOptions.defaults();
    private String defaultTitle = "";
    /** Bumped by every preview request; a preview drawn for an older generation is dropped. */
    private long generation;
    private boolean previewRunning;
    private boolean previewPending;

    public ExportViewModel(TaskRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
        format.addListener((o, a, b) -> updateSummary());
        imageOptions.addListener((o, a, b) -> updateSummary());
    }

    // --- what is exported -------------------------------------------------------------------------------------

    /**
     * Sets what the next export writes: the view on screen, the positions drawn (layout units) and what the canvas
     * draws besides ({@code sceneOptions}: label mode, organisations, the overlay of an analysis). Resets the title
     * text to the default for this view ("Defence alignments, YEAR"; the active filters go below it).
     */
    public void setSubject(AlignmentView newView, Positions drawn, SceneOptions sceneOptions) {
        scene = Objects.requireNonNull(sceneOptions, "sceneOptions");
        imageOptions.invalidate();
        setSubject(newView, drawn);
    }

    /**
     * Sets what the next export writes: the view on screen and the positions drawn (layout units). Resets the title
     * text to the default for this view ("Defence alignments, YEAR"; the active filters go below it).
     */
    public void setSubject(AlignmentView newView, Positions drawn) {
        view = Objects.requireNonNull(newView, "view");
        positions = Objects.requireNonNull(drawn, "positions");
        defaultTitle = FilterDescription.defaultTitle(newView);
        titleText.set(defaultTitle);
        updateSummary();
    }

    /**
     * The size of the graph on screen, in pixels, for {@link PagePreset#WINDOW}; clamped to the page sizes the
     * exporters accept ({@link PageSize#MIN}–{@link PageSize#MAX}).
     */
    public void setWindowSize(double width, double height) {
        int w = clamp((int) Math.round(width), PageSize.MIN, PageSize.MAX);
        int h = clamp((int) Math.round(height), PageSize.MIN, PageSize.MAX);
        windowSize.set(new PageSize(w + "x" + h, w, h));
    }

    // --- options ----------------------------------------------------------------------------------------------

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<PagePreset> pageProperty() {
        return page;
    }

    /** Width of a {@link PagePreset#CUSTOM} page, page units ({@link PageSize#MIN}–{@link PageSize#MAX}). */
    public ObjectProperty<Integer> customWidthProperty() {
        return customWidth;
    }

    /** Height of a {@link PagePreset#CUSTOM} page, page units ({@link PageSize#MIN}–{@link PageSize#MAX}). */
    public ObjectProperty<Integer> customHeightProperty() {
        return customHeight;
    }

    /** The page the preset stands for, resolved with the window size and the custom width and height. */
    public ObjectBinding<PageSize> pageSizeProperty() {
        return pageSize;
    }

    /** Pixels per page unit for PNG, {@link ImageOptions#MIN_SCALE} to {@link ImageOptions#MAX_SCALE}. */
    public ObjectProperty<Integer> scaleProperty() {
        return scale;
    }

    public ObjectProperty<Background> backgroundProperty() {
        return background;
    }

    public BooleanProperty titleProperty() {
        return title;
    }

    /**
     * The title's text. Left at the default, the picture also lists the active filters below it; edited, the
     * picture shows exactly this text. Blank means the default.
     */
    public StringProperty titleTextProperty() {
        return titleText;
    }

    /** The default title of the current subject; empty before {@link #setSubject}. */
    public String defaultTitle() {
        return defaultTitle;
    }

    /** The active filters, as the picture lists them below a default title; empty when nothing is filtered. */
    public String activeFilters() {
        return view == null ? "" : FilterDescription.activeFilters(view);
    }

    public BooleanProperty legendProperty() {
        return legend;
    }

    public BooleanProperty captionProperty() {
        return caption;
    }

    /** True for picture formats: the page and look options apply and there is a preview. */
    public BooleanBinding imageProperty() {
        return image;
    }

    /** True when the target is a folder (CSV writes {@code nodes.csv} and {@code edges.csv} into it). */
    public boolean targetIsFolder() {
        return format.get() == ExportFormat.CSV;
    }

    /** The background that matches the theme on screen: dark pages for the dark theme. */
    public void matchTheme(Theme theme) {
        background.set(theme == Theme.DARK ? Background.DARK : Background.WHITE);
    }

    /** "alliance-atlas-2024.png"; for CSV the folder name "alliance-atlas-2024-csv". */
    public String suggestedName(int year) {
        var base = "alliance-atlas-" + year;
        return targetIsFolder() ? base + "-csv" : base + "." + format.get().extension();
    }

    /** {@link #suggestedName(int)} for the subject's year. */
    public String suggestedName() {
        return suggestedName(view == null ? 0 : view.criteria().year());
    }

    /** The picture options the controls describe; recomputed whenever a control changes. */
    public ObjectBinding<ImageOptions> imageOptionsProperty() {
        return imageOptions;
    }

    public ImageOptions imageOptions() {
        return imageOptions.get();
    }

    /**
     * What will be written, in words: the pixel size of a PNG, the page of an SVG or PDF, the counts of a data
     * export. Empty before {@link #setSubject}.
     */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    // --- remembered choices -----------------------------------------------------------------------------------

    /** The choices to remember for the next run (not the title text, which names this year and filters). */
    public ExportChoices choices() {
        return new ExportChoices(format.get(), page.get().key(), customWidth.get(), customHeight.get(), scale.get(),
                background.get(), title.get(), legend.get(), caption.get());
    }

    /** Takes remembered choices; an unknown page key leaves the page as it is. */
    public void restore(ExportChoices c) {
        format.set(c.format());
        Keyed.fromKey(PagePreset.class, c.page()).ifPresent(page::set);
        customWidth.set(c.customWidth());
        customHeight.set(c.customHeight());
        scale.set(c.scale());
        background.set(c.background());
        title.set(c.title());
        legend.set(c.legend());
        caption.set(c.caption());
    }

    // --- preview ----------------------------------------------------------------------------------------------

    /**
     * The picture that will be written, scaled to fit {@link #PREVIEW_WIDTH} × {@link #PREVIEW_HEIGHT}; null for
     * data formats and before the first {@link #refreshPreview()}.
     */
    public ReadOnlyObjectProperty<BufferedImage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /**
     * Draws the preview of the current options off the UI thread. Call it after the options settle (the dialog
     * debounces): while one preview is drawn, further requests collapse into one more, and only the newest preview
     * is shown.
     */
    public void refreshPreview() {
        generation++;
        if (view == null || !format.get().isImage()) {
            preview.set(null);
            return;
        }
        if (previewRunning) {
            previewPending = true;
            return;
        }
        previewRunning = true;
        long mine = generation;
        var subject = view;
        var drawn = positions;
        var options = imageOptions.get();
        runner.run("Drawing the export preview", progress -> drawPreview(subject, drawn, options),
                img -> {
                    if (mine == generation) {
                        preview.set(img);
                    }
                    previewDone();
                },
                error -> {
                    previewDone();
                    // A preview that cannot be drawn says nothing the export itself will not report.
                    preview.set(null);
                });
    }

    private void previewDone() {
        previewRunning = false;
        if (previewPending) {
            previewPending = false;
            refreshPreview();
        }
    }

    /** Draws the picture the exporters would draw, scaled down to fit the preview box. */
    static BufferedImage drawPreview(AlignmentView view, Positions positions, ImageOptions options) {
        var model = pictureOf(view, positions, options);
        double s = Math.min((double) PREVIEW_WIDTH / model.width(), (double) PREVIEW_HEIGHT / model.height());
        return PngExporter.render(model, s);
    }

    /** The render model the picture exporters build for these options (same builder, same style). */
    static RenderModel pictureOf(AlignmentView view, Positions positions, ImageOptions options) {
        return new RenderModelBuilder().build(view, positions, VisualStyle.of(options.background().theme()), options);
    }

    // --- writing ----------------------------------------------------------------------------------------------

    /**
     * The files an export to {@code target} would replace: the target itself, or for CSV the {@code nodes.csv} and
     * {@code edges.csv} in the target folder. Empty when nothing would be replaced.
     */
    public List<Path> wouldReplace(Path target) {
        var files = targetIsFolder() ? List.of(target.resolve("nodes.csv"), target.resolve("edges.csv"))
                : List.of(target);
        return files.stream().filter(Files::exists).toList();
    }

    /** True while an export is being written. */
    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }

    /**
     * Writes the subject to {@code target} off the UI thread. Success is reported in {@link #lastResultProperty()}
     * and through {@link #written()}; failure in both {@link #lastResultProperty()} and {@link #failures()}.
     *
     * @param overwrite true only when the user has confirmed replacing what {@link #wouldReplace} lists; when false
     *                  an existing target fails the export and stays as it was
     * @throws IllegalStateException before {@link #setSubject}
     */
    public void export(Path target, boolean overwrite) {
        if (view == null) {
            throw new IllegalStateException("nothing to export: setSubject first");
        }
        var chosen = format.get();
        var job = new ExportJob(view, positions, imageOptions.get(), target, overwrite);
        var year = view.criteria().year();
        var name = chosen.key().toUpperCase(Locale.ROOT);
        lastResult.set("");
        writing.set(true);
        runner.run("Exporting " + name + " to " + target.getFileName(),
                progress -> {
                    Exporter.forFormat(chosen).export(job);
                    return target;
                },
                done -> {
                    writing.set(false);
                    lastResult.set("Exported " + name + " of " + year + " to " + done + ".");
                    written.emit(done);
                },
                error -> {
                    writing.set(false);
                    var message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
                    lastResult.set("Export failed: " + message);
                    failures.emit(message);
                });
    }

    /** What the last export did ("Exported PNG of 2024 to …", "Export failed: …"); empty before the first. */
    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    /** Announces an export that failed, with the exporter's message (which file, what to do). */
    public Signal<String> failures() {
        return failures;
    }

    /** Announces the path of every export written. */
    public Signal<Path> written() {
        return written;
    }

    // --- internals --------------------------------------------------------------------------------------------

    private PageSize resolvePage() {
        return switch (page.get()) {
            case WINDOW -> windowSize.get();
            case CUSTOM -> {
                int w = clamp(customWidth.get(), PageSize.MIN, PageSize.MAX);
                int h = clamp(customHeight.get(), PageSize.MIN, PageSize.MAX);
                yield new PageSize(w + "x" + h, w, h);
            }
            default -> page.get().fixedSize().orElseThrow();
        };
    }

    private ImageOptions buildOptions() {
        var text = titleText.get() == null ? "" : titleText.get().strip();
        // Left at the default, the builder's own title is used: it adds the active filters as a second line.
        String custom = text.isEmpty() || text.equals(defaultTitle) ? null : text;
        return new ImageOptions(pageSize.get(), scale.get(), background.get(), title.get(), custom, null,
                legend.get(), caption.get(), null, scene);
    }

    private void updateSummary() {
        if (view == null) {
            summary.set("");
            return;
        }
        var f = format.get();
        var name = f.key().toUpperCase(Locale.ROOT);
        if (f.isImage()) {
            var p = pageSize.get();
            var size = f == ExportFormat.PNG
                    ? p.width() * scale.get() + " × " + p.height() * scale.get() + " pixels"
                    : p.width() + " × " + p.height() + " page units (96 per inch)";
            summary.set(name + ", " + size + ": " + Labels.count(view.states().size(), "state") + ", "
                    + Labels.count(view.organisations().size(), "organisation") + ", "
                    + Labels.count(view.ties().size(), "tie") + " as drawn on screen.");
            return;
        }
        var content = Labels.count(view.states().size(), "state") + ", "
                + Labels.count(view.organisations().size(), "organisation") + " and "
                + Labels.count(view.ties().size(), "tie") + " of " + view.criteria().year();
        summary.set(switch (f) {
            case GEXF -> "GEXF for Gephi: " + content + ", with positions and every year's spells for the timeline.";
            case GRAPHML -> "GraphML for yEd, Cytoscape or NetworkX: " + content + ", with positions and attributes.";
            case CSV -> "CSV: nodes.csv and edges.csv in the folder you choose: " + content + ".";
            case JSON -> "Alliance Atlas data of " + content + ": loads again with File > Open.";
            default -> name + ": " + content + ".";
        });
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}

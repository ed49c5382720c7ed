package org.allianceatlas.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.ExportJob;
import org.allianceatlas.export.Exporter;
import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.ui.shared.Signal;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * File &gt; Export: the format and, for pictures, page, scale, background, title, legend and caption; then writes
 * what is on screen (the view and the positions drawn) with the {@code export} package, off the UI thread. Every
 * format is written atomically by its exporter: a failed export leaves the target as it was.
 *
 * <p>UI thread only; no controls, tested without a display.
 */
public final class ExportViewModel {

    /** The page sizes offered, in menu order. */
    public static final List<PageSize> PAGES = List.of(PageSize.SLIDE, PageSize.FOUR_BY_THREE,
            PageSize.A4_LANDSCAPE, PageSize.A4_PORTRAIT);

    private final TaskRunner runner;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PNG);
    private final ObjectProperty<PageSize> page = new SimpleObjectProperty<>(this, "page", PageSize.SLIDE);
    private final ObjectProperty<Integer> scale = new SimpleObjectProperty<>(this, "scale", 2);
    private final ObjectProperty<Background> background = new SimpleObjectProperty<>(this, "background",
            Background.WHITE);
    private final BooleanProperty title = new SimpleBooleanProperty(this, "title", true);
    private final BooleanProperty legend = new SimpleBooleanProperty(this, "legend", true);
    private final BooleanProperty caption = new SimpleBooleanProperty(this, "caption", true);
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper(this, "lastResult", "");
    private final Signal<String> failures = new Signal<>();
    private final BooleanBinding image = Bindings.createBooleanBinding(() -> format.get().isImage(), format);

    public ExportViewModel(TaskRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<PageSize> pageProperty() {
        return page;
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

    public BooleanProperty legendProperty() {
        return legend;
    }

    public BooleanProperty captionProperty() {
        return caption;
    }

    /** True for picture formats: the page and look options apply. */
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

    /** The picture options the controls describe (default title and caption texts). */
    public ImageOptions imageOptions() {
        return new ImageOptions(page.get(), scale.get(), background.get(), title.get(), null, legend.get(),
                caption.get(), null);
    }

    /**
     * Writes {@code view} drawn at {@code positions} to {@code target}, replacing it (the file chooser has asked);
     * off the UI thread. Success is reported in {@link #lastResultProperty()}, failure also through
     * {@link #failures()}.
     */
    public void export(AlignmentView view, Positions positions, Path target) {
        var chosen = format.get();
        var job = new ExportJob(view, positions, imageOptions(), target, true);
        lastResult.set("");
        runner.run("Exporting " + chosen.key().toUpperCase(Locale.ROOT) + " to " + target.getFileName(),
                progress -> {
                    Exporter.forFormat(chosen).export(job);
                    return target;
                },
                written -> lastResult.set("Exported " + chosen.key().toUpperCase(Locale.ROOT) + " of "
                        + view.criteria().year() + " to " + written + "."),
                error -> {
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
}

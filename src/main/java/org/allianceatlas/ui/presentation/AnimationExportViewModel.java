package org.allianceatlas.ui.presentation;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.allianceatlas.export.AnimationOptions;
import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.ExportProgress;
import org.allianceatlas.export.PresentationFormat;
import org.allianceatlas.export.TimelineAnimationExporter;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * Export › Timeline animation…: the years, timing, size and format of an animation of the filters on screen, and
 * the export itself, off the FX thread with progress and cancel. The window never freezes: the work runs through
 * the {@link TaskRunner}, progress arrives on the FX thread, and cancelling stops the export before its next frame
 * (nothing is written then). {@link #problemProperty()} says what stops the options from being used, or is empty.
 */
public final class AnimationExportViewModel {

    private final AtlasService service;
    private final TaskRunner runner;

    private final ObjectProperty<PresentationFormat> format = new SimpleObjectProperty<>(this, "format",
            PresentationFormat.GIF);
    private final ObjectProperty<Integer> from = new SimpleObjectProperty<>(this, "from", 1949);
    private final ObjectProperty<Integer> to = new SimpleObjectProperty<>(this, "to", 2024);
    private final ObjectProperty<Integer> step = new SimpleObjectProperty<>(this, "step", 1);
    private final ObjectProperty<Integer> framesPerYear = new SimpleObjectProperty<>(this, "framesPerYear", 4);
    private final ObjectProperty<Integer> fps = new SimpleObjectProperty<>(this, "fps", 8);
    private final ObjectProperty<Integer> width = new SimpleObjectProperty<>(this, "width", 1280);
    private final ObjectProperty<Integer> height = new SimpleObjectProperty<>(this, "height", 720);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringBinding problem;
    private final AtomicBoolean cancel = new AtomicBoolean();

    public AnimationExportViewModel(AtlasService service, TaskRunner runner) {
        this.service = Objects.requireNonNull(service, "service");
        this.runner = Objects.requireNonNull(runner, "runner");
        problem = Bindings.createStringBinding(this::currentProblem, format, from, to, step, framesPerYear, fps,
                width, height);
        // The runner reports progress on the FX thread (the status bar's); while this export runs it is ours.
        var p = runner.progress();
        p.fractionProperty().addListener((o, a, b) -> follow(b.doubleValue(), p.messageProperty().get()));
        p.messageProperty().addListener((o, a, b) -> follow(p.fractionProperty().get(), b));
    }

    public ObjectProperty<PresentationFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Integer> fromProperty() {
        return from;
    }

    public ObjectProperty<Integer> toProperty() {
        return to;
    }

    public ObjectProperty<Integer> stepProperty() {
        return step;
    }

    public ObjectProperty<Integer> framesPerYearProperty() {
        return framesPerYear;
    }

    public ObjectProperty<Integer> fpsProperty() {
        return fps;
    }

    public ObjectProperty<Integer> widthProperty() {
        return width;
    }

    public ObjectProperty<Integer> heightProperty() {
        return height;
    }

    /** What is wrong with the options, in words for the dialog; empty when they can be used. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** True while an export runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Done so far, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** What happened last: "Frame 12 of 304", "Wrote nato.gif (304 frames)", "Cancelled: nothing was written". */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The file extension of the format (empty for a folder of frames). */
    public String extension() {
        return format.get().extension();
    }

    private String currentProblem() {
        try {
            var o = options();
            if (format.get() == PresentationFormat.MP4 && (o.width() % 2 != 0 || o.height() % 2 != 0)) {
                return "H.264 video needs an even width and height";
            }
            if (format.get() == PresentationFormat.GIF && o.fps() > TimelineAnimationExporter.MAX_GIF_FPS) {
                return "a GIF plays at most " + TimelineAnimationExporter.MAX_GIF_FPS + " frames a second";
            }
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The options as set; throws {@link IllegalArgumentException} with the reason when they cannot be used. */
    AnimationOptions options() {
        if (from.get() == null || to.get() == null || step.get() == null || framesPerYear.get() == null
                || fps.get() == null || width.get() == null || height.get() == null) {
            throw new IllegalArgumentException("fill in every field");
        }
        var page = new PageSize("animation", width.get(), height.get());
        return new AnimationOptions(from.get(), to.get(), step.get(), framesPerYear.get(), framesPerYear.get() / 2,
                fps.get(), ImageOptions.defaults().withPage(page));
    }

    /**
     * Exports the animation of {@code criteria} (its year replaced by each year) laid out with {@code layout} to
     * {@code target}, replacing it when {@code overwrite}; does nothing while an export runs or when
     * {@link #problemProperty()} is not empty.
     */
    public void export(FilterCriteria criteria, LayoutKind layout, Path target, boolean overwrite) {
        if (running.get() || !problem.get().isEmpty()) {
            return;
        }
        var options = options();
        var kind = format.get();
        cancel.set(false);
        running.set(true);
        progress.set(0);
        message.set("Starting…");
        runner.run("Exporting the timeline to " + target.getFileName(), sink -> {
            service.exportAnimation(criteria, layout, options, kind, target, overwrite, new ExportProgress() {
                @Override
                public void update(int done, int total) {
                    sink.update(String.format(Locale.ROOT, "Frame %d of %d", done, total), done / (double) total);
                }

                @Override
                public boolean cancelled() {
                    return cancel.get();
                }
            });
            return options.frameCount();
        }, frames -> {
            running.set(false);
            progress.set(1);
            message.set("Wrote " + target.getFileName() + " (" + frames + " frames, " + options.years().size()
                    + " years)");
        }, error -> {
            running.set(false);
            progress.set(0);
            if (error instanceof CancellationException) {
                message.set("Cancelled: nothing was written");
            } else if (error instanceof ExportException e) {
                message.set(e.getMessage());
            } else {
                message.set("The export failed: " + error);
            }
        });
    }

    /** Asks the running export to stop before its next frame. */
    public void cancel() {
        cancel.set(true);
    }

    private void follow(double fraction, String text) {
        if (running.get() && text != null && text.startsWith("Frame")) {
            if (fraction >= 0) {
                progress.set(fraction);
            }
            message.set(text);
        }
    }
}

package org.allianceatlas.ui.presentation;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.ExportProgress;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * One presentation export at a time, off the FX thread, with its progress and a cancel flag: what the timeline
 * animation and the slides dialogs share. Progress arrives through the runner's progress (on the FX thread) as
 * "Frame 12 of 304" or "Slide 3 of 10"; while this export runs those messages are its own.
 */
final class ExportRun {

    /** The export's work: writes, reporting to {@code progress}, and returns what the done message names. */
    @FunctionalInterface
    interface Job<T> {
        T run(ExportProgress progress) throws Exception;
    }

    private final TaskRunner runner;
    /** "Frame", "Slide": the word each progress message starts with. */
    private final String unit;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final AtomicBoolean cancel = new AtomicBoolean();

    ExportRun(TaskRunner runner, String unit) {
        this.runner = runner;
        this.unit = unit;
        var p = runner.progress();
        p.fractionProperty().addListener((o, a, b) -> follow(b.doubleValue(), p.messageProperty().get()));
        p.messageProperty().addListener((o, a, b) -> follow(p.fractionProperty().get(), b));
    }

    BooleanProperty running() {
        return running;
    }

    DoubleProperty progress() {
        return progress;
    }

    StringProperty message() {
        return message;
    }

    /**
     * Runs {@code job} through the runner (nothing when one already runs); when it is done the message is
     * {@code done}'s words for its result, when cancelled "Cancelled: nothing was written", when it failed the
     * exporter's message.
     */
    <T> void start(String title, Job<T> job, Function<T, String> done) {
        if (running.get()) {
            return;
        }
        cancel.set(false);
        running.set(true);
        progress.set(0);
        message.set("Starting…");
        runner.run(title, sink -> job.run(new ExportProgress() {
            @Override
            public void update(int n, int total) {
                sink.update(String.format(Locale.ROOT, "%s %d of %d", unit, n, total), n / (double) total);
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        }), result -> {
            running.set(false);
            progress.set(1);
            message.set(done.apply(result));
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

    /** Asks the running export to stop before its next frame or slide. */
    void cancel() {
        cancel.set(true);
    }

    private void follow(double fraction, String text) {
        if (running.get() && text != null && text.startsWith(unit + " ")) {
            if (fraction >= 0) {
                progress.set(fraction);
            }
            message.set(text);
        }
    }
}

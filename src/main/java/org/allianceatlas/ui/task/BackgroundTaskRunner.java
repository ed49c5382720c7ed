package org.allianceatlas.ui.task;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;


/**
 * The application's runner: work runs on one background daemon thread, in submission order; callbacks and progress
 * updates are posted to the FX thread.
 *
 * <p>One thread, not a pool: the machines this runs on have two cores, the FX thread needs one of them, and running
 * loads and layouts in order means a layout never sees a dataset that a later load has already replaced. Callers
 * that submit often (a layout per slider step) drop stale results themselves.
 */
public final class BackgroundTaskRunner implements TaskRunner, AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "atlas-worker-" + THREADS.incrementAndGet());
        t.setDaemon(true); // never keeps the JVM alive after the window closes
        return t;
    });
    private final TaskProgress progress = new TaskProgress();

    @Override
    public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work, "work");
        progress.started(title);
        ProgressSink sink = (message, fraction) -> Platform.runLater(() -> progress.update(message, fraction));
        executor.execute(() -> {
            try {
                T result = work.call(sink);
                Platform.runLater(() -> finish(() -> onSuccess.accept(result)));
            } catch (Exception | LinkageError | AssertionError e) {
                // LinkageError and AssertionError too: a broken class path must end in a message, not a dead thread.
                Platform.runLater(() -> finish(() -> onFailure.accept(e)));
            } catch (OutOfMemoryError e) {
                // The work's data is garbage once its stack has unwound: the app goes on with what it showed, and
                // the view model puts the error in words (service.FailureMessage).
                Platform.runLater(() -> finish(() -> onFailure.accept(e)));
            }
        });
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            progress.finished();
        }
    }

    @Override
    public TaskProgress progress() {
        return progress;
    }

    /** Stops accepting work; running work finishes on its daemon thread. */
    @Override
    public void close() {
        executor.shutdown();
    }
}

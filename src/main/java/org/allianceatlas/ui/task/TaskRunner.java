package org.allianceatlas.ui.task;

import java.util.function.Consumer;

/**
 * Runs long work away from the thread that draws. The application's runner ({@link BackgroundTaskRunner}) runs work
 * on a background thread and calls back on the FX thread; tests use a runner that does everything on the calling
 * thread, so that ViewModels are tested without a display and without waiting.
 *
 * <p>Threading contract, whatever the implementation: {@code run} is called on the UI thread; exactly one of
 * {@code onSuccess} and {@code onFailure} is later called on the UI thread; {@link #progress()} is changed only on
 * the UI thread, so views may bind to it.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} and hands its result to {@code onSuccess}, or what it threw to {@code onFailure}.
     *
     * @param title what the status bar says while the work runs ("Loading data")
     */
    <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** What is running now, for the status bar. */
    TaskProgress progress();
}

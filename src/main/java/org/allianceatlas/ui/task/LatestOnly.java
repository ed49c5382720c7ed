package org.allianceatlas.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Latest result wins: runs requests through a {@link TaskRunner} so that only the most recent one counts. A request
 * makes every earlier one stale; stale work that has not started yet is skipped, and a stale result or failure is
 * dropped instead of handed on. This is how a view model keeps a slow answer to an old question (a layout for the
 * filters of a second ago, a path between the states picked before) from overwriting the answer to the new one.
 *
 * <p>Called on the UI thread, like {@link TaskRunner#run}; workers only read the request number. Unlike a plain
 * runner, a stale request calls neither callback.
 */
public final class LatestOnly {

    private final TaskRunner runner;
    /** Incremented per request on the UI thread; volatile because workers read it to skip stale work. */
    private volatile long latest;

    public LatestOnly(TaskRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /**
     * Runs {@code work} as the latest request. {@code onSuccess} or {@code onFailure} is called on the UI thread only
     * if no request was made (and {@link #supersede} was not called) in the meantime.
     *
     * @param title what the status bar says while the work runs
     */
    public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        long request = ++latest;
        runner.run(title, progress -> request == latest ? work.call(progress) : null, result -> {
            if (request == latest) {
                onSuccess.accept(result);
            }
        }, error -> {
            if (request == latest) {
                onFailure.accept(error);
            }
        });
    }

    /** Makes every request made so far stale without starting a new one (the question was withdrawn). */
    public void supersede() {
        latest++;
    }
}

package org.allianceatlas.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A runner that holds every task until the test runs it, in any order: for tests of what happens when results
 * arrive late or out of order, as they may with a background thread.
 */
public final class ManualTaskRunner implements TaskRunner {

    private final TaskProgress progress = new TaskProgress();
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        progress.started(title);
        pending.add(() -> {
            try {
                T result = work.call((m, f) -> progress.update(m, f));
                onSuccess.accept(result);
            } catch (Exception e) {
                onFailure.accept(e);
            } finally {
                progress.finished();
            }
        });
    }

    @Override
    public TaskProgress progress() {
        return progress;
    }

    /** Number of tasks waiting. */
    public int pending() {
        return pending.size();
    }

    /** Runs the task at {@code index} of the waiting ones (0 = oldest) and removes it. */
    public void runTask(int index) {
        pending.remove(index).run();
    }

    /** Runs every waiting task, oldest first, including tasks they start. */
    public void runAll() {
        while (!pending.isEmpty()) {
            runTask(0);
        }
    }
}

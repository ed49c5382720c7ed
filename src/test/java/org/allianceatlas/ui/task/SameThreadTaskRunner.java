package org.allianceatlas.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The test runner: work and callbacks run at once on the calling thread, so ViewModel tests need neither a display
 * nor waiting. Records the titles and progress messages it saw, for tests of what the status bar would say.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    private final TaskProgress progress = new TaskProgress();
    private final List<String> titles = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    @Override
    public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        titles.add(title);
        progress.started(title);
        T result;
        try {
            result = work.call((message, fraction) -> {
                messages.add(message);
                progress.update(message, fraction);
            });
        } catch (Exception e) {
            try {
                onFailure.accept(e);
            } finally {
                progress.finished();
            }
            return;
        }
        try {
            onSuccess.accept(result);
        } finally {
            progress.finished();
        }
    }

    @Override
    public TaskProgress progress() {
        return progress;
    }

    /** Titles of every task run so far, in order. */
    public List<String> titles() {
        return List.copyOf(titles);
    }

    /** Progress messages reported so far, in order. */
    public List<String> messages() {
        return List.copyOf(messages);
    }
}

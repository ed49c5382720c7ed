package org.allianceatlas.ui.task;

import java.util.function.Consumer;

/**
 * A same-thread runner that runs an action when the work reports a given progress message, as a user's click would
 * land while the work runs: for tests of cancelling an export at a known frame or slide.
 */
public final class OnMessageTaskRunner implements TaskRunner {

    private final SameThreadTaskRunner inner = new SameThreadTaskRunner();
    private final String message;
    private Runnable action = () -> { };

    /** @param message the progress message ("Frame 2 of 6") on which the action runs */
    public OnMessageTaskRunner(String message) {
        this.message = message;
    }

    /** What to do when the message is reported (set after the view model under test exists). */
    public void onMessage(Runnable newAction) {
        action = newAction;
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        inner.run(title, sink -> work.call((m, fraction) -> {
            sink.update(m, fraction);
            if (m.equals(message)) {
                action.run();
            }
        }), onSuccess, onFailure);
    }

    @Override
    public TaskProgress progress() {
        return inner.progress();
    }
}

package org.allianceatlas.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a {@link TaskRunner} is doing, as read-only properties for the status bar: whether anything runs, and the
 * message and fraction of the most recently started task. Changed only on the UI thread, by the runner.
 *
 * <p>Invariant: {@code busy} is true exactly while at least one task has started and not yet called back;
 * {@code fraction} is 0–1 or {@link ProgressSink#INDETERMINATE}.
 */
public final class TaskProgress {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", 0);
    private int running;

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    void started(String title) {
        running++;
        busy.set(true);
        message.set(title);
        fraction.set(ProgressSink.INDETERMINATE);
    }

    void update(String newMessage, double newFraction) {
        if (running > 0) {
            message.set(newMessage);
            fraction.set(newFraction);
        }
    }

    void finished() {
        running = Math.max(0, running - 1);
        if (running == 0) {
            busy.set(false);
            message.set("");
            fraction.set(0);
        }
    }
}

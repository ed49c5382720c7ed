package org.allianceatlas.ui.task;

/** Where running {@link Work} reports how far it got. Callable from any thread. */
@FunctionalInterface
public interface ProgressSink {

    /** A fraction meaning "busy, end unknown". */
    double INDETERMINATE = -1;

    /**
     * @param message  what is being done now ("Reading organisations/europe.json")
     * @param fraction done so far, 0 to 1, or {@link #INDETERMINATE}
     */
    void update(String message, double fraction);
}

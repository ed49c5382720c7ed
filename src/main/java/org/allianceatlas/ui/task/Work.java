package org.allianceatlas.ui.task;

/**
 * A piece of long work (loading, layout, export) that a {@link TaskRunner} runs, possibly off the FX thread. It must
 * not touch JavaFX nodes or properties bound to them: it computes a value and reports progress, nothing else.
 *
 * @param <T> what the work produces
 */
@FunctionalInterface
public interface Work<T> {

    /**
     * Does the work.
     *
     * @param progress where to report how far it got; may be ignored
     * @throws Exception any failure; the runner hands it to the failure callback, the application never sees it
     */
    T call(ProgressSink progress) throws Exception;
}

package org.allianceatlas.layout;

import org.allianceatlas.graph.AlignmentView;

/**
 * Computes positions for the vertices of a view. Implementations are pure functions of their inputs (deterministic
 * for a given seed) and safe to run off the FX thread.
 *
 * <p><b>Stability:</b> a vertex present in {@code previous} that is still visible keeps its position unless the
 * algorithm is explicitly re-run from scratch ({@code previous} empty); new vertices are placed near their
 * neighbours.
 */
public interface LayoutAlgorithm {

    LayoutKind kind();

    /** Lays out one view: every pair of its vertices is drawn together. */
    default Positions layout(AlignmentView view, Positions previous) {
        return layout(view, previous, Coexistence.ALWAYS);
    }

    /**
     * Lays out a view whose vertices are not all drawn at the same time (the union of several years, see
     * {@link TimelineLayout}): only vertices that {@code coexistence} says are drawn together are kept apart.
     */
    Positions layout(AlignmentView view, Positions previous, Coexistence coexistence);
}

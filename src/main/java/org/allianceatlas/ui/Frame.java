package org.allianceatlas.ui;

import java.util.Objects;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;

/**
 * What the canvas should draw: a filtered view of the graph and the positions of its vertices, computed by one
 * layout of every year of the filters. Immutable.
 *
 * @param positions  positions of at least every vertex of {@code view}, in layout units
 * @param sameLayout true when only the year changed since the previous frame: the positions are the previous frame's,
 *                   and vertices stay still
 */
public record Frame(AlignmentView view, Positions positions, LayoutKind layout, boolean sameLayout) {

    public Frame {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(layout, "layout");
    }

    /** The year shown (as of 31 December). */
    public int year() {
        return view.criteria().year();
    }
}

package org.allianceatlas.graph;

import java.util.BitSet;
import java.util.Map;
import java.util.Objects;

import org.allianceatlas.model.Actor;

/**
 * What one set of filters shows over a span of years: the union of the yearly views (every vertex and tie visible in
 * at least one year) and, for each vertex, the years it is visible. A layout of the union gives positions that serve
 * every year of the span unchanged, so vertices stay still while the year changes and the picture of a year does not
 * depend on the years seen before it.
 *
 * @param union     the union view; its criteria are the filters with the span's last year
 * @param firstYear the first year of the span; bit {@code i} of a vertex's years is year {@code firstYear + i}
 * @param lastYear  the last year of the span, inclusive
 * @param years     the years each vertex of {@code union} is visible
 */
public record Timeline(AlignmentView union, int firstYear, int lastYear, Map<Actor, BitSet> years) {

    public Timeline {
        Objects.requireNonNull(union, "union");
        years = Map.copyOf(years);
    }

    /** True when {@code a} and {@code b} are both visible in some year of the span (they can be drawn together). */
    public boolean coexist(Actor a, Actor b) {
        var ya = years.get(a);
        var yb = years.get(b);
        return ya != null && yb != null && ya.intersects(yb);
    }
}

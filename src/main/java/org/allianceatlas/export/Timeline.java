package org.allianceatlas.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Actor;

/**
 * What a view's filters show in every year of the dataset: each vertex and tie with the runs of consecutive years in
 * which it is visible. Built by applying the view's criteria year by year, so the years follow exactly the rules of
 * the screen (the year rule, organisation and region filters, hidden isolated states). Costs one view per year:
 * O(years × (V + E)) time; memory O(V + E + runs), since each element keeps only its runs of years, extended as the
 * years go by (a list of every visible year per tie took 6 GB for a 30 MB dataset).
 */
final class Timeline {

    /** A run of years, both inclusive; {@code open} when it reaches the last year of the data (still in force). */
    record Spell(int start, int end, boolean open) {
    }

    private final int firstYear;
    private final int lastYear;
    private final Map<Actor, Runs> vertices = new LinkedHashMap<>();
    private final Map<Tie, Runs> ties = new LinkedHashMap<>();

    Timeline(AlignmentView view) {
        var dataset = view.source().dataset();
        int[] range = dataset.yearRange(view.criteria().year());
        this.firstYear = Math.min(range[0], view.criteria().year());
        this.lastYear = Math.max(range[1], view.criteria().year());
        for (int y = firstYear; y <= lastYear; y++) {
            var v = view.source().view(view.criteria().withYear(y));
            for (var a : v.vertices()) {
                see(vertices, a, y);
            }
            for (var t : v.ties()) {
                see(ties, t, y);
            }
        }
    }

    private static <K> void see(Map<K, Runs> runs, K key, int year) {
        var r = runs.get(key);
        if (r == null) {
            runs.put(key, new Runs(year));
        } else {
            r.see(year);
        }
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    /** Every vertex visible in some year, in order of first appearance. */
    Set<Actor> vertices() {
        return Collections.unmodifiableSet(vertices.keySet());
    }

    /** Every tie visible in some year, in order of first appearance. */
    Set<Tie> ties() {
        return Collections.unmodifiableSet(ties.keySet());
    }

    /** The spells of a vertex of {@link #vertices()}. */
    List<Spell> spells(Actor vertex) {
        return vertices.get(vertex).spells(lastYear);
    }

    /** The spells of a tie of {@link #ties()}. */
    List<Spell> spells(Tie tie) {
        return ties.get(tie).spells(lastYear);
    }

    /** The runs of years of one element, growing year by year: closed runs as start/end pairs, and the current one. */
    private static final class Runs {
        private static final int[] NONE = new int[0];

        private int[] closed = NONE;
        private int closedCount;
        private int start;
        private int last;

        Runs(int year) {
            start = year;
            last = year;
        }

        /** Years come in increasing order. */
        void see(int year) {
            if (year == last + 1) {
                last = year;
                return;
            }
            if (closedCount + 2 > closed.length) {
                closed = Arrays.copyOf(closed, Math.max(4, closed.length * 2));
            }
            closed[closedCount++] = start;
            closed[closedCount++] = last;
            start = year;
            last = year;
        }

        List<Spell> spells(int lastYear) {
            var out = new ArrayList<Spell>(closedCount / 2 + 1);
            for (int i = 0; i < closedCount; i += 2) {
                out.add(new Spell(closed[i], closed[i + 1], false));
            }
            out.add(new Spell(start, last, last == lastYear));
            return out;
        }
    }
}

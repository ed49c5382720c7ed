package org.allianceatlas.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Actor;

/**
 * What a view's filters show in every year of the dataset: each vertex and tie with the runs of consecutive years in
 * which it is visible. Built by applying the view's criteria year by year, so the years follow exactly the rules of
 * the screen (the year rule, organisation and region filters, hidden isolated states). Costs one view per year:
 * O(years × (V + E)).
 */
final class Timeline {

    /** A run of years, both inclusive; {@code open} when it reaches the last year of the data (still in force). */
    record Spell(int start, int end, boolean open) {
    }

    private final int firstYear;
    private final int lastYear;
    private final Map<Actor, List<Spell>> vertices = new LinkedHashMap<>();
    private final Map<Tie, List<Spell>> ties = new LinkedHashMap<>();

    Timeline(AlignmentView view) {
        var dataset = view.source().dataset();
        int[] range = dataset.yearRange(view.criteria().year());
        this.firstYear = Math.min(range[0], view.criteria().year());
        this.lastYear = Math.max(range[1], view.criteria().year());
        var vertexYears = new LinkedHashMap<Actor, List<Integer>>();
        var tieYears = new LinkedHashMap<Tie, List<Integer>>();
        for (int y = firstYear; y <= lastYear; y++) {
            var v = view.source().view(view.criteria().withYear(y));
            for (var a : v.vertices()) {
                vertexYears.computeIfAbsent(a, k -> new ArrayList<>()).add(y);
            }
            for (var t : v.ties()) {
                tieYears.computeIfAbsent(t, k -> new ArrayList<>()).add(y);
            }
        }
        vertexYears.forEach((a, years) -> vertices.put(a, spells(years)));
        tieYears.forEach((t, years) -> ties.put(t, spells(years)));
    }

    private List<Spell> spells(List<Integer> years) {
        var out = new ArrayList<Spell>();
        int start = years.get(0);
        int prev = start;
        for (int i = 1; i < years.size(); i++) {
            int y = years.get(i);
            if (y != prev + 1) {
                out.add(new Spell(start, prev, false));
                start = y;
            }
            prev = y;
        }
        out.add(new Spell(start, prev, prev == lastYear));
        return out;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    /** Every vertex visible in some year, in order of first appearance, with its spells. */
    Map<Actor, List<Spell>> vertices() {
        return vertices;
    }

    /** Every tie visible in some year, in order of first appearance, with its spells. */
    Map<Tie, List<Spell>> ties() {
        return ties;
    }
}

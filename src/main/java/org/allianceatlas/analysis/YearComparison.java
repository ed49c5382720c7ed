package org.allianceatlas.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.DateBasis;

/**
 * What changed between two years under the same filters: the ties added, ended and unchanged, with a readable list
 * of the changes sorted by year ("2024 — SWE joined nato", "2020 — GBR left eu").
 *
 * @param from      the earlier year
 * @param to        the later year
 * @param changes   added and ended ties, by year then text
 * @param unchanged ties shown in both years
 */
public record YearComparison(int from, int to, List<Change> changes, Set<Tie> unchanged) {

    public YearComparison {
        changes = List.copyOf(changes);
        unchanged = Set.copyOf(unchanged);
    }

    /**
     * Compares the views of {@code criteria} in years {@code from} and {@code to} (swapped if given the wrong way
     * round). The criteria's own year is ignored.
     */
    public static YearComparison between(AlignmentGraph graph, FilterCriteria criteria, int from, int to) {
        int a = Math.min(from, to);
        int b = Math.max(from, to);
        var before = graph.view(criteria.withYear(a)).ties();
        var after = graph.view(criteria.withYear(b)).ties();
        var changes = new ArrayList<Change>();
        var unchanged = new LinkedHashSet<Tie>();
        for (var t : after) {
            if (before.contains(t)) {
                unchanged.add(t);
            } else {
                changes.add(added(t, a, b, criteria.basis()));
            }
        }
        for (var t : before) {
            if (!after.contains(t)) {
                changes.add(ended(t, a, b));
            }
        }
        changes.sort(Comparator.comparingInt(Change::year).thenComparing(Change::kind).thenComparing(Change::text));
        return new YearComparison(a, b, changes, unchanged);
    }

    public List<Change> added() {
        return changes.stream().filter(c -> c.kind() == Change.Kind.ADDED).toList();
    }

    public List<Change> ended() {
        return changes.stream().filter(c -> c.kind() == Change.Kind.ENDED).toList();
    }

    /** The change list as lines, one per change. */
    public List<String> lines() {
        return changes.stream().map(Change::text).toList();
    }

    private static int within(int year, int a, int b) {
        return year > a && year <= b ? year : b;
    }

    private static Change added(Tie t, int a, int b, DateBasis basis) {
        if (t instanceof MembershipTie m) {
            int y = within(m.membership().span().start().year(), a, b);
            return new Change(Change.Kind.ADDED, y, t,
                    y + " — " + m.membership().stateId() + " joined " + m.organisation().id());
        }
        var c = (ClauseTie) t;
        var span = c.clause().span(basis).orElseThrow();
        int y = within(span.start().year(), a, b);
        var verb = basis == DateBasis.ENTRY_INTO_FORCE ? "entered into force" : "signed";
        return new Change(Change.Kind.ADDED, y, t, y + " — " + c.first() + "–" + c.second() + " " + c.clause().id()
                + " (" + c.clause().type().key() + ") " + verb);
    }

    private static Change ended(Tie t, int a, int b) {
        if (t instanceof MembershipTie m) {
            var end = m.membership().span().end();
            var dissolved = m.organisation().lifetime().end();
            if (end != null && end.year() > a && end.year() <= b) {
                return new Change(Change.Kind.ENDED, end.year(), t,
                        end.year() + " — " + m.membership().stateId() + " left " + m.organisation().id());
            }
            if (dissolved != null && dissolved.year() > a && dissolved.year() <= b) {
                return new Change(Change.Kind.ENDED, dissolved.year(), t, dissolved.year() + " — "
                        + m.membership().stateId() + " left " + m.organisation().id() + " (dissolved)");
            }
            return new Change(Change.Kind.ENDED, b, t,
                    b + " — " + m.membership().stateId() + " no longer shown in " + m.organisation().id());
        }
        var c = (ClauseTie) t;
        var end = c.clause().end();
        int y = end != null ? within(end.year(), a, b) : b;
        var how = end != null && end.year() > a && end.year() <= b ? " ended" : " no longer shown";
        return new Change(Change.Kind.ENDED, y, t,
                y + " — " + c.first() + "–" + c.second() + " " + c.clause().id() + " (" + c.clause().type().key() + ")"
                        + how);
    }
}

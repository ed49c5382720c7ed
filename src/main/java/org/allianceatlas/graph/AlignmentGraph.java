package org.allianceatlas.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The whole dataset as one undirected JGraphT multigraph: states and organisations are vertices; each membership
 * spell is an edge state–organisation and each pair of parties of a clause is an edge state–state. Parallel edges
 * are allowed; self-loops are not. The graph is unmodifiable once built: filters produce views
 * ({@link #view(FilterCriteria)}), never copies.
 *
 * <p>A membership or clause whose state or organisation is missing from the dataset is skipped (the loader refuses
 * such data, so this only matters for hand-built datasets).
 */
public final class AlignmentGraph {

    private final Dataset dataset;
    private final Graph<Actor, Tie> graph;
    private final List<MembershipTie> membershipTies;
    private final List<ClauseTie> clauseTies;
    private final Map<String, State> states;

    public AlignmentGraph(Dataset dataset) {
        this.dataset = dataset;
        Graph<Actor, Tie> g = GraphTypeBuilder.<Actor, Tie>undirected()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(false).buildGraph();
        var stateIndex = new HashMap<String, State>();
        for (var s : dataset.states()) {
            g.addVertex(s);
            stateIndex.put(s.id(), s);
        }
        dataset.organisations().forEach(g::addVertex);
        var mTies = new ArrayList<MembershipTie>();
        for (var m : dataset.memberships()) {
            var state = stateIndex.get(m.stateId());
            var org = dataset.organisation(m.organisationId()).orElse(null);
            if (state != null && org != null) {
                var tie = new MembershipTie(m, org);
                if (g.addEdge(state, org, tie)) {
                    mTies.add(tie);
                }
            }
        }
        var cTies = new ArrayList<ClauseTie>();
        for (var c : dataset.clauses()) {
            for (var tie : pairs(c)) {
                var a = stateIndex.get(tie.first());
                var b = stateIndex.get(tie.second());
                if (a != null && b != null && !a.equals(b) && g.addEdge(a, b, tie)) {
                    cTies.add(tie);
                }
            }
        }
        this.graph = new AsUnmodifiableGraph<>(g);
        this.membershipTies = List.copyOf(mTies);
        this.clauseTies = List.copyOf(cTies);
        this.states = Collections.unmodifiableMap(stateIndex);
    }

    /** The ties a clause contributes: one per unordered pair of distinct parties, supplier first when directed. */
    static List<ClauseTie> pairs(Clause c) {
        var parties = new ArrayList<>(new LinkedHashSet<>(c.parties()));
        var d = c.direction();
        if (d != null && parties.size() == 2 && parties.contains(d.from()) && parties.contains(d.to())) {
            return List.of(new ClauseTie(c, d.from(), d.to()));
        }
        var ties = new ArrayList<ClauseTie>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                ties.add(new ClauseTie(c, parties.get(i), parties.get(j)));
            }
        }
        return ties;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The full, unmodifiable graph. */
    public Graph<Actor, Tie> graph() {
        return graph;
    }

    public List<MembershipTie> membershipTies() {
        return membershipTies;
    }

    public List<ClauseTie> clauseTies() {
        return clauseTies;
    }

    /**
     * Applies the rules of {@link FilterCriteria} and returns a view backed by this graph. Costs one pass over the
     * states and ties: O(V + E).
     */
    public AlignmentView view(FilterCriteria c) {
        int year = c.year();
        var eligible = new HashSet<State>();
        for (var s : states.values()) {
            if (s.existsIn(year) && c.subregions().contains(s.subregion())) {
                eligible.add(s);
            }
        }
        var ties = new LinkedHashSet<Tie>();
        var anchored = new HashSet<State>();
        var organisations = new HashSet<Organisation>();
        for (var t : membershipTies) {
            var org = t.organisation();
            var state = states.get(t.membership().stateId());
            if (t.membership().activeIn(year) && org.existsIn(year) && c.organisations().contains(org.id())
                    && eligible.contains(state) && anyTypeSelected(t, c)) {
                ties.add(t);
                anchored.add(state);
                organisations.add(org);
            }
        }
        var clauseEligible = c.organisations().all() ? eligible : new HashSet<>(anchored);
        for (var t : clauseTies) {
            var a = states.get(t.first());
            var b = states.get(t.second());
            if (t.clause().activeIn(year, c.basis()) && c.tieTypes().contains(t.clause().type())
                    && clauseEligible.contains(a) && clauseEligible.contains(b)) {
                ties.add(t);
                anchored.add(a);
                anchored.add(b);
            }
        }
        var vertices = new LinkedHashSet<Actor>(anchored);
        if (c.showIsolated()) {
            vertices.addAll(eligible);
        }
        vertices.addAll(organisations);
        return new AlignmentView(this, c, vertices, ties);
    }

    /**
     * What {@code c} shows in any year from {@code firstYear} to {@code lastYear} (inclusive; the year of {@code c}
     * is ignored): the union of the yearly views and the years each vertex is visible. Costs one
     * {@link #view(FilterCriteria)} per year.
     *
     * @throws IllegalArgumentException when {@code lastYear < firstYear}
     */
    public Timeline timeline(FilterCriteria c, int firstYear, int lastYear) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("the span ends before it starts: " + firstYear + "–" + lastYear);
        }
        var vertices = new LinkedHashSet<Actor>();
        var ties = new LinkedHashSet<Tie>();
        var years = new HashMap<Actor, BitSet>();
        for (int year = firstYear; year <= lastYear; year++) {
            var v = view(c.withYear(year));
            vertices.addAll(v.vertices());
            ties.addAll(v.ties());
            for (var a : v.vertices()) {
                years.computeIfAbsent(a, k -> new BitSet()).set(year - firstYear);
            }
        }
        var union = new AlignmentView(this, c.withYear(lastYear), vertices, ties);
        return new Timeline(union, firstYear, lastYear, years);
    }

    private static boolean anyTypeSelected(Tie t, FilterCriteria c) {
        for (var type : t.types()) {
            if (c.tieTypes().contains(type)) {
                return true;
            }
        }
        return false;
    }
}

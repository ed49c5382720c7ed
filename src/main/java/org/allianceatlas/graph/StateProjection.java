package org.allianceatlas.graph;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.allianceatlas.model.State;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The state–state projection of a view, for analysis: a simple weighted undirected graph whose vertices are the
 * view's visible states and where two states are adjacent when they are both visible members of a visible
 * organisation, or parties to a visible clause. Each edge keeps its reasons (organisation and clause ids); its
 * weight is the number of reasons.
 */
public final class StateProjection {

    private final Graph<State, StateLink> graph;

    private StateProjection(Graph<State, StateLink> graph) {
        this.graph = graph;
    }

    public static StateProjection of(AlignmentView view) {
        var membersByOrg = new LinkedHashMap<String, Set<State>>();
        var reasons = new HashMap<String, Set<String>>();
        var ends = new HashMap<String, State[]>();
        var g = view.source().graph();
        for (var t : view.membershipTies()) {
            membersByOrg.computeIfAbsent(t.organisation().id(), k -> new TreeSet<>(
                    Comparator.comparing(State::id))).add((State) g.getEdgeSource(t));
        }
        for (var e : membersByOrg.entrySet()) {
            var members = e.getValue().toArray(State[]::new);
            for (int i = 0; i < members.length; i++) {
                for (int j = i + 1; j < members.length; j++) {
                    addReason(reasons, ends, members[i], members[j], e.getKey());
                }
            }
        }
        for (var t : view.clauseTies()) {
            addReason(reasons, ends, (State) g.getEdgeSource(t), (State) g.getEdgeTarget(t), t.clause().id());
        }
        Graph<State, StateLink> p = GraphTypeBuilder.<State, StateLink>undirected()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(true).buildGraph();
        view.states().forEach(p::addVertex);
        for (var e : reasons.entrySet()) {
            var pair = ends.get(e.getKey());
            var link = new StateLink(pair[0].id(), pair[1].id(), e.getValue());
            p.addEdge(pair[0], pair[1], link);
            p.setEdgeWeight(link, link.weight());
        }
        return new StateProjection(new AsUnmodifiableGraph<>(p));
    }

    private static void addReason(Map<String, Set<String>> reasons, Map<String, State[]> ends, State a, State b,
                                  String reason) {
        if (a.equals(b)) {
            return;
        }
        var lo = a.id().compareTo(b.id()) < 0 ? a : b;
        var hi = lo == a ? b : a;
        var key = lo.id() + "|" + hi.id();
        reasons.computeIfAbsent(key, k -> new TreeSet<>()).add(reason);
        ends.putIfAbsent(key, new State[] {lo, hi});
    }

    /** The projection graph (unmodifiable; edge weights = number of reasons). */
    public Graph<State, StateLink> graph() {
        return graph;
    }

    /** The link between two states, if any. */
    public Optional<StateLink> link(State a, State b) {
        return Optional.ofNullable(graph.getEdge(a, b));
    }
}

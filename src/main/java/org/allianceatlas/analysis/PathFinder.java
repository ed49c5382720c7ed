package org.allianceatlas.analysis;

import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.StateLink;
import org.allianceatlas.graph.StateProjection;
import org.allianceatlas.model.State;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsWeightedGraph;

/**
 * Shortest alignment paths between two states, on the state–state projection of a view with every tie counting one
 * hop (JGraphT's Yen k-shortest paths, keeping those of minimal length).
 */
public final class PathFinder {

    /** At most this many shortest paths are returned. */
    public static final int MAX_PATHS = 10;

    public PathResult find(AlignmentView view, String fromId, String toId) {
        int year = view.criteria().year();
        var projection = StateProjection.of(view).graph();
        var from = shown(view, projection, fromId);
        var to = shown(view, projection, toId);
        if (from == null || to == null) {
            var missing = from == null ? fromId : toId;
            return new PathResult(fromId, toId, year, List.of(),
                    "No path: " + missing + " is not shown in " + year + " with the current filters.");
        }
        if (from.equals(to)) {
            return new PathResult(fromId, toId, year, List.of(), "No path: choose two different states.");
        }
        Graph<State, StateLink> hops = new AsWeightedGraph<>(projection, e -> 1.0, false, false);
        var candidates = new YenKShortestPath<>(hops).getPaths(from, to, MAX_PATHS);
        var paths = new ArrayList<AlignmentPath>();
        int shortest = candidates.isEmpty() ? 0 : candidates.get(0).getLength();
        for (var gp : candidates) {
            if (gp.getLength() != shortest) {
                break;
            }
            var states = gp.getVertexList().stream().map(State::id).toList();
            var steps = new ArrayList<AlignmentPath.Hop>();
            for (int i = 0; i + 1 < gp.getVertexList().size(); i++) {
                var link = projection.getEdge(gp.getVertexList().get(i), gp.getVertexList().get(i + 1));
                steps.add(new AlignmentPath.Hop(states.get(i), states.get(i + 1), link.sortedReasons()));
            }
            paths.add(new AlignmentPath(states, steps));
        }
        return new PathResult(fromId, toId, year, paths, null);
    }

    /** The state with this id if the view shows it, else null. */
    private static State shown(AlignmentView view, Graph<State, StateLink> projection, String id) {
        return view.source().dataset().state(id).filter(projection::containsVertex).orElse(null);
    }
}

package org.allianceatlas.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.StateLink;
import org.allianceatlas.graph.StateProjection;
import org.allianceatlas.model.State;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Computes every {@link Metric} for the visible vertices of a view with JGraphT's scoring algorithms. Degree is
 * counted on the two-mode view; the others on the state–state projection. Distances (betweenness, closeness) count
 * hops, not weights: a tie is a tie however many reasons it has.
 *
 * <p><b>Speed.</b> Betweenness and closeness run a breadth-first search from every state, O(V·E); they are most of the
 * cost. They run on an unweighted copy of the projection with {@code int} vertices (JGraphT then uses BFS instead of
 * Dijkstra, and its per-source hash maps hash small {@code Integer}s instead of {@link State} records), and the two
 * run at the same time, betweenness on the calling thread and the other metrics beside it, closeness on a copy of its
 * own. The projection itself is only read once built, by both threads.
 * {@code docs/benchmarks.md} has the figures.
 */
public final class MetricsCalculator {

    /** Computes the table; O(V·E) for betweenness, the most expensive metric. */
    public MetricsTable compute(AlignmentView view) {
        var projection = StateProjection.of(view).graph();
        var states = List.copyOf(projection.vertexSet());
        var others = CompletableFuture.supplyAsync(() -> allButBetweenness(projection, states));
        var scores = new EnumMap<Metric, Map<State, ? extends Number>>(Metric.class);
        scores.put(Metric.BETWEENNESS, betweenness(projection, states));
        scores.putAll(others.join());

        var rows = new ArrayList<MetricsTable.Row>();
        var g = view.graph();
        for (var a : view.vertices()) {
            var values = new EnumMap<Metric, Double>(Metric.class);
            values.put(Metric.DEGREE, (double) g.degreeOf(a));
            if (a instanceof State s) {
                for (var e : scores.entrySet()) {
                    var v = e.getValue().get(s);
                    values.put(e.getKey(), v == null ? 0.0 : v.doubleValue());
                }
            }
            // An organisation is named as it was in the view's year (the EEC in 1960, not the EU).
            var name = a.nameIn(view.criteria().year());
            rows.add(new MetricsTable.Row(a.id(), name, a instanceof State ? "state" : "organisation", values));
        }
        return new MetricsTable(view.criteria().year(), rows);
    }

    /** Every projection metric but betweenness, the longest; run beside it. */
    private static Map<Metric, Map<State, ? extends Number>> allButBetweenness(Graph<State, StateLink> projection,
                                                                             List<State> states) {
        var scores = new EnumMap<Metric, Map<State, ? extends Number>>(Metric.class);
        var weighted = new HashMap<State, Double>();
        for (var s : states) {
            double sum = 0;
            for (var e : projection.edgesOf(s)) {
                sum += projection.getEdgeWeight(e);
            }
            weighted.put(s, sum);
        }
        scores.put(Metric.WEIGHTED_DEGREE, weighted);
        // Harmonic, not classic, closeness: JGraphT's ClosenessCentrality is 0 for every vertex of a graph in more
        // than one component, and most years' views are (164 of 164 states scored 0 in 2024).
        scores.put(Metric.CLOSENESS, byState(states,
                new HarmonicCentrality<>(hops(projection, states), false, true).getScores()));
        scores.put(Metric.PAGERANK, scores(new PageRank<>(projection)));
        scores.put(Metric.EIGENVECTOR, eigenvector(projection));
        scores.put(Metric.CLUSTERING, scores(new ClusteringCoefficient<>(projection)));
        scores.put(Metric.CORENESS, new Coreness<>(projection).getScores());
        return scores;
    }

    /**
     * JGraphT 1.5 normalises undirected betweenness by (n−1)(n−2), so the centre of a star scores 0.5; we divide the
     * raw pair counts by the number of pairs, (n−1)(n−2)/2, the usual convention, so that it scores 1.
     */
    private static Map<State, Double> betweenness(Graph<State, StateLink> projection, List<State> states) {
        var raw = byState(states, new BetweennessCentrality<>(hops(projection, states), false).getScores());
        int n = states.size();
        double pairs = (n - 1) * (n - 2) / 2.0;
        raw.replaceAll((k, v) -> pairs > 0 ? v / pairs : 0.0);
        return raw;
    }

    /** The projection without weights, vertex {@code i} standing for {@code states.get(i)}. */
    private static Graph<Integer, DefaultEdge> hops(Graph<State, StateLink> projection, List<State> states) {
        var index = new HashMap<State, Integer>();
        var g = new SimpleGraph<Integer, DefaultEdge>(DefaultEdge.class);
        for (int i = 0; i < states.size(); i++) {
            index.put(states.get(i), i);
            g.addVertex(i);
        }
        for (var e : projection.edgeSet()) {
            g.addEdge(index.get(projection.getEdgeSource(e)), index.get(projection.getEdgeTarget(e)));
        }
        return g;
    }

    private static Map<State, Double> byState(List<State> states, Map<Integer, Double> scores) {
        var result = new HashMap<State, Double>();
        scores.forEach((i, v) -> result.put(states.get(i), v));
        return result;
    }

    private static <V> Map<V, Double> scores(VertexScoringAlgorithm<V, Double> algorithm) {
        return algorithm.getScores();
    }

    /**
     * Eigenvector centrality per connected component is ill-defined on a disconnected graph; JGraphT's power
     * iteration still converges to the leading component, which is what users expect to see. Scaled so that the
     * largest value is 1. An empty projection gives an empty map.
     */
    private static Map<State, Double> eigenvector(Graph<State, StateLink> projection) {
        if (projection.edgeSet().isEmpty()) {
            return Map.of();
        }
        var raw = new EigenvectorCentrality<>(projection, 1000, 1e-8).getScores();
        double max = raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        var scaled = new HashMap<State, Double>();
        raw.forEach((k, v) -> scaled.put(k, max == 0 ? 0 : v / max));
        return scaled;
    }
}

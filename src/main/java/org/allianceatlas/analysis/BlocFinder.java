package org.allianceatlas.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.StateLink;
import org.allianceatlas.graph.StateProjection;
import org.allianceatlas.model.State;
import org.jgrapht.Graph;
import org.jgrapht.alg.clique.DegeneracyBronKerboschCliqueFinder;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;

/**
 * Finds blocs in the state–state projection of a view with JGraphT: maximal cliques (Bron–Kerbosch with pivoting
 * and degeneracy ordering), communities (label propagation), cut-points and bridges (biconnectivity).
 *
 * <p><b>Communities.</b> Label propagation is randomised, and one run can split a clear community or merge two (on
 * two four-cliques joined by one tie, about one seed in twenty gives a wrong split). The finder runs it
 * {@value #COMMUNITY_RUNS} times with fixed seeds and keeps the partition of highest modularity (JGraphT's
 * {@code UndirectedModularityMeasurer}, link weights counted): repeatable, and steady enough that the community
 * colours on the canvas do not change from one year to the next without a reason.
 *
 * <p>Listing every maximal clique can take exponential time: overlapping organisations make dense projections
 * (docs/benchmarks.md, "Analysis", times a generated graph of 1,000 states). The search therefore has a time budget;
 * when it runs out, the report says the clique list is incomplete instead of freezing the app.
 */
public final class BlocFinder {

    /** Cliques smaller than this are not reported: every tie is a 2-clique. */
    public static final int MIN_CLIQUE_SIZE = 3;
    /** Default time budget for the clique search. */
    public static final long DEFAULT_CLIQUE_BUDGET_MILLIS = 1_000;
    /** Label propagation runs per search; the partition of highest modularity is kept. */
    static final int COMMUNITY_RUNS = 5;
    private static final long SEED = 20_250_101L;

    private final long cliqueBudgetMillis;
    private final long seed;

    public BlocFinder() {
        this(DEFAULT_CLIQUE_BUDGET_MILLIS);
    }

    /** @param cliqueBudgetMillis how long the clique search may run before it stops and reports what it found */
    public BlocFinder(long cliqueBudgetMillis) {
        this(cliqueBudgetMillis, SEED);
    }

    /** With another first seed for label propagation (tests: how steady the communities are across seeds). */
    BlocFinder(long cliqueBudgetMillis, long seed) {
        this.cliqueBudgetMillis = cliqueBudgetMillis;
        this.seed = seed;
    }

    public BlocReport find(AlignmentView view) {
        var g = StateProjection.of(view).graph();
        var cliques = new ArrayList<List<String>>();
        var finder = new DegeneracyBronKerboschCliqueFinder<>(g, cliqueBudgetMillis, TimeUnit.MILLISECONDS);
        for (Set<State> clique : finder) {
            if (clique.size() >= MIN_CLIQUE_SIZE) {
                cliques.add(ids(clique));
            }
        }
        boolean complete = !finder.isTimeLimitReached();
        var communities = new ArrayList<List<String>>();
        for (var cluster : communities(g)) {
            if (cluster.size() >= 2) {
                communities.add(ids(cluster));
            }
        }
        var inspector = new BiconnectivityInspector<>(g);
        var cutPoints = inspector.getCutpoints().stream().map(State::id).sorted().toList();
        var bridges = inspector.getBridges().stream()
                .sorted(Comparator.comparing(StateLink::first).thenComparing(StateLink::second)).toList();
        return new BlocReport(view.criteria().year(), numbered(cliques, Bloc.Kind.CLIQUE), complete,
                numbered(communities, Bloc.Kind.COMMUNITY), cutPoints, bridges);
    }

    /** The best of {@link #COMMUNITY_RUNS} label propagations by modularity; empty for an empty graph. */
    private List<Set<State>> communities(Graph<State, StateLink> g) {
        if (g.vertexSet().isEmpty()) {
            return List.of();
        }
        var modularity = new UndirectedModularityMeasurer<>(g);
        List<Set<State>> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int run = 0; run < COMMUNITY_RUNS; run++) {
            var partition = new LabelPropagationClustering<>(g, new Random(seed + run)).getClustering().getClusters();
            double score = modularity.modularity(partition);
            if (score > bestScore) {
                best = partition;
                bestScore = score;
            }
        }
        return best;
    }

    private static List<String> ids(Set<State> states) {
        return states.stream().map(State::id).sorted().toList();
    }

    private static List<Bloc> numbered(List<List<String>> groups, Bloc.Kind kind) {
        groups.sort(Comparator.<List<String>>comparingInt(List::size).reversed()
                .thenComparing(l -> String.join(",", l)));
        var blocs = new ArrayList<Bloc>();
        for (int i = 0; i < groups.size(); i++) {
            blocs.add(new Bloc(kind, i + 1, groups.get(i)));
        }
        return blocs;
    }
}

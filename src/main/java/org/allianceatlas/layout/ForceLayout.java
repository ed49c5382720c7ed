package org.allianceatlas.layout;

import java.util.Comparator;
import java.util.Objects;
import java.util.Random;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Actor;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Force-directed positions (Fruchterman–Reingold, JGraphT {@link FRLayoutAlgorithm2D}) in the {@link LayoutArea},
 * computed headless, then separated so that no two vertices overlap.
 *
 * <p>Seeded, not random: vertices in {@code previous} start there and are <b>fixed</b> (they keep their position, as
 * in every layout); new vertices start at their geographic position, so a first run shows a recognisable world and
 * the result is deterministic for a given seed. Costs O(iterations · V²): about 0.3 s for 200 vertices and 1,500
 * ties.
 *
 * <p>Uses {@code FRLayoutAlgorithm2D}, not {@code IndexedFRLayoutAlgorithm2D}: the indexed variant throws in
 * {@code FRQuadTree.insert} when a vertex reaches the border of the area (JGraphT 1.5.2 and 1.5.3).
 */
public final class ForceLayout implements LayoutAlgorithm {

    /** Iterations of the force simulation (JGraphT's default). */
    public static final int DEFAULT_ITERATIONS = 100;

    /** Seed of the simulation's random numbers (used only for ties between coincident vertices). */
    public static final long DEFAULT_SEED = 20_240_307L;

    /** Optimal edge length as a fraction of √(area / V) (JGraphT's default). */
    private static final double NORMALIZATION = 0.5;

    private final VertexSizes sizes;
    private final int iterations;
    private final long seed;

    /**
     * @param iterations &gt; 0
     */
    public ForceLayout(VertexSizes sizes, int iterations, long seed) {
        if (iterations <= 0) {
            throw new IllegalArgumentException("iterations must be positive: " + iterations);
        }
        this.sizes = Objects.requireNonNull(sizes, "sizes");
        this.iterations = iterations;
        this.seed = seed;
    }

    public ForceLayout(VertexSizes sizes) {
        this(sizes, DEFAULT_ITERATIONS, DEFAULT_SEED);
    }

    public ForceLayout() {
        this(VertexSizes.STANDARD);
    }

    @Override
    public LayoutKind kind() {
        return LayoutKind.FORCE;
    }

    @Override
    public Positions layout(AlignmentView view, Positions previous, Coexistence coexistence) {
        var seeds = new GeographicLayout(sizes).layout(view, previous, coexistence);
        var model = new MapLayoutModel2D<Actor>(Box2D.of(0, 0, LayoutArea.WIDTH, LayoutArea.HEIGHT));
        boolean anyFree = false;
        for (var a : view.vertices()) {
            var kept = previous.of(a.id());
            if (kept.isPresent()) {
                model.put(a, Point2D.of(kept.get().x(), kept.get().y()));
                model.setFixed(a, true);
            } else {
                anyFree = true;
            }
        }
        if (anyFree) {
            var fr = new FRLayoutAlgorithm2D<Actor, Tie>(iterations, NORMALIZATION, new Random(seed));
            fr.setInitializer(a -> {
                var p = seeds.of(a.id()).orElse(LayoutArea.centre());
                return Point2D.of(p.x(), p.y());
            });
            fr.layout(copyOf(view.graph()), model);
        }
        var radii = sizes.radiiOf(view);
        var bodies = new Bodies(coexistence, Bodies.GAP * sizes.room());
        var vertices = view.vertices().stream().sorted(Comparator.comparing(Actor::id)).toList();
        for (var a : vertices) {
            var p = model.get(a);
            var start = seeds.of(a.id()).orElse(LayoutArea.centre());
            // FR divides by the displacement length, which is 0 for a vertex with no net force (a lone vertex):
            // the result is NaN, and the seed is the better answer.
            boolean valid = p != null && Double.isFinite(p.getX()) && Double.isFinite(p.getY());
            bodies.add(a.id(), valid ? new Point(p.getX(), p.getY()) : start, radii.get(a.id()), model.isFixed(a));
        }
        OverlapRemoval.resolve(bodies, null, null);
        return bodies.toPositions();
    }

    /**
     * A plain copy of the view's graph. FR visits every vertex pair in every iteration, and iterating a
     * {@code MaskSubgraph} tests the mask (a hash look-up) for every vertex it passes; copying once is O(V + E).
     */
    private static Graph<Actor, Tie> copyOf(Graph<Actor, Tie> view) {
        Graph<Actor, Tie> g = GraphTypeBuilder.<Actor, Tie>undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(false).weighted(false).buildGraph();
        view.vertexSet().forEach(g::addVertex);
        for (var t : view.edgeSet()) {
            g.addEdge(view.getEdgeSource(t), view.getEdgeTarget(t), t);
        }
        return g;
    }
}

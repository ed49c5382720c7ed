package org.allianceatlas.layout;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;

/**
 * The steps the geographic and circular layouts share: states at their anchors (capital, slot on the circle), kept
 * where {@code previous} has them, separated; then organisations among their members.
 */
final class Placement {

    /** Distance between successive candidate spots on the search spiral, layout units. */
    private static final double SPIRAL_STEP = 3;

    /** Candidates tried per organisation: a spiral out to about 600 units, far beyond any real crowding. */
    private static final int SPIRAL_CANDIDATES = 40_000;

    private Placement() {
    }

    /**
     * Lays out a view.
     *
     * @param anchor where a state belongs when it is new (not in {@code previous})
     */
    static Positions place(AlignmentView view, Positions previous, VertexSizes sizes, Function<State, Point> anchor) {
        var radii = sizes.radiiOf(view);
        var bodies = new Bodies();
        var states = view.states().stream().sorted(Comparator.comparing(State::id)).toList();
        double[] ax = new double[states.size()];
        double[] ay = new double[states.size()];
        for (var s : states) {
            var home = anchor.apply(s);
            var kept = previous.of(s.id());
            int i = bodies.add(s.id(), kept.orElse(home), radii.get(s.id()), kept.isPresent());
            ax[i] = home.x();
            ay[i] = home.y();
        }
        OverlapRemoval.resolve(bodies, ax, ay);
        placeOrganisations(view, bodies, previous, radii);
        return bodies.toPositions();
    }

    /**
     * Adds the view's organisations to {@code bodies} (which holds its states): each kept where {@code previous} has
     * it, else at the weighted centroid of its visible members, moved along a spiral to the nearest spot where it
     * overlaps nothing already placed. Larger organisations are placed first: they need the most room and are the
     * ones readers look for.
     *
     * <p>A member's weight is 1 / (number of visible organisations it belongs to). Organisations with largely the same
     * members (NATO and the EU) would otherwise compete for one centroid; this way each leans towards the members
     * that set it apart.
     */
    static void placeOrganisations(AlignmentView view, Bodies bodies, Positions previous, Map<String, Double> radii) {
        var members = new HashMap<String, Set<String>>();
        var orgsOfState = new HashMap<String, Integer>();
        for (var t : view.membershipTies()) {
            if (members.computeIfAbsent(t.organisation().id(), k -> new TreeSet<>()).add(t.membership().stateId())) {
                orgsOfState.merge(t.membership().stateId(), 1, Integer::sum);
            }
        }
        List<Organisation> orgs = view.organisations();
        double maxRadius = bodies.maxRadius();
        for (var o : orgs) {
            maxRadius = Math.max(maxRadius, radii.get(o.id()));
        }
        var grid = new SpatialHash(2 * maxRadius + Bodies.GAP);
        for (int i = 0; i < bodies.size(); i++) {
            grid.insert(i, bodies.x(i), bodies.y(i));
        }
        var kept = orgs.stream().filter(o -> previous.of(o.id()).isPresent())
                .sorted(Comparator.comparing(Organisation::id)).toList();
        for (var o : kept) {
            var p = previous.of(o.id()).orElseThrow();
            grid.insert(bodies.add(o.id(), p, radii.get(o.id()), true), p.x(), p.y());
        }
        var fresh = orgs.stream().filter(o -> previous.of(o.id()).isEmpty())
                .sorted(Comparator.<Organisation>comparingInt(o -> -members.getOrDefault(o.id(), Set.of()).size())
                        .thenComparing(Organisation::id))
                .toList();
        for (var o : fresh) {
            var centre = centroid(members.getOrDefault(o.id(), Set.of()), orgsOfState, bodies);
            double r = radii.get(o.id());
            var spot = freeSpot(centre, r, bodies, grid);
            grid.insert(bodies.add(o.id(), spot, r, false), spot.x(), spot.y());
        }
    }

    private static Point centroid(Set<String> memberIds, Map<String, Integer> orgsOfState, Bodies bodies) {
        double sx = 0;
        double sy = 0;
        double sw = 0;
        for (var id : memberIds) {
            var i = bodies.indexOf(id);
            if (i != null) {
                double w = 1.0 / orgsOfState.getOrDefault(id, 1);
                sx += bodies.x(i) * w;
                sy += bodies.y(i) * w;
                sw += w;
            }
        }
        return sw == 0 ? LayoutArea.centre() : new Point(sx / sw, sy / sw);
    }

    /**
     * The first point of a Vogel spiral around {@code centre} (radius step·√k, angle k·golden angle: evenly spread,
     * nearest first) where a disc of radius {@code r} overlaps no placed disc.
     */
    private static Point freeSpot(Point centre, double r, Bodies bodies, SpatialHash grid) {
        Point candidate = centre;
        for (int k = 0; k < SPIRAL_CANDIDATES; k++) {
            double rho = SPIRAL_STEP * Math.sqrt(k);
            double angle = k * OverlapRemoval.GOLDEN_ANGLE;
            candidate = new Point(centre.x() + rho * Math.cos(angle), centre.y() + rho * Math.sin(angle));
            if (isFree(candidate, r, bodies, grid)) {
                return candidate;
            }
        }
        return candidate;
    }

    private static boolean isFree(Point c, double r, Bodies bodies, SpatialHash grid) {
        boolean[] free = {true};
        grid.near(c.x(), c.y(), j -> {
            if (free[0]) {
                double min = r + bodies.r(j) + Bodies.GAP;
                double dx = c.x() - bodies.x(j);
                double dy = c.y() - bodies.y(j);
                free[0] = dx * dx + dy * dy >= min * min;
            }
        });
        return free[0];
    }
}

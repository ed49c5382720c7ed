package org.allianceatlas.layout;

import java.util.ArrayList;
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
 * where {@code previous} has them, separated; then organisations near their members.
 */
final class Placement {

    /** Distance between successive candidate spots on the search spiral, as a share of the state radius. */
    private static final double SPIRAL_STEP = 3.0 / 7;

    /** Candidates tried per organisation: a spiral out to about 85 state radii, far beyond any real crowding. */
    private static final int SPIRAL_CANDIDATES = 40_000;

    /**
     * Free space an organisation keeps around it beyond the gap, in state radii: room for the labels of the states
     * around it, so that a square never sits where a state's label goes.
     */
    static final double ORGANISATION_CLEARANCE = 2;

    /**
     * How far the centre of an organisation's members may lie from its nearest member, in (organisation + state)
     * radii, before the organisation goes to its most central member instead: the centre of members that span oceans
     * is in the middle of one, where no reader looks for it.
     */
    static final double CENTROID_REACH = 3;

    private Placement() {
    }

    /**
     * Lays out a view.
     *
     * @param anchor where a state belongs when it is new (not in {@code previous})
     */
    static Positions place(AlignmentView view, Positions previous, VertexSizes sizes, Function<State, Point> anchor,
                           Coexistence coexistence, boolean byAMemberWhenFar) {
        var radii = sizes.radiiOf(view);
        var bodies = new Bodies(coexistence, Bodies.GAP * sizes.room());
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
        placeOrganisations(view, bodies, previous, radii, sizes, byAMemberWhenFar);
        return bodies.toPositions();
    }

    /**
     * Adds the view's organisations to {@code bodies} (which holds its states): each kept where {@code previous} has
     * it, else near its visible members — at their weighted centre when that lies among them or when
     * {@code byAMemberWhenFar} is false (the circle's inside), else at the member nearest to all the others
     * ({@link #CENTROID_REACH}) — moved along a spiral to the nearest spot where it overlaps
     * nothing already placed and keeps {@link #ORGANISATION_CLEARANCE} state radii of free space for labels. Larger
     * organisations are placed first: they need the most room and are the ones readers look for.
     *
     * <p>A member's weight is 1 / (number of visible organisations it belongs to). Organisations with largely the same
     * members (NATO and the EU) would otherwise compete for one centre; this way each leans towards the members that
     * set it apart.
     */
    static void placeOrganisations(AlignmentView view, Bodies bodies, Positions previous, Map<String, Double> radii,
                                   VertexSizes sizes, boolean byAMemberWhenFar) {
        var members = new HashMap<String, Set<String>>();
        var orgsOfState = new HashMap<String, Integer>();
        for (var t : view.membershipTies()) {
            if (members.computeIfAbsent(t.organisation().id(), k -> new TreeSet<>()).add(t.membership().stateId())) {
                orgsOfState.merge(t.membership().stateId(), 1, Integer::sum);
            }
        }
        List<Organisation> orgs = view.organisations();
        double stateRadius = view.states().stream().mapToDouble(st -> radii.get(st.id())).min()
                .orElse(Bodies.GAP * sizes.room());
        double clearance = ORGANISATION_CLEARANCE * stateRadius;
        double maxRadius = bodies.maxRadius();
        for (var o : orgs) {
            maxRadius = Math.max(maxRadius, radii.get(o.id()) + clearance);
        }
        var grid = new SpatialHash(2 * maxRadius + bodies.gap());
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
            double r = radii.get(o.id());
            var own = members.getOrDefault(o.id(), Set.of());
            double reach = byAMemberWhenFar ? (r + stateRadius) * CENTROID_REACH : Double.POSITIVE_INFINITY;
            var centre = anchor(own, orgsOfState, bodies, reach);
            var spot = freeSpot(o.id(), centre, r, clearance, stateRadius, bodies, grid);
            grid.insert(bodies.add(o.id(), spot, r, false), spot.x(), spot.y());
        }
    }

    /**
     * Where an organisation belongs: the weighted centre of its members when some member lies within {@code reach}
     * of it, else the member with the smallest total distance to the others (ties broken by id).
     */
    private static Point anchor(Set<String> memberIds, Map<String, Integer> orgsOfState, Bodies bodies,
                                double reach) {
        var placed = new ArrayList<Integer>();
        double sx = 0;
        double sy = 0;
        double sw = 0;
        for (var id : memberIds) {
            var i = bodies.indexOf(id);
            if (i != null) {
                placed.add(i);
                double w = 1.0 / orgsOfState.getOrDefault(id, 1);
                sx += bodies.x(i) * w;
                sy += bodies.y(i) * w;
                sw += w;
            }
        }
        if (sw == 0) {
            return LayoutArea.centre();
        }
        var centroid = new Point(sx / sw, sy / sw);
        double nearest = Double.POSITIVE_INFINITY;
        for (int i : placed) {
            nearest = Math.min(nearest, Math.hypot(bodies.x(i) - centroid.x(), bodies.y(i) - centroid.y()));
        }
        if (nearest <= reach) {
            return centroid;
        }
        int best = -1;
        double bestSum = Double.POSITIVE_INFINITY;
        for (int i : placed) {
            double sum = 0;
            for (int j : placed) {
                sum += Math.hypot(bodies.x(i) - bodies.x(j), bodies.y(i) - bodies.y(j));
            }
            if (sum < bestSum - 1e-9 || Math.abs(sum - bestSum) <= 1e-9 && bodies.id(i).compareTo(bodies.id(best)) < 0) {
                best = i;
                bestSum = sum;
            }
        }
        return new Point(bodies.x(best), bodies.y(best));
    }

    /**
     * The first point of a Vogel spiral around {@code centre} (radius step·√k, angle k·golden angle: evenly spread,
     * nearest first) where a disc of radius {@code r} keeps {@code clearance} beyond the gap from every placed disc it
     * can be drawn with.
     */
    private static Point freeSpot(String id, Point centre, double r, double clearance, double stateRadius,
                                  Bodies bodies, SpatialHash grid) {
        double step = SPIRAL_STEP * stateRadius;
        Point candidate = centre;
        for (int k = 0; k < SPIRAL_CANDIDATES; k++) {
            double rho = step * Math.sqrt(k);
            double angle = k * OverlapRemoval.GOLDEN_ANGLE;
            candidate = new Point(centre.x() + rho * Math.cos(angle), centre.y() + rho * Math.sin(angle));
            if (isFree(id, candidate, r, clearance, bodies, grid)) {
                return candidate;
            }
        }
        return candidate;
    }

    private static boolean isFree(String id, Point c, double r, double clearance, Bodies bodies, SpatialHash grid) {
        boolean[] free = {true};
        grid.near(c.x(), c.y(), j -> {
            if (free[0] && bodies.coexist(id, j)) {
                double min = r + bodies.r(j) + bodies.gap() + clearance;
                double dx = c.x() - bodies.x(j);
                double dy = c.y() - bodies.y(j);
                free[0] = dx * dx + dy * dy >= min * min;
            }
        });
        return free[0];
    }
}

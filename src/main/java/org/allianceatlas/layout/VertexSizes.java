package org.allianceatlas.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;

/**
 * How much room a vertex takes: the radius of the circle that encloses its drawn shape, in layout units. Layouts
 * keep vertices at least the sum of their radii plus a small gap apart.
 *
 * <p>The exporters and the UI pass their style's sizes ({@code VisualStyle::radius} fits this interface), so that
 * layouts leave exactly the room that is drawn; {@link #STANDARD} has the same values for callers without a style.
 */
@FunctionalInterface
public interface VertexSizes {

    /**
     * The shared default: states 7 units, organisations 8 + 1.7·√(visible members) units, at most 20 (the values of
     * {@code export.style.VisualStyle}; a test there keeps the two equal).
     */
    VertexSizes STANDARD = (actor, visibleMembers) -> actor instanceof Organisation
            ? Math.min(20, 8 + 1.7 * Math.sqrt(Math.max(0, visibleMembers))) : 7;

    /**
     * The radius of {@code actor} in layout units, &gt; 0.
     *
     * @param visibleMembers for an organisation, its number of distinct visible member states; 0 for a state
     */
    double radius(Actor actor, int visibleMembers);

    /**
     * Layout units per symbol unit: how much room a vertex of radius 1 takes in the layout. 1 for the standard sizes;
     * a layout for a picture that spreads positions out more than it enlarges symbols (a region fitted to a slide)
     * needs less room per vertex ({@link #scaled}).
     */
    default double room() {
        return 1;
    }

    /** These sizes with every radius, and the gap between vertices, times {@code room} (&gt; 0). */
    default VertexSizes scaled(double room) {
        if (!(room > 0)) {
            throw new IllegalArgumentException("room must be positive: " + room);
        }
        var base = this;
        double total = room * base.room();
        return new VertexSizes() {
            @Override
            public double radius(Actor actor, int visibleMembers) {
                return base.radius(actor, visibleMembers) * room;
            }

            @Override
            public double room() {
                return total;
            }
        };
    }

    /** The radius of every visible vertex of {@code view}, by actor id. */
    default Map<String, Double> radiiOf(AlignmentView view) {
        var members = new HashMap<String, Set<String>>();
        for (var t : view.membershipTies()) {
            members.computeIfAbsent(t.organisation().id(), k -> new HashSet<>()).add(t.membership().stateId());
        }
        var radii = new HashMap<String, Double>();
        for (var a : view.vertices()) {
            radii.put(a.id(), radius(a, members.getOrDefault(a.id(), Set.of()).size()));
        }
        return radii;
    }
}

package org.allianceatlas.layout;

import java.util.HashMap;
import java.util.Objects;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.Timeline;
import org.allianceatlas.model.Actor;

/**
 * Lays out every year of a {@link Timeline} at once: one layout of the union of the yearly views, in which only
 * vertices that are visible in a common year are kept apart. Each year's view takes its vertices' positions from it
 * unchanged, so:
 * <ul>
 *   <li>vertices stay still while the year changes (playback, stepping, comparing two years);</li>
 *   <li>the picture of a year depends only on the data, the filters, the layout kind and the area — not on the years
 *       or filters seen before (no "previous" positions).</li>
 * </ul>
 * The area decides how much room a vertex takes ({@link Room}): a region fitted to a slide needs less room per vertex
 * than the world, so states stay nearer their capitals and organisations nearer their members.
 *
 * <p>Deterministic; pure; safe off the FX thread.
 */
public final class TimelineLayout {

    private TimelineLayout() {
    }

    /**
     * Positions for every vertex of the timeline's union view.
     *
     * @param sizes      the symbol sizes of the style that draws the result
     * @param areaWidth  width of the area the drawing is fitted into, frame units (0: unknown, room 1)
     * @param areaHeight its height
     */
    public static Positions layout(Timeline timeline, LayoutKind kind, VertexSizes sizes, double areaWidth,
                                   double areaHeight) {
        Objects.requireNonNull(timeline, "timeline");
        var union = timeline.union();
        double room = room(kind, union, areaWidth, areaHeight);
        var byId = new HashMap<String, Actor>();
        union.vertices().forEach(a -> byId.put(a.id(), a));
        Coexistence coexistence = (a, b) -> {
            var x = byId.get(a);
            var y = byId.get(b);
            return x == null || y == null || timeline.coexist(x, y);
        };
        return LayoutFactory.forKind(kind, sizes.scaled(room)).layout(union, Positions.empty(), coexistence);
    }

    /**
     * The room a vertex takes (layout units per symbol unit) when {@code view} laid out by {@code kind} is fitted into
     * the area: the geographic layout's extent is that of its states' capitals; the others fill the
     * {@link LayoutArea}.
     */
    public static double room(LayoutKind kind, AlignmentView view, double areaWidth, double areaHeight) {
        double w = LayoutArea.WIDTH;
        double h = LayoutArea.HEIGHT;
        if (kind == LayoutKind.GEOGRAPHIC && !view.states().isEmpty()) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (var s : view.states()) {
                var p = EqualEarthProjection.project(s.lat(), s.lon());
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
            w = maxX - minX;
            h = maxY - minY;
        }
        return Room.of(w, h, areaWidth, areaHeight);
    }
}

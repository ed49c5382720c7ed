package org.allianceatlas.layout;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.model.State;

/**
 * States on a circle grouped by region, then sub-region, then id, with a gap between regions; organisations inside
 * the circle among their visible members (so a regional organisation sits near its region's arc and a global one
 * near the centre).
 *
 * <p>Every state of the dataset in the selected sub-regions has a slot, visible or not, so a state keeps its slot
 * from year to year and the circle does not reshuffle as states appear; positions in {@code previous} are kept as in
 * every layout. The circle is centred in the {@link LayoutArea}; its radius is at least {@value #MIN_RADIUS} units and
 * grows when the slots need more room.
 */
public final class CircularLayout implements LayoutAlgorithm {

    /** Smallest radius of the circle, layout units: nearly the height of the layout area. */
    public static final double MIN_RADIUS = 540;

    /** Empty slots left between two regions. */
    private static final int REGION_GAP_SLOTS = 2;

    private final VertexSizes sizes;

    public CircularLayout(VertexSizes sizes) {
        this.sizes = Objects.requireNonNull(sizes, "sizes");
    }

    public CircularLayout() {
        this(VertexSizes.STANDARD);
    }

    @Override
    public LayoutKind kind() {
        return LayoutKind.CIRCULAR;
    }

    @Override
    public Positions layout(AlignmentView view, Positions previous, Coexistence coexistence) {
        var slots = slots(view);
        // On the circle every organisation's members' centre is inside it, where a radial layout puts them.
        return Placement.place(view, previous, sizes, s -> slots.get(s.id()), coexistence, false);
    }

    /** A point on the circle for every state of the dataset in the view's sub-regions, clockwise from the top. */
    private Map<String, Point> slots(AlignmentView view) {
        var subregions = view.criteria().subregions();
        var states = view.source().dataset().states().stream()
                .filter(s -> subregions.contains(s.subregion()))
                .sorted(Comparator.comparing((State s) -> s.region().ordinal())
                        .thenComparing(s -> s.subregion().ordinal()).thenComparing(State::id))
                .toList();
        // Visible states outside the selection cannot occur (the view filters by sub-region), but a slot for
        // every visible state keeps the layout total even if that rule changes.
        var extra = view.states().stream().filter(s -> !subregions.contains(s.subregion()))
                .sorted(Comparator.comparing(State::id)).toList();
        int total = states.size() + extra.size();
        double slotWidth = 0;
        for (var s : states) {
            slotWidth = Math.max(slotWidth, 2 * sizes.radius(s, 0) + Bodies.GAP);
        }
        int regions = (int) states.stream().map(State::region).distinct().count();
        int slotCount = total + REGION_GAP_SLOTS * Math.max(1, regions);
        double radius = Math.max(MIN_RADIUS, slotCount * slotWidth / (2 * Math.PI));
        var centre = LayoutArea.centre();
        var result = new HashMap<String, Point>();
        int slot = 0;
        Object region = null;
        for (var s : states) {
            if (region != null && s.region() != region) {
                slot += REGION_GAP_SLOTS;
            }
            region = s.region();
            result.put(s.id(), onCircle(centre, radius, slot++, slotCount));
        }
        for (var s : extra) {
            result.put(s.id(), onCircle(centre, radius, slot++, slotCount));
        }
        return result;
    }

    private static Point onCircle(Point centre, double radius, int slot, int slotCount) {
        double angle = -Math.PI / 2 + 2 * Math.PI * slot / slotCount;
        return new Point(centre.x() + radius * Math.cos(angle), centre.y() + radius * Math.sin(angle));
    }
}

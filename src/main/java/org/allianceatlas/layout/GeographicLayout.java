package org.allianceatlas.layout;

import java.util.Objects;

import org.allianceatlas.graph.AlignmentView;

/**
 * States at their capitals on an Equal Earth world map ({@link EqualEarthProjection}, {@link LayoutArea} size),
 * nudged apart where capitals are too close to draw (Europe, the Caribbean) while each stays as near its capital as
 * the crowd allows; organisations among their visible members, never on top of another vertex.
 *
 * <p><b>Stable:</b> a vertex in {@code previous} that is still visible keeps its position exactly; only new vertices
 * are placed, around the kept ones. Deterministic: the same view and previous positions give the same result.
 * Costs about O(V · rounds) with a spatial grid; a few milliseconds for a few hundred vertices.
 */
public final class GeographicLayout implements LayoutAlgorithm {

    private final VertexSizes sizes;

    /** A geographic layout leaving room for vertices of the given sizes. */
    public GeographicLayout(VertexSizes sizes) {
        this.sizes = Objects.requireNonNull(sizes, "sizes");
    }

    public GeographicLayout() {
        this(VertexSizes.STANDARD);
    }

    @Override
    public LayoutKind kind() {
        return LayoutKind.GEOGRAPHIC;
    }

    @Override
    public Positions layout(AlignmentView view, Positions previous, Coexistence coexistence) {
        return Placement.place(view, previous, sizes, s -> EqualEarthProjection.project(s.lat(), s.lon()),
                coexistence, true);
    }
}

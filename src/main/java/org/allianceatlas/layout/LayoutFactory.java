package org.allianceatlas.layout;

import java.util.Objects;

/** The layout algorithm for a {@link LayoutKind}. */
public final class LayoutFactory {

    private LayoutFactory() {
    }

    /** The algorithm for {@code kind}, leaving room for vertices of {@link VertexSizes#STANDARD} sizes. */
    public static LayoutAlgorithm forKind(LayoutKind kind) {
        return forKind(kind, VertexSizes.STANDARD);
    }

    /** The algorithm for {@code kind}, leaving room for vertices of the given sizes (pass the style's). */
    public static LayoutAlgorithm forKind(LayoutKind kind, VertexSizes sizes) {
        Objects.requireNonNull(sizes, "sizes");
        return switch (Objects.requireNonNull(kind, "kind")) {
            case GEOGRAPHIC -> new GeographicLayout(sizes);
            case FORCE -> new ForceLayout(sizes);
            case CIRCULAR -> new CircularLayout(sizes);
        };
    }
}

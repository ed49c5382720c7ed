package org.allianceatlas.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Vertex positions by actor id. Immutable. */
public final class Positions {

    private static final Positions EMPTY = new Positions(Map.of());

    private final Map<String, Point> byId;

    public Positions(Map<String, Point> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    public static Positions empty() {
        return EMPTY;
    }

    public Optional<Point> of(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Map<String, Point> asMap() {
        return byId;
    }

    /**
     * These positions with those of {@code overrides} on top: a vertex in both takes the override's position, a vertex
     * in either keeps the one it has. The order is this one's, then the overrides' new vertices.
     */
    public Positions with(Positions overrides) {
        if (overrides.byId.isEmpty()) {
            return this;
        }
        var merged = new LinkedHashMap<>(byId);
        merged.putAll(overrides.byId);
        return new Positions(merged);
    }

    public int size() {
        return byId.size();
    }

    /** The smallest box holding every position; {@link Extent#ORIGIN} when there is none. */
    public Extent bounds() {
        if (byId.isEmpty()) {
            return Extent.ORIGIN;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (var p : byId.values()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Extent(minX, minY, maxX, maxY);
    }
}

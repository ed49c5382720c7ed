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

    public int size() {
        return byId.size();
    }

    /** Bounding box {minX, minY, maxX, maxY}; all zeros when empty. */
    public double[] bounds() {
        if (byId.isEmpty()) {
            return new double[4];
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
        return new double[] {minX, minY, maxX, maxY};
    }
}

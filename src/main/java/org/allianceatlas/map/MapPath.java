package org.allianceatlas.map;

import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.layout.Extent;

/**
 * Geometry ready to draw, in layout units: parts of {@code x0, y0, x1, y1, …}. A closed path is a set of rings (outer
 * rings and holes, to be filled with the even-odd rule; the closing point is not repeated); an open one is a set of
 * polylines (borders, coasts). The arrays are copies owned by this path: callers must not modify them.
 */
public record MapPath(List<double[]> parts, boolean closed) {

    public MapPath {
        parts = List.copyOf(parts);
    }

    /** A path with no parts. */
    public static MapPath empty(boolean closed) {
        return new MapPath(List.of(), closed);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Number of points over all parts. */
    public int pointCount() {
        int n = 0;
        for (var p : parts) {
            n += p.length / 2;
        }
        return n;
    }

    /** The box around every point, or null for an empty path. */
    public Extent extent() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (var p : parts) {
            for (int i = 0; i < p.length; i += 2) {
                minX = Math.min(minX, p[i]);
                maxX = Math.max(maxX, p[i]);
                minY = Math.min(minY, p[i + 1]);
                maxY = Math.max(maxY, p[i + 1]);
            }
        }
        return minX > maxX ? null : new Extent(minX, minY, maxX, maxY);
    }

    /** This path's parts followed by {@code other}'s (both closed or both open). */
    public MapPath concat(MapPath other) {
        if (other.closed != closed) {
            throw new IllegalArgumentException("cannot join a closed and an open path");
        }
        var all = new ArrayList<>(parts);
        all.addAll(other.parts);
        return new MapPath(all, closed);
    }
}

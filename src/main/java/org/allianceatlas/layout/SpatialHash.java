package org.allianceatlas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A uniform grid over the plane for finding the discs near a point. With a cell at least as wide as the largest
 * reach queried, the 3 × 3 cells around a point hold every disc within reach, so a query costs O(discs nearby)
 * instead of O(all discs).
 */
final class SpatialHash {

    private final double cell;
    private final Map<Long, List<Integer>> cells = new HashMap<>();

    SpatialHash(double cell) {
        this.cell = cell;
    }

    void insert(int i, double x, double y) {
        cells.computeIfAbsent(key(cellOf(x), cellOf(y)), k -> new ArrayList<>()).add(i);
    }

    /** Calls {@code action} with every disc in the 3 × 3 cells around (x, y), in insertion order per cell. */
    void near(double x, double y, IntConsumer action) {
        long cx = cellOf(x);
        long cy = cellOf(y);
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                var list = cells.get(key(cx + dx, cy + dy));
                if (list != null) {
                    for (int i : list) {
                        action.accept(i);
                    }
                }
            }
        }
    }

    private long cellOf(double v) {
        return (long) Math.floor(v / cell);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}

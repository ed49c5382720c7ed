package org.allianceatlas.ui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceatlas.export.render.Drawable;

/**
 * Where two lists of drawables, drawn in order into one image, give different pixels: the image's tiles
 * ({@value #TILE} device pixels square) that a drawable of one list and not the other touches, or one whose place in
 * the drawing order changed. Redrawing those tiles from the new list (cleared, then every drawable that reaches them,
 * in order) gives the image a full rasterisation of the new list would give; everything else is kept. A year change
 * of the shipped data adds or drops a few to a hundred of its 350–660 ties and moves a few labels, so most of the tie
 * image stays as it is (docs/benchmarks.md, "Year change on the canvas").
 *
 * <p>A line marks the tiles along its stroke (its width, its arrowhead and a pixel of antialiasing around them), not
 * its bounding box, so that a long diagonal tie does not damage the rectangle it spans; a label marks the pixels of
 * its sprite, halo included ({@link LabelSprites}). Only lines and texts are known: any other drawable makes the
 * difference unknown ({@link #diff} returns false and the caller draws everything).
 */
final class RasterDamage {

    /** Side of a tile, device pixels. */
    static final int TILE = 32;
    /** Antialiasing and rounding around a stroke, device pixels. */
    private static final double SLACK = 2;

    /** Panel coordinates to image pixels: x · sx + tx, y · sy + ty. */
    private final double sx;
    private final double sy;
    private final double tx;
    private final double ty;
    private final int width;
    private final int height;
    private final int columns;
    private final int rows;
    private final boolean[] tiles;
    private final LabelSprites sprites;
    private int count;

    /**
     * An empty damage of an image of {@code width × height} pixels drawn at panel · (sx, sy) + (tx, ty); label
     * extents from {@code sprites} at scale {@code sx}.
     */
    RasterDamage(int width, int height, double sx, double sy, double tx, double ty, LabelSprites sprites) {
        this.width = width;
        this.height = height;
        this.sx = sx;
        this.sy = sy;
        this.tx = tx;
        this.ty = ty;
        this.sprites = sprites;
        columns = (width + TILE - 1) / TILE;
        rows = (height + TILE - 1) / TILE;
        tiles = new boolean[columns * rows];
    }

    /** The share of the image's tiles that are damaged, 0–1. */
    double share() {
        return tiles.length == 0 ? 0 : (double) count / tiles.length;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Marks every tile (a change that could not be described: everything differs). */
    void markAll() {
        Arrays.fill(tiles, true);
        count = tiles.length;
    }

    /** Marks the tiles of another damage of the same image. */
    void add(RasterDamage other) {
        for (int i = 0; i < tiles.length; i++) {
            if (other.tiles[i] && !tiles[i]) {
                tiles[i] = true;
                count++;
            }
        }
    }

    /**
     * Marks where drawing {@code after} instead of {@code before} changes pixels: drawables in only one of them, and
     * those whose order relative to the others changed (the fewest: those outside a longest run kept in order).
     *
     * @return false when a drawable is of a kind whose pixels are not known here (nothing may be assumed)
     */
    boolean diff(List<Drawable> before, List<Drawable> after) {
        var oldIndex = new HashMap<Drawable, Integer>(before.size() * 2);
        Set<Drawable> repeated = new HashSet<>();
        for (int i = 0; i < before.size(); i++) {
            if (oldIndex.putIfAbsent(before.get(i), i) != null) {
                repeated.add(before.get(i));
            }
        }
        var kept = new HashSet<Drawable>(after.size() * 2);
        var common = new ArrayList<Drawable>(after.size());
        var order = new int[after.size()];
        int n = 0;
        for (var d : after) {
            if (!kept.add(d)) {
                repeated.add(d);
            }
            var i = oldIndex.get(d);
            if (i == null) {
                if (!mark(d)) {
                    return false;
                }
            } else {
                common.add(d);
                order[n++] = i;
            }
        }
        for (var d : before) {
            if (!kept.contains(d) && !mark(d)) {
                return false;
            }
        }
        for (var d : repeated) {
            if (!mark(d)) {
                return false;
            }
        }
        var inOrder = longestIncreasing(order, n);
        for (int k = 0; k < n; k++) {
            if (!inOrder[k] && !mark(common.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The damaged tiles as disjoint rectangles {x0, y0, x1, y1} (pixels, end exclusive, within the image): runs of
     * a tile row, merged with the same run of the rows below.
     */
    List<int[]> rectangles() {
        var done = new ArrayList<int[]>();
        // Runs of the previous tile row, still open downwards, by their first and last column.
        Map<Long, int[]> open = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            Map<Long, int[]> next = new HashMap<>();
            int c = 0;
            while (c < columns) {
                if (!tiles[r * columns + c]) {
                    c++;
                    continue;
                }
                int start = c;
                while (c < columns && tiles[r * columns + c]) {
                    c++;
                }
                long key = ((long) start << 32) | c;
                var rect = open.remove(key);
                if (rect == null) {
                    rect = new int[] {start * TILE, r * TILE, Math.min(width, c * TILE), 0};
                }
                rect[3] = Math.min(height, (r + 1) * TILE);
                next.put(key, rect);
            }
            done.addAll(open.values());
            open = next;
        }
        done.addAll(open.values());
        return done;
    }

    /**
     * The device-pixel box a drawable may change (its stroke's, a label sprite's), {minX, minY, maxX, maxY}; null for
     * a drawable of an unknown kind.
     */
    double[] extent(Drawable d) {
        if (d instanceof Drawable.Line l) {
            var b = l.bounds();
            double e = SLACK;
            return new double[] {b.minX() * sx + tx - e, b.minY() * sy + ty - e, b.maxX() * sx + tx + e,
                b.maxY() * sy + ty + e};
        }
        if (d instanceof Drawable.Text t) {
            var sprite = sprites.of(t, sx);
            double x = Math.round(t.x() * sx + tx - sprite.anchorX());
            double y = Math.round(t.y() * sy + ty - sprite.anchorY());
            return new double[] {x - 1, y - 1, x + sprite.image().getWidth() + 1, y + sprite.image().getHeight() + 1};
        }
        return null;
    }

    /**
     * Whether drawing {@code d} may change a pixel of the rectangle [x0, x1) × [y0, y1): its extent meets it and,
     * for a straight line without an arrowhead, its stroke passes within reach of it.
     */
    boolean reaches(Drawable d, double[] extent, int x0, int y0, int x1, int y1) {
        if (extent[2] < x0 || extent[0] > x1 || extent[3] < y0 || extent[1] > y1) {
            return false;
        }
        if (d instanceof Drawable.Line l && !l.curved() && l.head() == null) {
            double half = l.width() * Math.max(Math.abs(sx), Math.abs(sy)) / 2 + SLACK;
            return segmentMeets(l.x1() * sx + tx, l.y1() * sy + ty, l.x2() * sx + tx, l.y2() * sy + ty,
                    x0 - half, y0 - half, x1 + half, y1 + half);
        }
        return true;
    }

    /** Marks the tiles {@code d} may change; false for a drawable of an unknown kind. */
    private boolean mark(Drawable d) {
        if (d instanceof Drawable.Line l) {
            markLine(l);
            return true;
        }
        if (d instanceof Drawable.Text) {
            var e = extent(d);
            markBox(e[0], e[1], e[2], e[3]);
            return true;
        }
        return false;
    }

    /**
     * A line's stroke, followed in pieces about a tile long: each piece's box grown by half the stroke's width, the
     * slack and (for a curve) how far a piece of the curve may stray from its chord.
     */
    private void markLine(Drawable.Line l) {
        double half = l.width() * Math.max(Math.abs(sx), Math.abs(sy)) / 2 + SLACK;
        double x1 = l.x1() * sx + tx;
        double y1 = l.y1() * sy + ty;
        double x2 = l.x2() * sx + tx;
        double y2 = l.y2() * sy + ty;
        if (!l.curved()) {
            int pieces = Math.max(1, (int) Math.ceil(Math.hypot(x2 - x1, y2 - y1) / TILE));
            markPieces(x1, y1, Double.NaN, Double.NaN, x2, y2, pieces, half);
        } else {
            double cx = l.cx() * sx + tx;
            double cy = l.cy() * sy + ty;
            double polygon = Math.hypot(cx - x1, cy - y1) + Math.hypot(x2 - cx, y2 - cy);
            int pieces = Math.max(1, (int) Math.ceil(polygon / TILE));
            // A piece of a quadratic strays from its chord by at most |P0 − 2C + P2| / (4 n²).
            double stray = Math.hypot(x1 - 2 * cx + x2, y1 - 2 * cy + y2) / (4.0 * pieces * pieces);
            markPieces(x1, y1, cx, cy, x2, y2, pieces, half + stray);
        }
        var head = l.head();
        if (head != null) {
            var b = head.bounds();
            markBox(b.minX() * sx + tx - SLACK, b.minY() * sy + ty - SLACK, b.maxX() * sx + tx + SLACK,
                    b.maxY() * sy + ty + SLACK);
        }
    }

    private void markPieces(double x1, double y1, double cx, double cy, double x2, double y2, int pieces,
                            double grow) {
        boolean curved = !Double.isNaN(cx);
        double px = x1;
        double py = y1;
        for (int i = 1; i <= pieces; i++) {
            double s = (double) i / pieces;
            double qx;
            double qy;
            if (curved) {
                double u = 1 - s;
                qx = u * u * x1 + 2 * u * s * cx + s * s * x2;
                qy = u * u * y1 + 2 * u * s * cy + s * s * y2;
            } else {
                qx = x1 + (x2 - x1) * s;
                qy = y1 + (y2 - y1) * s;
            }
            markBox(Math.min(px, qx) - grow, Math.min(py, qy) - grow, Math.max(px, qx) + grow,
                    Math.max(py, qy) + grow);
            px = qx;
            py = qy;
        }
    }

    private void markBox(double minX, double minY, double maxX, double maxY) {
        if (maxX < 0 || maxY < 0 || minX >= width || minY >= height) {
            return;
        }
        int c0 = Math.max(0, (int) Math.floor(minX / TILE));
        int c1 = Math.min(columns - 1, (int) Math.floor(maxX / TILE));
        int r0 = Math.max(0, (int) Math.floor(minY / TILE));
        int r1 = Math.min(rows - 1, (int) Math.floor(maxY / TILE));
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                if (!tiles[r * columns + c]) {
                    tiles[r * columns + c] = true;
                    count++;
                }
            }
        }
    }

    /** Whether the segment meets the rectangle (Liang–Barsky clipping). */
    private static boolean segmentMeets(double x1, double y1, double x2, double y2, double minX, double minY,
                                        double maxX, double maxY) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - minX, maxX - x1, y1 - minY, maxY - y1};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
                continue;
            }
            double t = q[i] / p[i];
            if (p[i] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
            if (t0 > t1) {
                return false;
            }
        }
        return true;
    }

    /** Which of the first {@code n} values belong to one longest strictly increasing subsequence. */
    static boolean[] longestIncreasing(int[] values, int n) {
        var tailIndex = new int[n];
        var previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[tailIndex[mid]] < values[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = i;
            length = Math.max(length, lo + 1);
        }
        var in = new boolean[n];
        for (int i = length == 0 ? -1 : tailIndex[length - 1]; i >= 0; i = previous[i]) {
            in[i] = true;
        }
        return in;
    }
}

package org.allianceatlas.bench.legibility;

/**
 * A vertex shape read from an SVG, in slide pixels: a circle (states in our pictures, every node in Gephi's), or a
 * box for rectangles (our organisations), ellipses, polygons and paths.
 *
 * @param key   the vertex id when the SVG gives one ({@code data-vertex}, or Gephi's {@code class="id_…"}), else null
 * @param title the text of its {@code <title>} child (our tooltips: the full name), else null
 * @param box   the bounding box
 * @param round true for a circle, whose exact geometry ({@link #cx}, {@link #cy}, {@link #r}) is used
 * @param cx    the circle's centre, or the box's centre
 * @param cy    see {@code cx}
 * @param r     the circle's radius; for a box, half its smaller side (not used in geometry)
 */
public record SvgVertex(String key, String title, Box box, boolean round, double cx, double cy, double r) {

    static SvgVertex circle(String key, String title, double cx, double cy, double r) {
        return new SvgVertex(key, title, new Box(cx - r, cy - r, cx + r, cy + r), true, cx, cy, r);
    }

    static SvgVertex box(String key, String title, Box box) {
        return new SvgVertex(key, title, box, false, box.centerX(), box.centerY(),
                Math.min(box.width(), box.height()) / 2);
    }

    /** True when the shape and {@code other} share more than {@code tolerance} pixels. */
    public boolean overlaps(Box other, double tolerance) {
        if (!round) {
            return box.overlaps(other, tolerance);
        }
        return other.distanceTo(cx, cy) < r - tolerance;
    }

    /** True when the two shapes share more than {@code tolerance} pixels. */
    public boolean overlaps(SvgVertex other, double tolerance) {
        if (round && other.round) {
            return Math.hypot(cx - other.cx, cy - other.cy) < r + other.r - tolerance;
        }
        return round ? overlaps(other.box, tolerance) : other.overlaps(box, tolerance);
    }
}

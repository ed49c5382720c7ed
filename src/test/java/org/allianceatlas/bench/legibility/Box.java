package org.allianceatlas.bench.legibility;

/**
 * An axis-aligned rectangle in slide pixels (y downwards). Invariant: {@code minX <= maxX}, {@code minY <= maxY}.
 */
public record Box(double minX, double minY, double maxX, double maxY) {

    public Box {
        if (!(minX <= maxX && minY <= maxY)) {
            throw new IllegalArgumentException("empty or NaN box: " + minX + "," + minY + " " + maxX + "," + maxY);
        }
    }

    /** The smallest box holding every point of {@code xy} (x0, y0, x1, y1, …), or null when none is finite. */
    static Box around(double... xy) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (Double.isFinite(xy[i]) && Double.isFinite(xy[i + 1])) {
                minX = Math.min(minX, xy[i]);
                maxX = Math.max(maxX, xy[i]);
                minY = Math.min(minY, xy[i + 1]);
                maxY = Math.max(maxY, xy[i + 1]);
            }
        }
        return minX <= maxX ? new Box(minX, minY, maxX, maxY) : null;
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public double area() {
        return width() * height();
    }

    public double centerX() {
        return (minX + maxX) / 2;
    }

    public double centerY() {
        return (minY + maxY) / 2;
    }

    /** The union of this box and {@code other} (null counts as empty). */
    public Box union(Box other) {
        return other == null ? this : new Box(Math.min(minX, other.minX), Math.min(minY, other.minY),
                Math.max(maxX, other.maxX), Math.max(maxY, other.maxY));
    }

    /** The common part, or null when the boxes do not meet. */
    public Box intersection(Box other) {
        double x0 = Math.max(minX, other.minX);
        double y0 = Math.max(minY, other.minY);
        double x1 = Math.min(maxX, other.maxX);
        double y1 = Math.min(maxY, other.maxY);
        return x0 <= x1 && y0 <= y1 ? new Box(x0, y0, x1, y1) : null;
    }

    /** True when the boxes share more than {@code tolerance} pixels in both directions. */
    public boolean overlaps(Box other, double tolerance) {
        return Math.min(maxX, other.maxX) - Math.max(minX, other.minX) > tolerance
                && Math.min(maxY, other.maxY) - Math.max(minY, other.minY) > tolerance;
    }

    /** Distance from a point to the nearest point of the box; 0 inside. */
    public double distanceTo(double x, double y) {
        double dx = Math.max(Math.max(minX - x, 0), x - maxX);
        double dy = Math.max(Math.max(minY - y, 0), y - maxY);
        return Math.hypot(dx, dy);
    }

    /** True when this box lies within {@code outer}, give or take {@code tolerance} pixels. */
    public boolean within(Box outer, double tolerance) {
        return minX >= outer.minX - tolerance && minY >= outer.minY - tolerance && maxX <= outer.maxX + tolerance
                && maxY <= outer.maxY + tolerance;
    }
}

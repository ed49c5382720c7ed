package org.allianceatlas.export.render;

/** An axis-aligned box in page units. */
public record Bounds(double minX, double minY, double maxX, double maxY) {

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public Bounds union(Bounds o) {
        return new Bounds(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX),
                Math.max(maxY, o.maxY));
    }

    /** True when this box lies inside {@code outer} (edges may touch). */
    public boolean within(Bounds outer, double tolerance) {
        return minX >= outer.minX - tolerance && minY >= outer.minY - tolerance && maxX <= outer.maxX + tolerance
                && maxY <= outer.maxY + tolerance;
    }
}

package org.allianceatlas.layout;

/**
 * An axis-aligned box in layout units (y downwards); {@code min <= max} on both axes. A box of no width or height
 * (one point) is allowed.
 */
public record Extent(double minX, double minY, double maxX, double maxY) {

    /** The box of one point. */
    public static final Extent ORIGIN = new Extent(0, 0, 0, 0);

    public Extent {
        if (!(minX <= maxX && minY <= maxY)) {
            throw new IllegalArgumentException("inverted extent: " + minX + "," + minY + " – " + maxX + "," + maxY);
        }
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    /** The smallest box holding both. */
    public Extent union(Extent o) {
        return new Extent(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX),
                Math.max(maxY, o.maxY));
    }

    /** This box grown by {@code margin} layout units on every side. */
    public Extent expand(double margin) {
        return new Extent(minX - margin, minY - margin, maxX + margin, maxY + margin);
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
}

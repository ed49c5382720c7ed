package org.allianceatlas.map;

/** An axis-aligned box in layout units (y downwards); {@code min <= max} on both axes. */
public record MapExtent(double minX, double minY, double maxX, double maxY) {

    public MapExtent {
        if (!(minX <= maxX && minY <= maxY)) {
            throw new IllegalArgumentException("empty or inverted extent: " + minX + "," + minY + " – " + maxX + ","
                    + maxY);
        }
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    /** The smallest box holding both. */
    public MapExtent union(MapExtent o) {
        return new MapExtent(Math.min(minX, o.minX), Math.min(minY, o.minY), Math.max(maxX, o.maxX),
                Math.max(maxY, o.maxY));
    }

    /** This box grown by {@code margin} layout units on every side. */
    public MapExtent expand(double margin) {
        return new MapExtent(minX - margin, minY - margin, maxX + margin, maxY + margin);
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
}

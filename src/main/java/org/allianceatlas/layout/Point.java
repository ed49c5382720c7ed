package org.allianceatlas.layout;

/** A position in layout units; y grows downwards (screen convention). */
public record Point(double x, double y) {

    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }
}

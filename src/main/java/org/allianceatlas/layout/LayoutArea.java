package org.allianceatlas.layout;

/**
 * The plane every layout fills: about {@value #WIDTH} × {@value #HEIGHT} layout units, origin top left, y downwards.
 * Layouts may place a vertex slightly outside (overlap removal pushes outwards); renderers fit the bounding box of
 * the positions, not this area.
 */
public final class LayoutArea {

    /** Width in layout units (1 unit = 1 px at 100 % zoom). */
    public static final double WIDTH = 2400;

    /** Height in layout units. */
    public static final double HEIGHT = 1200;

    private LayoutArea() {
    }

    /** The centre of the area. */
    public static Point centre() {
        return new Point(WIDTH / 2, HEIGHT / 2);
    }
}

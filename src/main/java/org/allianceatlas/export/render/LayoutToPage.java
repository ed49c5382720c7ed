package org.allianceatlas.export.render;

/**
 * Where layout units land on the page: {@code page = offset + scale · layout} on both axes (the transform the scene
 * builder fits the graph with).
 *
 * @param scale page units per layout unit, positive
 */
public record LayoutToPage(double scale, double offsetX, double offsetY) {

    public LayoutToPage {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
    }

    public double x(double layoutX) {
        return offsetX + scale * layoutX;
    }

    public double y(double layoutY) {
        return offsetY + scale * layoutY;
    }

    /** The layout x of a page x. */
    public double layoutX(double pageX) {
        return (pageX - offsetX) / scale;
    }

    /** The layout y of a page y. */
    public double layoutY(double pageY) {
        return (pageY - offsetY) / scale;
    }
}

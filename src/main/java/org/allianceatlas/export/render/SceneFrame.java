package org.allianceatlas.export.render;

import java.util.Objects;

import org.allianceatlas.layout.Point;

/**
 * Where a scene is drawn: how layout units become frame units (page units of an export, panel units of the canvas),
 * how large symbols are, the smallest label, and the area labels must stay in.
 *
 * <p>Positions and symbols scale apart: a region fitted to a slide spreads out ({@code scale} large) while discs,
 * squares, lines and labels keep a readable size ({@code symbol} capped), so vertices that do not overlap in the layout
 * do not overlap in the frame as long as {@code symbol ≤ scale}.
 *
 * @param scale        frame units per layout unit, for positions
 * @param originX      frame x of layout x = 0
 * @param originY      frame y of layout y = 0
 * @param symbol       frame units per symbol unit (radii, line widths, gaps, arrowheads, label sizes)
 * @param minLabelSize the smallest label font size, frame units: labels that would be smaller are drawn this size
 * @param clip         labels are placed only inside this box (the page's graph area, the canvas's panel)
 */
public record SceneFrame(double scale, double originX, double originY, double symbol, double minLabelSize,
                         Bounds clip) {

    public SceneFrame {
        Objects.requireNonNull(clip, "clip");
        if (!(scale > 0) || !(symbol > 0)) {
            throw new IllegalArgumentException("scale and symbol must be positive: " + scale + ", " + symbol);
        }
    }

    /** Frame x of a layout x. */
    public double x(double layoutX) {
        return originX + layoutX * scale;
    }

    /** Frame y of a layout y. */
    public double y(double layoutY) {
        return originY + layoutY * scale;
    }

    /** The layout point at frame point ({@code x}, {@code y}). */
    public Point toLayout(double x, double y) {
        return new Point((x - originX) / scale, (y - originY) / scale);
    }
}

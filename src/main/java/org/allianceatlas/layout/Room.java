package org.allianceatlas.layout;

/**
 * How positions and symbols scale when a layout is fitted into an area (a page, a window), and so how much room a
 * vertex needs in the layout. Positions scale uniformly to fill the area, at most {@value #MAX_ZOOM} times enlarged;
 * symbols (discs, squares, lines, labels) scale with them when the drawing shrinks but grow at most
 * {@value #MAX_SYMBOL_ZOOM} times, so a region fitted to a slide spreads out instead of turning into a poster of huge
 * discs. A vertex of radius r then takes r · symbol / scale layout units: less than r for a region, r for the world.
 */
public final class Room {

    /** Largest enlargement of positions: beyond this a two-vertex view would sit at the area's corners. */
    public static final double MAX_ZOOM = 6;

    /** Largest enlargement of symbols, whatever the positions' enlargement. */
    public static final double MAX_SYMBOL_ZOOM = 1.25;

    private Room() {
    }

    /** Symbol units' size for positions scaled by {@code scale}: never larger than the positions' scale. */
    public static double symbolScale(double scale) {
        return Math.min(scale, MAX_SYMBOL_ZOOM);
    }

    /**
     * Layout units per symbol unit when an extent of the given size (layout units) is fitted into an area of the given
     * size: {@code symbol / scale}, at most 1. Returns 1 when the area is unknown (zero or negative).
     */
    public static double of(double extentWidth, double extentHeight, double areaWidth, double areaHeight) {
        if (!(areaWidth > 0) || !(areaHeight > 0)) {
            return 1;
        }
        double s = Math.min(MAX_ZOOM, Math.min(areaWidth / Math.max(extentWidth, 1e-6),
                areaHeight / Math.max(extentHeight, 1e-6)));
        return symbolScale(s) / s;
    }
}

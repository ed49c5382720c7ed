package org.allianceatlas.export.render;

import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.layout.Room;
import org.allianceatlas.model.Organisation;

/**
 * The one rule that fits a view into an area, for an export's page and for the canvas's Fit alike: positions are
 * scaled uniformly so that the drawing fills the area (centred), at most {@value #MAX_ZOOM} times enlarged; symbols
 * (discs, squares, lines, labels) scale with the positions when the drawing shrinks, but grow at most
 * {@value #MAX_SYMBOL_ZOOM} times when it is enlarged, so a region fitted to a slide spreads out instead of turning
 * into a poster of huge discs. Symbols never grow faster than positions: vertices that do not overlap in the layout do
 * not overlap in the frame. Stateless.
 */
public final class SceneFit {

    /** Largest enlargement of the layout's positions ({@link Room#MAX_ZOOM}). */
    public static final double MAX_ZOOM = Room.MAX_ZOOM;

    /** Largest enlargement of symbols, whatever the positions' enlargement ({@link Room#MAX_SYMBOL_ZOOM}). */
    public static final double MAX_SYMBOL_ZOOM = Room.MAX_SYMBOL_ZOOM;

    private SceneFit() {
    }

    /**
     * The frame that fits the vertices of {@code view} at {@code positions} into {@code area}, leaving room for the
     * largest vertex at the edges; labels are clipped to {@code area}. Null when no vertex of the view has a position.
     *
     * @param minLabelSize the smallest label, frame units
     */
    public static SceneFrame fit(AlignmentView view, Positions positions, VisualStyle style, SceneOptions options,
                                 Bounds area, double minLabelSize) {
        return fit(view, extent(view, positions, options), style, options, area, minLabelSize);
    }

    /**
     * The frame that fits {@code extent} (layout units) into {@code area}, as for {@code view}'s vertices: for the
     * frames of an animation, which fit the extent of every year so that they share one scale. Null when
     * {@code extent} is null or no vertex of the view has a position.
     */
    public static SceneFrame fit(AlignmentView view, Bounds extent, VisualStyle style, SceneOptions options,
                                 Bounds area, double minLabelSize) {
        if (extent == null) {
            return null;
        }
        // The rim around the extent, symbol units: the largest vertex plus a little air.
        double rim = (options.organisations() == OrganisationDisplay.HIDDEN || view.organisations().isEmpty()
                ? style.stateRadius() : Math.max(style.stateRadius(), style.organisationRadius(Integer.MAX_VALUE)))
                + 4;
        double ew = Math.max(extent.width(), 1e-6);
        double eh = Math.max(extent.height(), 1e-6);
        double k = 1;
        double s = 1;
        // Symbols depend on the scale and the scale on the room they take: a few rounds settle it.
        for (int round = 0; round < 4; round++) {
            s = Math.min(MAX_ZOOM, Math.min((area.width() - 2 * rim * k) / ew, (area.height() - 2 * rim * k) / eh));
            s = Math.max(s, 1e-6);
            k = Room.symbolScale(s);
        }
        double ox = area.minX() + (area.width() - ew * s) / 2 - extent.minX() * s;
        double oy = area.minY() + (area.height() - eh * s) / 2 - extent.minY() * s;
        return new SceneFrame(s, ox, oy, k, minLabelSize, area);
    }

    /** Bounds of the positions of the vertices a scene of {@code view} draws (layout units), or null for none. */
    public static Bounds extent(AlignmentView view, Positions positions, SceneOptions options) {
        Bounds extent = null;
        for (var a : view.vertices()) {
            if (options.organisations() == OrganisationDisplay.HIDDEN && a instanceof Organisation) {
                continue;
            }
            var p = positions.of(a.id());
            if (p.isPresent()) {
                var point = new Bounds(p.get().x(), p.get().y(), p.get().x(), p.get().y());
                extent = extent == null ? point : extent.union(point);
            }
        }
        return extent;
    }
}

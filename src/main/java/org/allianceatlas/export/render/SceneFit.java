package org.allianceatlas.export.render;

import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.layout.Room;
import org.allianceatlas.model.State;

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
        return fit(view, extent(view, positions, options), vertexExtent(view, positions, options), style, options,
                area, minLabelSize);
    }

    /**
     * The frame that fits {@code extent} (layout units) into {@code area}, as for {@code view}'s vertices: for the
     * frames of an animation, which fit the extent of every year so that they share one scale. Null when
     * {@code extent} is null or no vertex of the view has a position.
     */
    public static SceneFrame fit(AlignmentView view, Bounds extent, VisualStyle style, SceneOptions options,
                                 Bounds area, double minLabelSize) {
        return fit(view, extent, null, style, options, area, minLabelSize);
    }

    /**
     * @param vertices the vertices' extent alone, when {@code extent} also holds the map's land: symbols then shrink
     *                 as much as the land spreads the positions less (null: they do not)
     */
    private static SceneFrame fit(AlignmentView view, Bounds extent, Bounds vertices, VisualStyle style,
                                  SceneOptions options, Bounds area, double minLabelSize) {
        if (extent == null) {
            return null;
        }
        // The rim around the extent, symbol units: the largest vertex plus a little air.
        double rim = (!SceneBuilder.drawsOrganisations(options) || view.organisations().isEmpty()
                ? style.stateRadius() : Math.max(style.stateRadius(), style.organisationRadius(Integer.MAX_VALUE)))
                + 4;
        // The layout left each vertex the room it takes when its vertices alone fill the area; with a map the
        // picture shows more (the land around them), so positions are spread less, and symbols shrink as much, so
        // that vertices apart in the layout stay apart in the frame.
        double symbolsPerScale = Double.POSITIVE_INFINITY;
        if (options.map() != MapMode.NONE && vertices != null) {
            double[] alone = scales(vertices, rim, area, Double.POSITIVE_INFINITY);
            symbolsPerScale = alone[1] / alone[0];
        }
        double[] sk = scales(extent, rim, area, symbolsPerScale);
        double s = sk[0];
        double k = sk[1];
        double ew = Math.max(extent.width(), 1e-6);
        double eh = Math.max(extent.height(), 1e-6);
        double ox = area.minX() + (area.width() - ew * s) / 2 - extent.minX() * s;
        double oy = area.minY() + (area.height() - eh * s) / 2 - extent.minY() * s;
        if (options.map() != MapMode.NONE) {
            // Beyond the poles and the date line there is no map: the slack goes to the side that has some.
            var world = MapLayers.world();
            double air = rim * k / s;
            ox = within(ox, s, area.minX(), area.maxX(), world.minX(), world.maxX(), extent.minX() - air,
                    extent.maxX() + air);
            oy = within(oy, s, area.minY(), area.maxY(), world.minY(), world.maxY(), extent.minY() - air,
                    extent.maxY() + air);
        }
        return new SceneFrame(s, ox, oy, k, minLabelSize, area);
    }

    /**
     * The scale of positions and of symbols that fit {@code extent} with a rim of {@code rim} symbol units into
     * {@code area}, symbols at most {@code symbolsPerScale} times the positions' scale.
     */
    private static double[] scales(Bounds extent, double rim, Bounds area, double symbolsPerScale) {
        double ew = Math.max(extent.width(), 1e-6);
        double eh = Math.max(extent.height(), 1e-6);
        double k = 1;
        double s = 1;
        // Symbols depend on the scale and the scale on the room they take: a few rounds settle it.
        for (int round = 0; round < 4; round++) {
            s = Math.min(MAX_ZOOM, Math.min((area.width() - 2 * rim * k) / ew, (area.height() - 2 * rim * k) / eh));
            s = Math.max(s, 1e-6);
            k = Math.min(Room.symbolScale(s), s * symbolsPerScale);
        }
        return new double[] {s, k};
    }

    /**
     * The origin that shows {@code [min, max]} of the area (frame units) as much within {@code [worldMin, worldMax]}
     * (layout units) as it can at scale {@code s} while still showing {@code [keepMin, keepMax]} (the extent and its
     * rim: organisations may stand beyond the map's edge); unchanged when the area shows more than the world.
     */
    private static double within(double origin, double s, double min, double max, double worldMin, double worldMax,
                                 double keepMin, double keepMax) {
        double from = (min - origin) / s;
        double length = (max - min) / s;
        if (length >= worldMax - worldMin) {
            return origin;
        }
        double wanted = Math.min(Math.max(from, worldMin), worldMax - length);
        // The window must still hold what it has to show; the centred window did, so the range is not empty.
        double lowest = Math.min(from, keepMax - length);
        double highest = Math.max(from, keepMin);
        double start = Math.max(lowest, Math.min(highest, wanted));
        return min - start * s;
    }

    /**
     * Bounds of the positions of the vertices a scene of {@code view} draws (layout units), or null for none. With a
     * map, also the land of the view's states near their capitals ({@link MapLayers#crop}): a picture of Europe on the
     * map shows Europe's coasts, not only its capitals.
     */
    public static Bounds extent(AlignmentView view, Positions positions, SceneOptions options) {
        var vertices = vertexExtent(view, positions, options);
        if (vertices == null || options.map() == MapMode.NONE) {
            return vertices;
        }
        var land = MapLayers.crop(view.source().dataset(), view.criteria().year(),
                view.states().stream().map(State::id).toList());
        return land == null ? vertices : vertices.union(land);
    }

    private static Bounds vertexExtent(AlignmentView view, Positions positions, SceneOptions options) {
        Bounds extent = null;
        for (var a : view.vertices()) {
            if (!SceneBuilder.drawsVertexOf(a, options)) {
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

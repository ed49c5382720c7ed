package org.allianceatlas.export.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.layout.EqualEarthProjection;
import org.allianceatlas.map.AllianceChanges;
import org.allianceatlas.map.AllianceFills;
import org.allianceatlas.map.MapExtent;
import org.allianceatlas.map.MapPath;
import org.allianceatlas.map.MapShape;
import org.allianceatlas.map.WorldMap;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Organisation;

/**
 * The map layers of a picture (geographic layout only), in page units, for the scene builder to draw first: the
 * sea, the land (every state its own {@link Drawable.Area} with its id), coasts and borders, and on the alliance map
 * dots for states too small to see. Under the graph the land is one quiet colour; on the alliance map each state is
 * filled by the organisations it belongs to ({@link AllianceFills}): one colour per organisation from {@link
 * VisualStyle#allianceColours()}, stripes of the others over the first colour for a state in several, neutral for the
 * rest; in compare mode joined ({@link VisualStyle#added()}), left ({@link VisualStyle#ended()}), both (stripes) or
 * unchanged.
 *
 * <p>Everything lies within {@code area}: shapes across its edge are clipped (JTS, in the map package), so a picture
 * cropped to Europe carries no shape of Asia. Stateless.
 */
public final class MapLayers {

    /** Layer names, back to front. */
    public static final String SEA = "map-sea";
    public static final String LAND = "map-land";
    public static final String BORDERS = "map-borders";
    public static final String DOTS = "map-dots";

    /** How far (page units) simplification may move a point: a quarter pixel at scale 1, invisible. */
    static final double SIMPLIFY_PX = 0.25;

    /** Shapes smaller than this on the page (square page units) also get a dot on the alliance map. */
    static final double DOT_BELOW_AREA = 12;

    private MapLayers() {
    }

    /** {@link #build(WorldMap, MapRequest, Dataset, LayoutToPage, Bounds, VisualStyle)} with the shipped map. */
    public static MapPicture build(MapRequest request, Dataset dataset, LayoutToPage toPage, Bounds area,
                                   VisualStyle style) {
        return build(WorldMap.shipped(), request, dataset, toPage, area, style);
    }

    /**
     * The map of {@code request} for the part of the page {@code area} shows.
     *
     * @param toPage where layout units land on the page (the graph's transform, so capitals and shapes line up)
     * @param area   the part of the page the map fills (the graph's area), page units
     * @param style  the theme's style: its map colours and alliance palette
     * @return no layers for {@link MapMode#NONE}
     * @throws IllegalArgumentException when a requested organisation is not in the dataset
     */
    public static MapPicture build(WorldMap map, MapRequest request, Dataset dataset, LayoutToPage toPage, Bounds area,
                                   VisualStyle style) {
        Objects.requireNonNull(request, "request");
        if (request.mode() == MapMode.NONE) {
            return MapPicture.none();
        }
        var yearMap = map.year(request.year(), dataset);
        double line = Math.max(0.4, 0.0006 * Math.min(area.width(), area.height()));
        // Inset by half a line so that strokes along the edge stay inside the area too.
        double inset = line;
        var clip = new MapExtent(toPage.layoutX(area.minX() + inset), toPage.layoutY(area.minY() + inset),
                toPage.layoutX(area.maxX() - inset), toPage.layoutY(area.maxY() - inset));
        var drawing = yearMap.drawing(clip, SIMPLIFY_PX / toPage.scale());
        boolean alliances = request.mode() == MapMode.ALLIANCES;

        var fills = alliances ? fills(request, dataset, style, line) : null;
        var sea = new ArrayList<Drawable>();
        if (!drawing.sphere().isEmpty()) {
            sea.add(new Drawable.Area(null, page(drawing.sphere(), toPage), style.mapSea(), null, null, 0));
        }
        var land = new ArrayList<Drawable>();
        var dots = new ArrayList<Drawable>();
        for (var shape : drawing.shapes()) {
            var fill = fills != null && shape.isState() && fills.coloured(shape.stateId())
                    ? fills.fill(shape.stateId()) : alliances ? style.mapNeutral() : style.mapLand();
            var hatch = fills == null || !shape.isState() ? null : fills.hatch(shape.stateId());
            land.add(new Drawable.Area(shape.isState() ? shape.stateId() : null, page(shape.path(), toPage), fill,
                    hatch, null, 0));
            if (fills != null && shape.isState() && fills.coloured(shape.stateId())
                    && shape.area() * toPage.scale() * toPage.scale() < DOT_BELOW_AREA) {
                dot(dots, dataset, shape, fill, toPage, area, line);
            }
        }
        if (fills != null) {
            for (var s : yearMap.dotStates()) {
                if (fills.coloured(s.id())) {
                    var p = EqualEarthProjection.project(s.lat(), s.lon());
                    addDot(dots, toPage.x(p.x()), toPage.y(p.y()), fills.fill(s.id()), area, line);
                }
            }
        }
        var borders = new ArrayList<Drawable>();
        if (!drawing.coasts().isEmpty()) {
            borders.add(new Drawable.Polyline(page(drawing.coasts(), toPage), style.mapCoast(), line));
        }
        if (!drawing.borders().isEmpty()) {
            borders.add(new Drawable.Polyline(page(drawing.borders(), toPage),
                    alliances ? style.mapFillBorder() : style.mapBorder(), line * (alliances ? 1.3 : 1)));
        }
        var layers = List.of(new Layer(SEA, sea), new Layer(LAND, land), new Layer(BORDERS, borders),
                new Layer(DOTS, dots));
        return new MapPicture(layers, fills == null ? List.of() : fills.legend());
    }

    private static void dot(List<Drawable> dots, Dataset dataset, MapShape shape, Rgb fill,
                            LayoutToPage toPage, Bounds area, double line) {
        var state = dataset.state(shape.stateId());
        if (state.isEmpty()) {
            return;
        }
        var p = EqualEarthProjection.project(state.get().lat(), state.get().lon());
        addDot(dots, toPage.x(p.x()), toPage.y(p.y()), fill, area, line);
    }

    /** A dot of a state too small to see, where it fits in the area: 2.2 px on a 1080-px-high slide. */
    private static void addDot(List<Drawable> dots, double x, double y, Rgb fill, Bounds area, double line) {
        double r = 2.2 * line / 0.6;
        if (x - r >= area.minX() && x + r <= area.maxX() && y - r >= area.minY() && y + r <= area.maxY()) {
            dots.add(new Drawable.Circle(x, y, r, fill, null, 0, null));
        }
    }

    /** A path in layout units as parts in page units. */
    private static List<double[]> page(MapPath path, LayoutToPage t) {
        var out = new ArrayList<double[]>(path.parts().size());
        for (var p : path.parts()) {
            var q = new double[p.length];
            for (int i = 0; i + 1 < p.length; i += 2) {
                q[i] = t.x(p[i]);
                q[i + 1] = t.y(p[i + 1]);
            }
            out.add(q);
        }
        return out;
    }

    private static Fills fills(MapRequest request, Dataset dataset, VisualStyle style, double line) {
        double spacing = 6 * line / 0.6;
        if (request.compareFrom() != null) {
            return Fills.changes(AllianceChanges.between(dataset, request.compareFrom(), request.year(),
                    request.organisations(), request.inView()), style, spacing);
        }
        return Fills.members(AllianceFills.of(dataset, request.year(), request.organisations(), request.inView()),
                style, spacing);
    }

    /** The fill of every coloured state and the legend that explains them. */
    private record Fills(Map<String, Rgb> fills, Map<String, Drawable.Hatch> hatches,
                         List<MapLegendEntry> legend) {

        boolean coloured(String stateId) {
            return fills.containsKey(stateId);
        }

        Rgb fill(String stateId) {
            return fills.get(stateId);
        }

        Drawable.Hatch hatch(String stateId) {
            return hatches.get(stateId);
        }

        static Fills members(AllianceFills a, VisualStyle style, double spacing) {
            var palette = style.allianceColours();
            var orgs = a.organisations();
            var fills = new HashMap<String, Rgb>();
            var hatches = new HashMap<String, Drawable.Hatch>();
            for (var e : a.byState().entrySet()) {
                var colours = e.getValue().stream().map(o -> colour(palette, orgs, o, style)).toList();
                fills.put(e.getKey(), colours.get(0));
                if (colours.size() > 1) {
                    hatches.put(e.getKey(), new Drawable.Hatch(colours.subList(1, colours.size()), spacing));
                }
            }
            var legend = new ArrayList<MapLegendEntry>();
            for (var combination : a.combinations()) {
                var colours = combination.stream().map(o -> colour(palette, orgs, o, style)).toList();
                var text = combination.stream().map(Organisation::shortLabel).collect(Collectors.joining(" and "));
                legend.add(new MapLegendEntry(colours.get(0), colours.size() > 1
                        ? new Drawable.Hatch(colours.subList(1, colours.size()), spacing) : null, text));
            }
            legend.add(new MapLegendEntry(style.mapNeutral(), null, orgs.isEmpty() ? "No organisation chosen"
                    : "In none of these"));
            return new Fills(fills, hatches, legend);
        }

        static Fills changes(AllianceChanges c, VisualStyle style, double spacing) {
            var fills = new HashMap<String, Rgb>();
            var hatches = new HashMap<String, Drawable.Hatch>();
            var kinds = EnumSet.noneOf(AllianceChanges.Change.class);
            for (var e : c.changes().values()) {
                kinds.add(e.change());
                switch (e.change()) {
                    case JOINED -> fills.put(e.stateId(), style.added());
                    case LEFT -> fills.put(e.stateId(), style.ended());
                    case JOINED_AND_LEFT -> {
                        fills.put(e.stateId(), style.added());
                        hatches.put(e.stateId(), new Drawable.Hatch(List.of(style.ended()), spacing));
                    }
                    case STAYED -> fills.put(e.stateId(), style.mapUnchanged());
                }
            }
            var names = c.organisations().stream().map(Organisation::shortLabel).collect(Collectors.joining(", "));
            var since = " since " + c.from();
            var legend = new ArrayList<MapLegendEntry>();
            if (kinds.contains(AllianceChanges.Change.JOINED)) {
                legend.add(new MapLegendEntry(style.added(), null, "Joined" + since));
            }
            if (kinds.contains(AllianceChanges.Change.LEFT)) {
                legend.add(new MapLegendEntry(style.ended(), null, "Left" + since));
            }
            if (kinds.contains(AllianceChanges.Change.JOINED_AND_LEFT)) {
                legend.add(new MapLegendEntry(style.added(), new Drawable.Hatch(List.of(style.ended()), spacing),
                        "Joined one and left another" + since));
            }
            if (kinds.contains(AllianceChanges.Change.STAYED)) {
                legend.add(new MapLegendEntry(style.mapUnchanged(), null, "Unchanged"));
            }
            legend.add(new MapLegendEntry(style.mapNeutral(), null, names.isEmpty() ? "No organisation chosen"
                    : "In none of " + names));
            return new Fills(fills, hatches, legend);
        }

        private static Rgb colour(List<Rgb> palette, List<Organisation> orgs, Organisation o, VisualStyle style) {
            int i = orgs.indexOf(o);
            return i >= 0 && i < palette.size() ? palette.get(i) : style.mapUnchanged();
        }
    }
}

package org.allianceatlas.export.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.layout.EqualEarthProjection;
import org.allianceatlas.layout.Extent;
import org.allianceatlas.map.AllianceChanges;
import org.allianceatlas.map.AllianceFills;
import org.allianceatlas.map.MapPath;
import org.allianceatlas.map.MapShape;
import org.allianceatlas.map.WorldMap;
import org.allianceatlas.map.YearMap;
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

    /**
     * How far around its capital a state's land counts when a picture with the map is cropped to the states in view,
     * layout units ({@link YearMap#mainBounds}: distant islands left out): European Russia to the Urals and the eastern
     * United States, not Siberia, Alaska, the Canary Islands or the overseas departments of France.
     */
    public static final double CROP_REACH = 100;

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
        return build(map, request, dataset, toPage, area, style, lineWidth(area));
    }

    /**
     * {@link #build(WorldMap, MapRequest, Dataset, LayoutToPage, Bounds, VisualStyle)} with the width of coasts and
     * borders given (page units), rather than taken from the size of the area: the canvas draws the world's map in
     * screen pixels and wants lines of the same width at every zoom.
     *
     * @param line width of coasts and borders, page units; dots and the stripes' spacing scale with it
     */
    public static MapPicture build(WorldMap map, MapRequest request, Dataset dataset, LayoutToPage toPage, Bounds area,
                                   VisualStyle style, double line) {
        Objects.requireNonNull(request, "request");
        if (request.mode() == MapMode.NONE) {
            return MapPicture.none();
        }
        var yearMap = map.year(request.year(), dataset);
        // Inset by half a line so that strokes along the edge stay inside the area too.
        double inset = line;
        var clip = new Extent(toPage.layoutX(area.minX() + inset), toPage.layoutY(area.minY() + inset),
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

    /**
     * The map of {@code request} made from {@code previous}, a picture {@link #build} made of the same map with other
     * fills: the same year's borders, the same mode (the alliance map), transform, area and line width. Its geometry
     * is reused as it is; only the fills, stripes, dots and legend are made again — a year change on the alliance map
     * that moves no border costs a pass over the states instead of one over every point of the map.
     *
     * @throws IllegalArgumentException when a requested organisation is not in the dataset
     */
    public static MapPicture refill(MapPicture previous, MapRequest request, Dataset dataset, LayoutToPage toPage,
                                    Bounds area, VisualStyle style, double line) {
        Objects.requireNonNull(previous, "previous");
        if (request.mode() != MapMode.ALLIANCES) {
            throw new IllegalArgumentException("only the alliance map's fills can be made again");
        }
        var fills = fills(request, dataset, style, line);
        var land = new ArrayList<Drawable>();
        var dots = new ArrayList<Drawable>();
        for (var layer : previous.layers()) {
            if (!layer.name().equals(LAND)) {
                continue;
            }
            for (var d : layer.items()) {
                var a = (Drawable.Area) d;
                var id = a.id();
                boolean coloured = id != null && fills.coloured(id);
                var fill = coloured ? fills.fill(id) : style.mapNeutral();
                land.add(new Drawable.Area(id, a.rings(), fill, coloured ? fills.hatch(id) : null, null, 0));
                if (coloured && ringArea(a.rings()) < DOT_BELOW_AREA) {
                    dataset.state(id).ifPresent(st -> {
                        var p = EqualEarthProjection.project(st.lat(), st.lon());
                        addDot(dots, toPage.x(p.x()), toPage.y(p.y()), fill, area, line);
                    });
                }
            }
        }
        for (var s : WorldMap.shipped().year(request.year(), dataset).dotStates()) {
            if (fills.coloured(s.id())) {
                var p = EqualEarthProjection.project(s.lat(), s.lon());
                addDot(dots, toPage.x(p.x()), toPage.y(p.y()), fills.fill(s.id()), area, line);
            }
        }
        var layers = new ArrayList<Layer>();
        for (var layer : previous.layers()) {
            layers.add(switch (layer.name()) {
                case LAND -> new Layer(LAND, land);
                case DOTS -> new Layer(DOTS, dots);
                default -> layer;
            });
        }
        return new MapPicture(layers, fills.legend());
    }

    /** The area of a shape's rings on the page (even-odd: holes are small enough to ignore for a dot's threshold). */
    private static double ringArea(List<double[]> rings) {
        double total = 0;
        for (var r : rings) {
            double sum = 0;
            for (int i = 0; i + 1 < r.length; i += 2) {
                int j = (i + 2) % r.length;
                sum += r[i] * r[j + 1] - r[j] * r[i + 1];
            }
            total += Math.abs(sum) / 2;
        }
        return total;
    }

    /** The width of coasts and borders on a page whose map fills {@code area}: 0.65 px on a 1080-px-high slide. */
    static double lineWidth(Bounds area) {
        return Math.max(0.4, 0.0006 * Math.min(area.width(), area.height()));
    }

    /**
     * The legend rows of the alliance map of {@code request} (what {@link #build} returns with its layers), without
     * drawing it; empty for any other map.
     *
     * @throws IllegalArgumentException when a requested organisation is not in the dataset
     */
    public static List<MapLegendEntry> legend(MapRequest request, Dataset dataset, VisualStyle style) {
        return request.mode() != MapMode.ALLIANCES ? List.of() : fills(request, dataset, style, 1).legend();
    }

    /**
     * The box (layout units) a picture of {@code stateIds} on the map of {@code year} is cropped to: the main land of
     * each within {@link #CROP_REACH} of its capital ({@link YearMap#mainBounds}); null when no state has land or
     * capital.
     */
    public static Bounds crop(Dataset dataset, int year, Collection<String> stateIds) {
        return WorldMap.shipped().year(year, dataset).mainBounds(stateIds, CROP_REACH)
                .map(e -> new Bounds(e.minX(), e.minY(), e.maxX(), e.maxY())).orElse(null);
    }

    /** The extent of the whole map (the Equal Earth world's outline), layout units. */
    public static Bounds world() {
        var e = WorldMap.shipped().sphere().extent();
        return new Bounds(e.minX(), e.minY(), e.maxX(), e.maxY());
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
                // Named as they were in the year shown: no "EU" on a map of 1985.
                var text = combination.stream().map(o -> o.shortLabelIn(a.year()))
                        .collect(Collectors.joining(" and "));
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
            var names = c.organisations().stream().map(o -> o.shortLabelIn(c.to())).collect(Collectors.joining(", "));
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

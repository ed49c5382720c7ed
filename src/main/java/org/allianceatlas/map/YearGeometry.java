package org.allianceatlas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.allianceatlas.layout.Extent;
import org.allianceatlas.layout.LayoutArea;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The geometry of one assignment of today's shapes (and their parts) to states: the shapes of the states and of land
 * of no state, borders and coasts, and a spatial index for hit tests. Shared by every year with the same assignment
 * (and by every dataset that gives the same one). Immutable after construction.
 */
final class YearGeometry {

    /** One filled shape with its JTS geometry and its point locator. */
    record Entry(MapShape shape, Geometry geometry, IndexedPointInAreaLocator locator) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byState;
    private final List<LineString> borders;
    private final List<LineString> coasts;
    private final STRtree index = new STRtree();
    private final MapDrawing drawing;

    private YearGeometry(List<Entry> entries, List<LineString> borders, List<LineString> coasts, MapPath sphere) {
        this.entries = List.copyOf(entries);
        var states = new HashMap<String, Entry>();
        for (var e : entries) {
            if (e.shape().isState()) {
                states.put(e.shape().stateId(), e);
                index.insert(e.geometry().getEnvelopeInternal(), e);
            }
        }
        this.byState = Map.copyOf(states);
        index.build();
        this.borders = List.copyOf(borders);
        this.coasts = List.copyOf(coasts);
        this.drawing = new MapDrawing(sphere, entries.stream().map(Entry::shape).toList(), lines(coasts),
                lines(borders));
    }

    /**
     * Builds the geometry for {@code holders}: for every piece of the map, the holder (state id or null) of each of
     * its parts, keyed by part id (a piece that is not cut, or whose parts have one holder, has one entry under its
     * own id).
     */
    static YearGeometry build(WorldMap map, Map<String, Map<String, String>> holders) {
        // Which parts each state holds, and the geometry of every part.
        var partsOf = new TreeMap<String, List<String>>();
        var unheld = new ArrayList<String>();
        var partGeometry = new HashMap<String, Geometry>();
        var cutLines = new ArrayList<Geometry>();
        for (var piece : map.pieces()) {
            var parts = holders.get(piece.id());
            if (parts.size() == 1) {
                partGeometry.put(piece.id(), piece.geometry());
            } else {
                var split = map.split(piece.id());
                partGeometry.putAll(split.parts());
                var restKey = key(piece.id(), parts.get(piece.id()));
                for (var line : split.cutLines().entrySet()) {
                    if (!key(line.getKey(), parts.get(line.getKey())).equals(restKey)) {
                        cutLines.add(line.getValue());
                    }
                }
            }
            for (var part : parts.entrySet()) {
                if (part.getValue() == null) {
                    unheld.add(part.getKey());
                } else {
                    partsOf.computeIfAbsent(part.getValue(), k -> new ArrayList<>()).add(part.getKey());
                }
            }
        }

        var entries = new ArrayList<Entry>();
        for (var held : partsOf.entrySet()) {
            var ids = held.getValue().stream().sorted().toList();
            var g = ids.size() == 1 ? partGeometry.get(ids.get(0)) : map.union(ids, partGeometry::get);
            entries.add(entry(held.getKey(), held.getKey(), g));
        }
        unheld.stream().sorted().forEach(id -> entries.add(entry(null, id, partGeometry.get(id))));

        // Borders: every arc between pieces whose holders differ, once; coasts: arcs with land on one side only. Along
        // a cut piece the holder may change within an arc (Russia's border with Ukraine runs past Crimea's part).
        var borders = new ArrayList<LineString>();
        var coasts = new ArrayList<LineString>();
        var pieces = map.pieces();
        for (int i = 0; i < map.arcCount(); i++) {
            var arc = map.arc(i);
            int a = map.arcSideA(i);
            int b = map.arcSideB(i);
            if (a < 0 || b < 0 && arc.edge()) {
                continue;
            }
            for (var line : lines(arc.xy())) {
                if (b < 0) {
                    coasts.add(line);
                    continue;
                }
                for (var sideA : byPart(map, pieces.get(a).id(), holders, line)) {
                    for (var sideB : byPart(map, pieces.get(b).id(), holders, sideA.line())) {
                        if (!sideA.key().equals(sideB.key())) {
                            borders.add(sideB.line());
                        }
                    }
                }
            }
        }
        for (var g : cutLines) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString ls && !ls.isEmpty()) {
                    borders.add(ls);
                }
            }
        }
        return new YearGeometry(entries, borders, coasts, map.sphere());
    }

    /** A stretch of an arc and the key of the holder of the part it bounds on one side. */
    private record Stretch(LineString line, String key) {
    }

    /** A line along the outline of a piece, in stretches by the part of the piece each bounds. */
    private static List<Stretch> byPart(WorldMap map, String pieceId, Map<String, Map<String, String>> holders,
                                        LineString line) {
        var parts = holders.get(pieceId);
        if (parts.size() == 1) {
            var only = parts.entrySet().iterator().next();
            return List.of(new Stretch(line, key(only.getKey(), only.getValue())));
        }
        var out = new ArrayList<Stretch>();
        Geometry rest = line;
        for (var cut : map.split(pieceId).cutters().entrySet()) {
            if (rest.isEmpty() || !rest.getEnvelopeInternal().intersects(cut.getValue().getEnvelopeInternal())) {
                continue;
            }
            var in = OverlayNGRobust.overlay(rest, cut.getValue(), OverlayNG.INTERSECTION);
            for (var l : lineStrings(in)) {
                out.add(new Stretch(l, key(cut.getKey(), parts.get(cut.getKey()))));
            }
            rest = OverlayNGRobust.overlay(rest, cut.getValue(), OverlayNG.DIFFERENCE);
        }
        for (var l : lineStrings(rest)) {
            out.add(new Stretch(l, key(pieceId, parts.get(pieceId))));
        }
        return out;
    }

    private static List<LineString> lineStrings(Geometry g) {
        var out = new ArrayList<LineString>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof LineString ls && !ls.isEmpty()) {
                out.add(ls);
            }
        }
        return out;
    }

    /** What tells holders apart: the state's id, or for land of no state the part itself. */
    private static String key(String partId, String holder) {
        return holder != null ? holder : "#" + partId;
    }

    private static Entry entry(String stateId, String key, Geometry g) {
        var shape = new MapShape(stateId, key, rings(g), g.getArea());
        return new Entry(shape, g, new IndexedPointInAreaLocator(g));
    }

    List<Entry> entries() {
        return entries;
    }

    Entry state(String stateId) {
        return byState.get(stateId);
    }

    MapDrawing drawing() {
        return drawing;
    }

    /** The state whose shape contains the point (its border included), or null. */
    String stateAt(double x, double y) {
        var c = new Coordinate(x, y);
        for (var o : index.query(new Envelope(c))) {
            var e = (Entry) o;
            if (e.locator().locate(c) != Location.EXTERIOR) {
                return e.shape().stateId();
            }
        }
        return null;
    }

    /**
     * The shapes and lines simplified to one tolerance: their geometry, and the shapes ready to draw (areas are those
     * of the unsimplified shapes). Made once per tolerance step and kept.
     */
    private record Level(double tolerance, List<Geometry> geometries, List<MapShape> shapes,
                         List<LineString> borders, List<LineString> coasts, MapDrawing whole) {
    }

    /** Finest simplification step, layout units; a tolerance below it draws the shapes as they are. */
    private static final double FINEST = 1.0 / 64;
    private static final int STEPS = 16;

    private final Map<Integer, Level> levels = new ConcurrentHashMap<>();

    /** The level for a tolerance: the largest step (a power of two times {@link #FINEST}) not above it. */
    private Level level(double tolerance) {
        int step = tolerance < FINEST ? -1
                : Math.min(STEPS, (int) Math.floor(Math.log(tolerance / FINEST) / Math.log(2)));
        return levels.computeIfAbsent(step, s -> {
            double t = s < 0 ? 0 : FINEST * Math.pow(2, s);
            var geometries = new ArrayList<Geometry>(entries.size());
            var shapes = new ArrayList<MapShape>(entries.size());
            for (var e : entries) {
                var g = simplified(e.geometry(), t);
                geometries.add(g);
                shapes.add(g == e.geometry() ? e.shape()
                        : new MapShape(e.shape().stateId(), e.shape().key(), rings(g), e.shape().area()));
            }
            var b = simplified(borders, t);
            var c = simplified(coasts, t);
            var whole = new MapDrawing(drawing.sphere(), shapes, lines(c), lines(b));
            return new Level(t, geometries, shapes, b, c, whole);
        });
    }

    /**
     * The drawing cut to a box: shapes and lines outside it dropped, those across its edge clipped (JTS); with a
     * positive tolerance, simplified (Douglas–Peucker) by at most that many layout units, which a renderer chooses
     * below a pixel. A shape that would vanish keeps its detail; areas stay those of the unsimplified shapes.
     * Simplified shapes are kept per power-of-two step of the tolerance, so a view of the whole world is a lookup.
     */
    MapDrawing drawing(Extent clip, double tolerance) {
        var level = level(tolerance);
        var box = new Envelope(clip.minX(), clip.maxX(), clip.minY(), clip.maxY());
        var world = drawing.sphere().extent();
        if (box.contains(new Envelope(world.minX(), world.maxX(), world.minY(), world.maxY()))) {
            return level.whole();
        }
        var rect = WorldMap.FACTORY.toGeometry(box);
        var shapes = new ArrayList<MapShape>();
        for (int i = 0; i < entries.size(); i++) {
            var g = level.geometries().get(i);
            var env = g.getEnvelopeInternal();
            if (box.contains(env)) {
                shapes.add(level.shapes().get(i));
            } else if (box.intersects(env)) {
                // Clip the exact shape (a simplified one may touch itself, which overlay refuses), then simplify.
                var cut = OverlayNGRobust.overlay(entries.get(i).geometry(), rect, OverlayNG.INTERSECTION);
                if (!cut.isEmpty() && cut.getArea() > 0) {
                    var shape = level.shapes().get(i);
                    shapes.add(new MapShape(shape.stateId(), shape.key(), rings(simplified(cut, level.tolerance())),
                            cut.getArea()));
                }
            }
        }
        var sphere = WorldMap.FACTORY.createPolygon(coordinates(drawing.sphere().parts().get(0), true));
        var sea = OverlayNGRobust.overlay(sphere, rect, OverlayNG.INTERSECTION);
        return new MapDrawing(rings(sea), shapes, lines(clip(level.coasts(), box, rect)),
                lines(clip(level.borders(), box, rect)));
    }

    private static Geometry simplified(Geometry g, double tolerance) {
        if (tolerance <= 0) {
            return g;
        }
        var simplifier = new DouglasPeuckerSimplifier(g);
        simplifier.setDistanceTolerance(tolerance);
        // Drawn with the even-odd rule, a sub-pixel self-touch is invisible; making it valid would cost more.
        simplifier.setEnsureValid(false);
        var s = simplifier.getResultGeometry();
        return s.isEmpty() || s.getArea() <= 0 ? g : s;
    }

    private static List<LineString> simplified(List<LineString> lines, double tolerance) {
        if (tolerance <= 0) {
            return lines;
        }
        var out = new ArrayList<LineString>(lines.size());
        for (var l : lines) {
            out.add(l.getNumPoints() <= 2 ? l : (LineString) DouglasPeuckerSimplifier.simplify(l, tolerance));
        }
        return out;
    }

    private static List<LineString> clip(List<LineString> lines, Envelope box, Geometry rect) {
        var out = new ArrayList<LineString>();
        for (var l : lines) {
            var env = l.getEnvelopeInternal();
            if (box.contains(env)) {
                out.add(l);
            } else if (box.intersects(env)) {
                var cut = OverlayNGRobust.overlay(l, rect, OverlayNG.INTERSECTION);
                for (int i = 0; i < cut.getNumGeometries(); i++) {
                    if (cut.getGeometryN(i) instanceof LineString ls && !ls.isEmpty()) {
                        out.add(ls);
                    }
                }
            }
        }
        return out;
    }

    static MapPath rings(Geometry g) {
        var parts = new ArrayList<double[]>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                parts.add(xy(p.getExteriorRing().getCoordinates(), true));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    parts.add(xy(p.getInteriorRingN(h).getCoordinates(), true));
                }
            }
        }
        return new MapPath(parts, true);
    }

    private static MapPath lines(List<LineString> lines) {
        var parts = new ArrayList<double[]>(lines.size());
        for (var l : lines) {
            parts.add(xy(l.getCoordinates(), false));
        }
        return new MapPath(parts, false);
    }

    private static double[] xy(Coordinate[] coords, boolean ring) {
        int n = ring && coords.length > 1 ? coords.length - 1 : coords.length;
        var xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = coords[i].x;
            xy[2 * i + 1] = coords[i].y;
        }
        return xy;
    }

    /**
     * An arc as lines, split where it crosses the antimeridian (Natural Earth's shapes are stitched there; on the
     * plane the two sides are the map's two edges). Lines along an edge are not coasts: {@code Arc.edge}.
     */
    private static List<LineString> lines(double[] xy) {
        var out = new ArrayList<LineString>();
        int start = 0;
        int n = xy.length / 2;
        for (int i = 1; i <= n; i++) {
            if (i == n || Math.abs(xy[2 * i] - xy[2 * i - 2]) > LayoutArea.WIDTH / 2) {
                if (i - start >= 2) {
                    out.add(WorldMap.FACTORY.createLineString(coordinates(
                            java.util.Arrays.copyOfRange(xy, 2 * start, 2 * i), false)));
                }
                start = i;
            }
        }
        return out;
    }

    private static Coordinate[] coordinates(double[] xy, boolean close) {
        int n = xy.length / 2;
        var coords = new Coordinate[close ? n + 1 : n];
        for (int i = 0; i < n; i++) {
            coords[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        if (close) {
            coords[n] = new Coordinate(coords[0]);
        }
        return coords;
    }

    /** Holders as the signature of an assignment: equal signatures, equal geometry. */
    static String signature(Map<String, Map<String, String>> holders) {
        var sb = new StringBuilder();
        for (var piece : new TreeMap<>(holders).entrySet()) {
            for (var part : piece.getValue().entrySet()) {
                sb.append(part.getKey()).append('=').append(part.getValue()).append(';');
            }
        }
        return sb.toString();
    }
}

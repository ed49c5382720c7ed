package org.allianceatlas.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.allianceatlas.layout.EqualEarthProjection;
import org.allianceatlas.model.Dataset;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The shipped world map: today's country shapes (Natural Earth 1:50m admin-0, simplified; see docs/data.md, "The
 * map") in layout units of {@link EqualEarthProjection}, the arcs of their topology (each border between two shapes
 * is one arc, so it is drawn once) and the regions that cut historical states out of today's shapes (the east of
 * Germany, the south of Vietnam and of Yemen, Malaysia's Borneo). {@link #year} gives the map of one year.
 *
 * <p>Immutable and thread-safe. Unions and cuts are computed with JTS on first use and kept, as are the maps of the
 * last {@value #CACHED_YEARS} distinct assignments of shapes to states (a year change that moves no border costs a
 * map lookup).
 */
public final class WorldMap {

    /** Floating precision: coordinates are projected doubles, shared exactly by neighbouring shapes. */
    static final GeometryFactory FACTORY = new GeometryFactory();

    private static final String RESOURCE = "world.bin";
    private static final int CACHED_YEARS = 64;

    /**
     * How far (layout units, about 16 km each at the equator) a cut region reaches beyond its own outline where it
     * is not cut against another region: admin-1 units (1:10m) and countries (1:50m) differ by a few kilometres
     * along the outer border, and land in between belongs to the part it touches.
     */
    private static final double CUT_REACH = 3;

    private static volatile WorldMap shipped;

    /** Today's shape of one id. */
    record Piece(String id, Geometry geometry) {
    }

    /**
     * A region cut out of piece {@code pieceId}, named like {@code DEU.E}: the area of the part ({@code inside}) and,
     * when given, the area on the other side of the cut ({@code outside}, else null).
     */
    record Region(String name, String pieceId, Geometry inside, Geometry outside) {

        /**
         * What the piece is cut with: {@code inside} reaching {@link #CUT_REACH} beyond its outline except across
         * the cut, where it ends exactly at {@code outside}.
         */
        Geometry cutter() {
            if (outside == null) {
                return inside;
            }
            // Only the cut itself must be exact, and it is the outside's edge; the rest of the outline may be coarse
            // (simplified by less than the reach, then grown by it), which makes the buffer cheap.
            var reach = DouglasPeuckerSimplifier.simplify(inside, CUT_REACH / 3).buffer(CUT_REACH, 2);
            return OverlayNGRobust.overlay(reach, outside, OverlayNG.DIFFERENCE);
        }
    }

    /**
     * A piece cut by its regions: the parts by id (the rest keeps the piece's id), the lines between them, and what
     * each region cut with (in cut order), to tell which part a stretch of the piece's outline belongs to.
     */
    record Split(Map<String, Geometry> parts, Map<String, Geometry> cutLines, Map<String, Geometry> cutters) {
    }

    private final List<WorldMapReader.Arc> arcs;
    private final List<Piece> pieces;
    private final Map<String, Piece> pieceById;
    /** For each arc the indexes of the (at most two) pieces whose rings use it; -1 for none. */
    private final int[] arcSideA;
    private final int[] arcSideB;
    private final Map<String, List<Region>> regionsByPiece;
    private final MapPath sphere;
    private final Succession succession;
    private final Map<String, Split> splits = new ConcurrentHashMap<>();
    private final Map<String, Geometry> unions = new ConcurrentHashMap<>();
    private final Map<String, YearGeometry> years = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, YearGeometry> eldest) {
                    return size() > CACHED_YEARS;
                }
            });

    private WorldMap(WorldMapReader.Contents contents, Succession succession) {
        this.arcs = contents.arcs();
        this.succession = succession;
        this.arcSideA = new int[arcs.size()];
        this.arcSideB = new int[arcs.size()];
        Arrays.fill(arcSideA, -1);
        Arrays.fill(arcSideB, -1);
        var list = new ArrayList<Piece>();
        var byId = new HashMap<String, Piece>();
        for (var rawPiece : contents.pieces()) {
            int index = list.size();
            var polygons = new ArrayList<Polygon>();
            for (var raw : rawPiece.polygons()) {
                for (var refs : raw.arcRings()) {
                    for (int ref : refs) {
                        side(ref < 0 ? ~ref : ref, index);
                    }
                }
                if (raw.cutRings() != null) {
                    // Cut at the antimeridian: each ring is a polygon of its own (the cut left no holes).
                    for (var xy : raw.cutRings()) {
                        polygons.add(FACTORY.createPolygon(ring(xy)));
                    }
                    continue;
                }
                var linear = new ArrayList<LinearRing>();
                for (var refs : raw.arcRings()) {
                    var ring = ring(refs);
                    if (ring != null) {
                        linear.add(ring);
                    }
                }
                if (!linear.isEmpty()) {
                    polygons.add(FACTORY.createPolygon(linear.get(0),
                            linear.subList(1, linear.size()).toArray(LinearRing[]::new)));
                }
            }
            // Valid as derived (WorldMapTest checks every shape): validating here would cost more than loading.
            var piece = new Piece(rawPiece.id(), FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
            list.add(piece);
            if (byId.put(rawPiece.id(), piece) != null) {
                throw new IllegalStateException("world map: shape " + rawPiece.id() + " given twice");
            }
        }
        this.pieces = List.copyOf(list);
        this.pieceById = Map.copyOf(byId);
        var regions = new HashMap<String, List<Region>>();
        for (var r : contents.regions()) {
            int dot = r.name().indexOf('.');
            var pieceId = dot < 0 ? r.name() : r.name().substring(0, dot);
            if (!pieceById.containsKey(pieceId)) {
                throw new IllegalStateException("world map: region " + r.name() + " cuts unknown shape " + pieceId);
            }
            regions.computeIfAbsent(pieceId, k -> new ArrayList<>())
                    .add(new Region(r.name(), pieceId, r.inside(), r.outside()));
        }
        regions.replaceAll((k, v) -> List.copyOf(v));
        this.regionsByPiece = Map.copyOf(regions);
        this.sphere = sphereOutline();
    }

    /** The map shipped in the jar, read once (about 130 KB; a few milliseconds warm, see docs/benchmarks.md). */
    public static WorldMap shipped() {
        var map = shipped;
        if (map == null) {
            synchronized (WorldMap.class) {
                map = shipped;
                if (map == null) {
                    map = load();
                    shipped = map;
                }
            }
        }
        return map;
    }

    /** Reads the shipped resource anew (what {@link #shipped()} does once; for benchmarks and tests). */
    public static WorldMap load() {
        try (var in = WorldMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/allianceatlas/map/" + RESOURCE);
            }
            return read(in, RESOURCE, Succession.shipped());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the world map", e);
        }
    }

    /**
     * Reads a map in the format of {@code world.bin}.
     *
     * @throws IllegalStateException naming {@code name} when the data is corrupt
     */
    public static WorldMap read(InputStream in, String name, Succession succession) throws IOException {
        return new WorldMap(WorldMapReader.read(in, name, FACTORY), succession);
    }

    /**
     * The map of {@code year} for the states of {@code dataset}: each of today's shapes (or part of one) is held by
     * the state the {@link Succession} rules name, among the dataset's states that exist in the year.
     */
    public YearMap year(int year, Dataset dataset) {
        return YearMap.of(this, year, dataset);
    }

    /** The ids of today's shapes: ISO 3166-1 alpha-3 codes, and a few map-only ids starting with {@code _}. */
    public Set<String> shapeIds() {
        return pieceById.keySet();
    }

    /** The outline of the world (the sphere in Equal Earth), closed, in layout units: where the sea is. */
    public MapPath sphere() {
        return sphere;
    }

    /** Total number of arc points: a measure of the map's detail. */
    public int pointCount() {
        int n = 0;
        for (var a : arcs) {
            n += a.xy().length / 2;
        }
        return n;
    }

    public Succession succession() {
        return succession;
    }

    // ---- for YearMap

    List<Piece> pieces() {
        return pieces;
    }

    Piece piece(String id) {
        return pieceById.get(id);
    }

    List<Region> regions(String pieceId) {
        return regionsByPiece.getOrDefault(pieceId, List.of());
    }

    int arcCount() {
        return arcs.size();
    }

    WorldMapReader.Arc arc(int i) {
        return arcs.get(i);
    }

    int arcSideA(int i) {
        return arcSideA[i];
    }

    int arcSideB(int i) {
        return arcSideB[i];
    }

    YearGeometry yearGeometry(String signature, Function<String, YearGeometry> build) {
        var cached = years.get(signature);
        if (cached == null) {
            cached = build.apply(signature);
            years.put(signature, cached);
        }
        return cached;
    }

    /** The parts of a piece cut by its regions; computed once. */
    Split split(String pieceId) {
        return splits.computeIfAbsent(pieceId, id -> {
            Geometry rest = pieceById.get(id).geometry();
            var parts = new LinkedHashMap<String, Geometry>();
            var lines = new LinkedHashMap<String, Geometry>();
            var cutters = new LinkedHashMap<String, Geometry>();
            for (var r : regionsByPiece.getOrDefault(id, List.of())) {
                var cutter = r.cutter();
                cutters.put(r.name(), cutter);
                var part = OverlayNGRobust.overlay(rest, cutter, OverlayNG.INTERSECTION);
                var line = OverlayNGRobust.overlay(cutter.getBoundary(), rest, OverlayNG.INTERSECTION);
                parts.put(r.name(), polygonal(part));
                lines.put(r.name(), line);
                rest = OverlayNGRobust.overlay(rest, cutter, OverlayNG.DIFFERENCE);
            }
            parts.put(id, polygonal(rest));
            return new Split(Map.copyOf(parts), Map.copyOf(lines), Collections.unmodifiableMap(cutters));
        });
    }

    /**
     * The union of shapes (or parts) held by one state, keyed by the sorted part ids; computed once. Neighbouring
     * shapes share their border arcs exactly, so a coverage union (fast, exact) is tried first.
     */
    Geometry union(List<String> partIds, Function<String, Geometry> part) {
        var key = String.join("+", partIds);
        return unions.computeIfAbsent(key, k -> {
            var geometries = partIds.stream().map(part).toArray(Geometry[]::new);
            Geometry u;
            try {
                u = CoverageUnion.union(geometries);
                if (u == null || !u.isValid()) {
                    u = UnaryUnionOp.union(List.of(geometries));
                }
            } catch (RuntimeException notACoverage) {
                // Cut parts are noded apart from the arcs; the general union handles them.
                u = UnaryUnionOp.union(List.of(geometries));
            }
            return polygonal(u);
        });
    }

    private static Geometry polygonal(Geometry g) {
        var polygons = new ArrayList<Polygon>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                polygons.add(p);
            } else if (g.getGeometryN(i) instanceof MultiPolygon mp) {
                for (int j = 0; j < mp.getNumGeometries(); j++) {
                    polygons.add((Polygon) mp.getGeometryN(j));
                }
            }
        }
        return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private void side(int arc, int piece) {
        if (arcSideA[arc] < 0) {
            arcSideA[arc] = piece;
        } else if (arcSideA[arc] != piece && arcSideB[arc] < 0) {
            arcSideB[arc] = piece;
        }
    }

    /** A ring from arc references, the joint points not repeated; null when it collapsed below a triangle. */
    private LinearRing ring(int[] refs) {
        var coords = new ArrayList<Coordinate>();
        for (int ref : refs) {
            var xy = arcs.get(ref < 0 ? ~ref : ref).xy();
            int n = xy.length / 2;
            for (int k = coords.isEmpty() ? 0 : 1; k < n; k++) {
                int i = ref < 0 ? n - 1 - k : k;
                coords.add(new Coordinate(xy[2 * i], xy[2 * i + 1]));
            }
        }
        if (coords.size() < 4) {
            return null;
        }
        if (!coords.get(0).equals2D(coords.get(coords.size() - 1))) {
            coords.add(new Coordinate(coords.get(0)));
        }
        return FACTORY.createLinearRing(coords.toArray(Coordinate[]::new));
    }

    private static LinearRing ring(double[] xy) {
        var coords = new Coordinate[xy.length / 2];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return FACTORY.createLinearRing(coords);
    }

    private static MapPath sphereOutline() {
        var xy = new double[2 * (2 * 181)];
        int k = 0;
        for (int lat = 90; lat >= -90; lat--) {
            var p = EqualEarthProjection.project(lat, -180);
            xy[k++] = p.x();
            xy[k++] = p.y();
        }
        for (int lat = -90; lat <= 90; lat++) {
            var p = EqualEarthProjection.project(lat, 180);
            xy[k++] = p.x();
            xy[k++] = p.y();
        }
        return new MapPath(List.of(xy), true);
    }
}

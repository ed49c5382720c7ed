package org.allianceatlas.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.allianceatlas.layout.EqualEarthProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads {@code world.bin} (written by {@code scripts/map/derive-map.mjs}; the format is in docs/data.md, "The map")
 * and projects every point with {@link EqualEarthProjection}, so that shapes share the layout's units exactly.
 */
final class WorldMapReader {

    /** An arc of the topology: its points in layout units and whether it lies on the map's edge. */
    record Arc(double[] xy, boolean edge) {
    }

    /**
     * One polygon of a shape: its rings as arc references ({@code ~i}: arc i reversed), which tell its borders and
     * coasts, and for a polygon cut at the antimeridian its rings within the map as points ({@code x0, y0, …}, layout
     * units, closed), else null.
     */
    record RawPolygon(int[][] arcRings, List<double[]> cutRings) {
    }

    /** Today's shape of one id. */
    record RawPiece(String id, List<RawPolygon> polygons) {
    }

    /** A cut region: the area of the part ({@code inside}) and, when given, the area it is cut against. */
    record RawRegion(String name, MultiPolygon inside, MultiPolygon outside) {
    }

    record Contents(List<Arc> arcs, List<RawPiece> pieces, List<RawRegion> regions) {
    }

    private final byte[] data;
    private final String name;
    private final GeometryFactory factory;
    private int pos;
    private int quanta;

    private WorldMapReader(byte[] data, String name, GeometryFactory factory) {
        this.data = data;
        this.name = name;
        this.factory = factory;
    }

    static Contents read(InputStream in, String name, GeometryFactory factory) throws IOException {
        return new WorldMapReader(in.readAllBytes(), name, factory).contents();
    }

    private Contents contents() {
        var magic = new byte[] {'A', 'A', 'M', 'A', 'P', 1};
        if (data.length < magic.length || !Arrays.equals(Arrays.copyOf(data, magic.length), magic)) {
            throw corrupt("not a version 1 world map (bad header)");
        }
        pos = magic.length;
        quanta = uvar();
        if (quanta <= 0) {
            throw corrupt("bad quantisation " + quanta);
        }
        int arcCount = uvar();
        var arcs = new ArrayList<Arc>(arcCount);
        for (int i = 0; i < arcCount; i++) {
            arcs.add(arc());
        }
        int pieceCount = uvar();
        var pieces = new ArrayList<RawPiece>(pieceCount);
        for (int i = 0; i < pieceCount; i++) {
            var id = string();
            int polygonCount = uvar();
            var polygons = new ArrayList<RawPolygon>(polygonCount);
            for (int p = 0; p < polygonCount; p++) {
                int kind = uvar();
                if (kind > 1) {
                    throw corrupt("shape " + id + " has a polygon of unknown kind " + kind);
                }
                var rings = new int[uvar()][];
                for (int r = 0; r < rings.length; r++) {
                    var refs = new int[uvar()];
                    for (int k = 0; k < refs.length; k++) {
                        refs[k] = svar();
                        int arc = refs[k] < 0 ? ~refs[k] : refs[k];
                        if (arc >= arcCount) {
                            throw corrupt("shape " + id + " refers to arc " + arc + " of " + arcCount);
                        }
                    }
                    rings[r] = refs;
                }
                List<double[]> cut = null;
                if (kind == 1) {
                    cut = new ArrayList<>();
                    int n = uvar();
                    for (int r = 0; r < n; r++) {
                        cut.add(arc().xy());
                    }
                }
                polygons.add(new RawPolygon(rings, cut));
            }
            pieces.add(new RawPiece(id, polygons));
        }
        int regionCount = uvar();
        var regions = new ArrayList<RawRegion>(regionCount);
        for (int i = 0; i < regionCount; i++) {
            var regionName = string();
            var inside = multiPolygon();
            var outside = multiPolygon();
            regions.add(new RawRegion(regionName, inside, outside.isEmpty() ? null : outside));
        }
        if (pos != data.length) {
            throw corrupt((data.length - pos) + " bytes after the end");
        }
        return new Contents(arcs, pieces, regions);
    }

    private Arc arc() {
        int n = uvar();
        var xy = new double[2 * n];
        int qx = 0;
        int qy = 0;
        boolean edge = true;
        for (int i = 0; i < n; i++) {
            qx += svar();
            qy += svar();
            double lon = (double) qx / quanta - 180;
            double lat = (double) qy / quanta - 90;
            // The antimeridian and the south pole's line bound shapes only because the sphere was cut there.
            edge &= Math.abs(lon) >= 179.99 || lat <= -89.99;
            var p = EqualEarthProjection.project(lat, lon);
            xy[2 * i] = p.x();
            xy[2 * i + 1] = p.y();
        }
        return new Arc(xy, edge && n > 0);
    }

    private MultiPolygon multiPolygon() {
        var polygons = new Polygon[uvar()];
        for (int p = 0; p < polygons.length; p++) {
            int ringCount = uvar();
            var rings = new ArrayList<LinearRing>(ringCount);
            for (int r = 0; r < ringCount; r++) {
                var arc = arc();
                var coords = new Coordinate[arc.xy().length / 2];
                for (int i = 0; i < coords.length; i++) {
                    coords[i] = new Coordinate(arc.xy()[2 * i], arc.xy()[2 * i + 1]);
                }
                if (coords.length < 4 || !coords[0].equals2D(coords[coords.length - 1])) {
                    throw corrupt("a region ring is not closed or has fewer than 4 points");
                }
                rings.add(factory.createLinearRing(coords));
            }
            if (rings.isEmpty()) {
                throw corrupt("a region polygon has no ring");
            }
            var holes = rings.subList(1, rings.size()).toArray(LinearRing[]::new);
            polygons[p] = factory.createPolygon(rings.get(0), holes);
        }
        return factory.createMultiPolygon(polygons);
    }

    private String string() {
        int n = uvar();
        if (pos + n > data.length) {
            throw corrupt("truncated");
        }
        var s = new String(data, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    private int svar() {
        int v = uvar();
        return (v >>> 1) ^ -(v & 1);
    }

    private int uvar() {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            if (pos >= data.length) {
                throw corrupt("truncated");
            }
            int b = data[pos++] & 0xff;
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw corrupt("varint too long");
    }

    private IllegalStateException corrupt(String what) {
        return new IllegalStateException(name + ": corrupt world map at byte " + pos + ": " + what
                + " (derive it again with scripts/map: npm ci && npm run derive)");
    }
}

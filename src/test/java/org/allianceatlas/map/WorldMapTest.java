package org.allianceatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.allianceatlas.layout.LayoutArea;
import org.allianceatlas.model.State;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;

/** The shipped map: every state drawn, historical states right, hit test, bounds, borders once. */
class WorldMapTest {

    private static Geometry shape(int year, String id) {
        return ShippedMap.year(year).geometry(id)
                .orElseThrow(() -> new AssertionError(id + " has no shape in " + year));
    }

    @Test
    void everyShapeOfTheShippedMapIsAValidPolygon() {
        for (var piece : ShippedMap.map().pieces()) {
            var op = new IsValidOp(piece.geometry());
            assertTrue(op.isValid(), piece.id() + ": " + op.getValidationError());
            assertTrue(piece.geometry().getArea() > 0, piece.id() + " has no area");
            var env = piece.geometry().getEnvelopeInternal();
            assertTrue(env.getMinX() >= -1e-6 && env.getMaxX() <= LayoutArea.WIDTH + 1e-6, piece.id()
                    + " lies outside the map: " + env);
        }
    }

    @Test
    void everyShippedStateThatExistsTodayHasAShapeExceptTheDots() {
        var year = ShippedMap.year(2024);
        var dots = year.dotStates().stream().map(State::id).toList();
        assertEquals(List.of("TUV"), dots, "only Tuvalu lacks a shape at 1:50m");
        for (var s : ShippedMap.dataset().states()) {
            if (s.existsIn(2024) && !dots.contains(s.id())) {
                assertTrue(year.shape(s.id()).isPresent(), s.id() + " exists in 2024 but has no shape");
            }
        }
        // The rest of the dataset: historical states, each drawn in a year of its existence.
        for (var id : List.of("SUN:1985", "YUG:1985", "SCG:2000", "CSK:1985", "DDR:1985", "XSV:1970",
                "YMD:1985")) {
            var parts = id.split(":");
            assertTrue(ShippedMap.year(Integer.parseInt(parts[1])).shape(parts[0]).isPresent(), id);
        }
    }

    @Test
    void theDataDocsListExactlyTheStatesDrawnAsDots() throws Exception {
        var doc = Files.readString(Path.of("docs/data.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("<!-- map-dots -->");
        int end = doc.indexOf("<!-- /map-dots -->");
        assertTrue(start >= 0 && end > start, "docs/data.md needs the generated list between <!-- map-dots --> "
                + "and <!-- /map-dots -->");
        var listed = doc.substring(start + "<!-- map-dots -->".length(), end).strip();
        var expected = dotList();
        assertEquals(expected, listed, "update the list in docs/data.md (\"The map\") to:\n" + expected);
    }

    /** The dot states of every year from 1945 to 2026, with the years, as the docs list them. */
    static String dotList() {
        var ids = new java.util.TreeMap<String, List<Integer>>();
        for (int y = 1945; y <= 2026; y++) {
            for (var s : ShippedMap.year(y).dotStates()) {
                ids.computeIfAbsent(s.id() + " (" + s.name() + ")", k -> new ArrayList<>()).add(y);
            }
        }
        return ids.entrySet().stream()
                .map(e -> "- " + e.getKey() + ": " + e.getValue().get(0) + "–" + e.getValue().get(e.getValue().size()
                        - 1))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theSovietUnionIsTheUnionOfItsSuccessors() {
        var sun = shape(1985, "SUN");
        double sum = 0;
        for (var id : List.of("RUS", "UKR", "BLR", "MDA", "GEO", "ARM", "AZE", "KAZ", "UZB", "TKM", "KGZ", "TJK",
                "EST", "LVA", "LTU")) {
            var successor = shape(2024, id);
            sum += successor.getArea();
            assertTrue(successor.difference(sun).getArea() < 1e-6 * successor.getArea(), id + " lies in SUN");
        }
        assertEquals(sum, sun.getArea(), 1e-6 * sum, "SUN is exactly its successors, no more");
        assertTrue(sun.isValid());
    }

    @Test
    void yugoslaviaCzechoslovakiaAndSerbiaAndMontenegroCoverTheirSuccessors() {
        assertCovers(shape(1985, "YUG"), 2024, "SVN", "HRV", "BIH", "SRB", "MNE", "MKD", "XKX");
        assertCovers(shape(2000, "SCG"), 2024, "SRB", "MNE", "XKX");
        assertCovers(shape(1985, "CSK"), 2024, "CZE", "SVK");
    }

    private static void assertCovers(Geometry union, int year, String... ids) {
        double sum = 0;
        for (var id : ids) {
            var g = shape(year, id);
            sum += g.getArea();
            assertTrue(g.difference(union).getArea() < 1e-6 * g.getArea(), id + " lies in the union");
        }
        assertEquals(sum, union.getArea(), 1e-6 * sum);
    }

    @Test
    void germanyIsSplitAlongTheInnerGermanBorderWhileTheDdrExists() {
        var ddr = shape(1985, "DDR");
        var west = shape(1985, "DEU");
        var united = shape(2024, "DEU");
        assertEquals(united.getArea(), ddr.getArea() + west.getArea(), 1e-6 * united.getArea(),
                "East and West make today's Germany");
        assertTrue(ddr.intersection(west).getArea() < 1e-9 * united.getArea(), "no overlap");
        // About 108,000 of 357,000 km²: the new Länder and Berlin.
        double share = ddr.getArea() / united.getArea();
        assertTrue(share > 0.28 && share < 0.33, "East Germany's share of Germany: " + share);
        var y1985 = ShippedMap.year(1985);
        assertEquals(Optional.of("DDR"), y1985.stateAt(ShippedMap.at(51.34, 12.37)), "Leipzig");
        assertEquals(Optional.of("DDR"), y1985.stateAt(ShippedMap.at(54.09, 12.14)), "Rostock");
        assertEquals(Optional.of("DEU"), y1985.stateAt(ShippedMap.at(50.73, 7.10)), "Bonn");
        assertEquals(Optional.of("DEU"), y1985.stateAt(ShippedMap.at(53.55, 10.0)), "Hamburg");
        assertEquals(Optional.of("DEU"), ShippedMap.year(1991).stateAt(ShippedMap.at(51.34, 12.37)), "Leipzig 1991");
    }

    @Test
    void vietnamAndYemenAreSplitWhileTheirSouthernStatesExist() {
        assertEquals(Optional.of("XSV"), ShippedMap.year(1970).stateAt(ShippedMap.at(10.78, 106.70)), "Saigon");
        assertEquals(Optional.of("VNM"), ShippedMap.year(1970).stateAt(ShippedMap.at(21.03, 105.85)), "Hanoi");
        assertEquals(Optional.of("VNM"), ShippedMap.year(1980).stateAt(ShippedMap.at(10.78, 106.70)), "Saigon 1980");
        assertEquals(Optional.of("YMD"), ShippedMap.year(1985).stateAt(ShippedMap.at(13.06, 44.88)), "Lahij");
        assertEquals(Optional.of("YMD"), ShippedMap.year(1985).stateAt(ShippedMap.at(15.9, 48.8)), "Hadramawt");
        assertEquals(Optional.of("YEM"), ShippedMap.year(1985).stateAt(ShippedMap.at(15.37, 44.19)), "Sana'a");
        assertEquals(Optional.of("YEM"), ShippedMap.year(1995).stateAt(ShippedMap.at(13.06, 44.88)), "Lahij 1995");
        assertCovers(ShippedMap.year(2024).geometry("VNM").orElseThrow().copy(), 1970, "VNM", "XSV");
    }

    @Test
    void historicalStatesExistOnlyInTheirYears() {
        assertTrue(ShippedMap.year(1985).shape("SUN").isPresent());
        assertFalse(ShippedMap.year(1995).shape("SUN").isPresent());
        assertFalse(ShippedMap.year(1985).shape("RUS").isPresent(), "Russia is inside the Soviet Union");
        assertFalse(ShippedMap.year(1985).shape("EST").isPresent(), "Estonia is drawn inside the Soviet Union");
        assertTrue(ShippedMap.year(1995).shape("EST").isPresent());
        assertFalse(ShippedMap.year(1991).shape("DDR").isPresent(), "the DDR acceded on 1990-10-03");
        assertTrue(ShippedMap.year(2000).shape("SCG").isPresent());
        assertFalse(ShippedMap.year(1990).shape("SCG").isPresent());
        assertFalse(ShippedMap.year(2010).shape("SCG").isPresent());
        assertFalse(ShippedMap.year(2000).shape("XKX").isPresent(), "Kosovo is in Serbia and Montenegro");
        assertEquals(Optional.of("SRB"), ShippedMap.year(2007).holder("XKX"), "Kosovo in Serbia, 2006-2007");
        assertTrue(ShippedMap.year(2010).shape("XKX").isPresent());
        assertEquals(Optional.of("PAK"), ShippedMap.year(1965).holder("BGD"));
        assertEquals(Optional.empty(), ShippedMap.year(1965).holder("NAM"), "South West Africa: no state");
    }

    @Test
    void theHitTestFindsFranceAtParisAndNothingInTheAtlantic() {
        var y = ShippedMap.year(2024);
        assertEquals(Optional.of("FRA"), y.stateAt(ShippedMap.at(48.8566, 2.3522)));
        assertEquals(Optional.empty(), y.stateAt(ShippedMap.at(30, -40)));
        assertEquals(Optional.of("RUS"), y.stateAt(ShippedMap.at(55.75, 37.62)));
        assertEquals(Optional.of("SUN"), ShippedMap.year(1985).stateAt(ShippedMap.at(55.75, 37.62)));
        assertEquals(Optional.of("RUS"), y.stateAt(ShippedMap.at(65.5, 178)), "Chukotka, east of 180°");
        assertEquals(Optional.of("RUS"), y.stateAt(ShippedMap.at(66.5, -173)), "Chukotka, west of 180°");
        assertEquals(Optional.empty(), y.stateAt(ShippedMap.at(72, -40)), "Greenland is land of no state");
        assertEquals(Optional.of("UKR"), y.stateAt(ShippedMap.at(44.95, 34.1)), "Simferopol: Crimea is Ukraine's");
        assertEquals(Optional.of("RUS"), y.stateAt(ShippedMap.at(45.04, 38.98)), "Krasnodar");
        assertEquals(Optional.of("SUN"), ShippedMap.year(1985).stateAt(ShippedMap.at(44.95, 34.1)), "Crimea in 1985");
    }

    @Test
    void bordersAreDrawnOnceAndOnlyBetweenDifferentHolders() {
        var kharkivBorder = ShippedMap.at(50.4, 36.0).x(); // the Russia–Ukraine border north of Kharkiv
        var today = ShippedMap.year(2024).drawing();
        var soviet = ShippedMap.year(1985).drawing();
        assertTrue(nearBorder(today, ShippedMap.at(50.45, 35.6), 12), "a border between Russia and Ukraine today");
        assertFalse(nearBorder(soviet, ShippedMap.at(50.45, 35.6), 12), "none inside the Soviet Union");
        assertTrue(kharkivBorder > 0);
        assertTrue(nearBorder(soviet, ShippedMap.at(52.0, 10.6), 6), "the inner German border in 1985");
        assertFalse(nearBorder(today, ShippedMap.at(52.0, 10.6), 6), "none today");
        var seen = new HashSet<String>();
        for (var part : today.borders().parts()) {
            var key = segmentKey(part, 0);
            var reverse = segmentKey(part, part.length - 4);
            assertTrue(seen.add(key) && seen.add(reverse + "r"), "a border drawn twice at " + key);
        }
    }

    private static String segmentKey(double[] p, int i) {
        return Math.round(p[i] * 1000) + "," + Math.round(p[i + 1] * 1000) + "-" + Math.round(p[i + 2] * 1000) + ","
                + Math.round(p[i + 3] * 1000);
    }

    /** True when a border passes within {@code tolerance} layout units of p. */
    private static boolean nearBorder(MapDrawing d, org.allianceatlas.layout.Point p, double tolerance) {
        var point = WorldMap.FACTORY.createPoint(new Coordinate(p.x(), p.y()));
        for (var part : d.borders().parts()) {
            var coords = new Coordinate[part.length / 2];
            for (int i = 0; i < coords.length; i++) {
                coords[i] = new Coordinate(part[2 * i], part[2 * i + 1]);
            }
            if (coords.length >= 2 && WorldMap.FACTORY.createLineString(coords).distance(point) < tolerance) {
                return true;
            }
        }
        return false;
    }

    @Test
    void boundsOfEuropeKeepTheLandNearTheCapitals() {
        var y = ShippedMap.year(2024);
        var france = y.bounds(List.of("FRA"), 100).orElseThrow();
        assertTrue(france.maxY() < ShippedMap.at(38, 0).y(), "French Guiana and Réunion are left out: " + france);
        assertTrue(france.contains(ShippedMap.at(43.3, 5.4).x(), ShippedMap.at(43.3, 5.4).y()), "Marseille is in");
        var europe = y.bounds(List.of("PRT", "ISL", "NOR", "RUS", "GRC", "FRA"), 100).orElseThrow();
        assertTrue(europe.maxX() < ShippedMap.at(56, 70).x(), "Siberia is left out: " + europe);
        assertTrue(europe.minX() <= ShippedMap.at(64, -22).x(), "Iceland is in");
        assertEquals(Optional.empty(), y.bounds(List.of("XXX"), 100));
        var tuvalu = y.bounds(List.of("TUV"), 100).orElseThrow();
        assertEquals(0, tuvalu.width(), 1e-9, "a dot state counts as its capital");
    }

    @Test
    void aCorruptMapIsRefusedWithItsNameAndWhatToDo() {
        var bytes = "AAMAP\u0001junk".getBytes(StandardCharsets.ISO_8859_1);
        var e = assertThrows(IllegalStateException.class, () -> WorldMap.read(new ByteArrayInputStream(bytes),
                "broken.bin", Succession.shipped()));
        assertTrue(e.getMessage().startsWith("broken.bin: corrupt world map"), e.getMessage());
        assertTrue(e.getMessage().contains("npm run derive"), e.getMessage());
        var notAMap = assertThrows(IllegalStateException.class, () -> WorldMap.read(
                new ByteArrayInputStream(new byte[] {1, 2, 3}), "x.bin", Succession.shipped()));
        assertTrue(notAMap.getMessage().contains("bad header"), notAMap.getMessage());
    }
}

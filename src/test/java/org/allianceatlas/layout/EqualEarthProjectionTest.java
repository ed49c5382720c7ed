package org.allianceatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EqualEarthProjectionTest {

    private static final Point PARIS = EqualEarthProjection.project(48.8566, 2.3522);
    private static final Point BERLIN = EqualEarthProjection.project(52.5200, 13.4050);
    private static final Point OSLO = EqualEarthProjection.project(59.9139, 10.7522);
    private static final Point ROME = EqualEarthProjection.project(41.9028, 12.4964);
    private static final Point CANBERRA = EqualEarthProjection.project(-35.2809, 149.1300);
    private static final Point WASHINGTON = EqualEarthProjection.project(38.9072, -77.0369);

    @Test
    void parisIsWestOfBerlin() {
        assertTrue(PARIS.x() < BERLIN.x());
    }

    @Test
    void osloIsNorthOfRome() {
        assertTrue(OSLO.y() < ROME.y(), "y grows downwards");
    }

    @Test
    void canberraIsSouthEastOfEverything() {
        for (var p : new Point[] {PARIS, BERLIN, OSLO, ROME, WASHINGTON}) {
            assertTrue(CANBERRA.x() > p.x() && CANBERRA.y() > p.y());
        }
    }

    @Test
    void theWorldSpansTheLayoutWidthAndIsCentred() {
        assertEquals(0, EqualEarthProjection.project(0, -180).x(), 1e-9);
        assertEquals(LayoutArea.WIDTH, EqualEarthProjection.project(0, 180).x(), 1e-9);
        var origin = EqualEarthProjection.project(0, 0);
        assertEquals(LayoutArea.WIDTH / 2, origin.x(), 1e-9);
        assertEquals(LayoutArea.HEIGHT / 2, origin.y(), 1e-9);
        double north = EqualEarthProjection.project(90, 0).y();
        double south = EqualEarthProjection.project(-90, 0).y();
        assertEquals(LayoutArea.HEIGHT / 2, (north + south) / 2, 1e-9, "symmetric about the equator");
        double height = south - north;
        assertTrue(height > 0.9 * LayoutArea.HEIGHT && height <= LayoutArea.HEIGHT,
                "Equal Earth is about 2.05:1, so the poles nearly fill the height: " + height);
    }

    @Test
    void areasArePreservedAtEveryLatitude() {
        // A 1° × 1° cell at latitude φ covers cos φ times the area of one at the equator (to first order).
        double equator = cellArea(0);
        for (double lat : new double[] {30, 45, 60, 75}) {
            double expected = Math.cos(Math.toRadians(lat + 0.5)) / Math.cos(Math.toRadians(0.5));
            assertEquals(expected, cellArea(lat) / equator, 0.01, "area ratio at " + lat + "°");
        }
    }

    @Test
    void longitudesOutsideTheRangeWrapAround() {
        var inside = EqualEarthProjection.project(10, -170);
        var wrapped = EqualEarthProjection.project(10, 190);
        assertEquals(inside.x(), wrapped.x(), 1e-9);
        assertEquals(inside.y(), wrapped.y(), 1e-9);
    }

    /** Area of the projected quadrilateral (lat..lat+1, 10..11), by the shoelace formula. */
    private static double cellArea(double lat) {
        var p = new Point[] {EqualEarthProjection.project(lat, 10), EqualEarthProjection.project(lat, 11),
                EqualEarthProjection.project(lat + 1, 11), EqualEarthProjection.project(lat + 1, 10)};
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            var a = p[i];
            var b = p[(i + 1) % p.length];
            sum += a.x() * b.y() - b.x() * a.y();
        }
        return Math.abs(sum) / 2;
    }
}

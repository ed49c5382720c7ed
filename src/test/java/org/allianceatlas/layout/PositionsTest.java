package org.allianceatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PositionsTest {

    private final Positions base = new Positions(Map.of("NOR", new Point(10, 20), "SWE", new Point(30, -5)));

    @Test
    void theBoundsHoldEveryPosition() {
        assertEquals(new Extent(10, -5, 30, 20), base.bounds());
        assertEquals(20, base.bounds().width());
        assertEquals(25, base.bounds().height());
    }

    @Test
    void noPositionsHaveTheOriginAsBounds() {
        assertEquals(Extent.ORIGIN, Positions.empty().bounds());
    }

    @Test
    void overridesWinAndNewVerticesJoin() {
        var merged = base.with(new Positions(Map.of("SWE", new Point(0, 0), "FIN", new Point(5, 5))));
        assertEquals(new Point(10, 20), merged.of("NOR").orElseThrow());
        assertEquals(new Point(0, 0), merged.of("SWE").orElseThrow());
        assertEquals(new Point(5, 5), merged.of("FIN").orElseThrow());
        assertEquals(3, merged.size());
        assertEquals(new Point(30, -5), base.of("SWE").orElseThrow(), "the original is unchanged");
    }

    @Test
    void noOverridesChangeNothing() {
        assertSame(base, base.with(Positions.empty()));
    }

    @Test
    void anExtentIsNeverInverted() {
        assertThrows(IllegalArgumentException.class, () -> new Extent(1, 0, 0, 0));
        var a = new Extent(0, 0, 1, 1);
        assertEquals(new Extent(-1, 0, 1, 3), a.union(new Extent(-1, 2, 0, 3)));
        assertEquals(new Extent(-1, -1, 2, 2), a.expand(1));
        assertEquals(List.of(true, false), List.of(a.contains(1, 1), a.contains(1.5, 1)));
    }
}

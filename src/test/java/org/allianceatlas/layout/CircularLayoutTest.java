package org.allianceatlas.layout;

import static org.allianceatlas.layout.LayoutFixtures.assertPlacedWithoutOverlap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.allianceatlas.model.Region;
import org.allianceatlas.model.State;
import org.junit.jupiter.api.Test;

class CircularLayoutTest {

    private final CircularLayout layout = new CircularLayout();
    private final Point centre = LayoutArea.centre();

    @Test
    void statesLieOnOneCircleAndOrganisationsInside() {
        var view = LayoutFixtures.view(2024);
        var p = layout.layout(view, Positions.empty());
        double radius = p.of("FRA").orElseThrow().distance(centre);
        assertTrue(radius >= CircularLayout.MIN_RADIUS - 1e-9);
        for (var s : view.states()) {
            assertEquals(radius, p.of(s.id()).orElseThrow().distance(centre), 1e-6, s.id());
        }
        for (var o : view.organisations()) {
            assertTrue(p.of(o.id()).orElseThrow().distance(centre) < radius, o.id() + " inside the circle");
        }
        assertPlacedWithoutOverlap(view, p, VertexSizes.STANDARD);
    }

    @Test
    void statesOfARegionAreNeighboursOnTheCircle() {
        var view = LayoutFixtures.view(2024);
        var p = layout.layout(view, Positions.empty());
        var byAngle = new ArrayList<>(view.states());
        byAngle.sort(Comparator.comparingDouble((State s) -> clockwiseFromTop(p.of(s.id()).orElseThrow())));
        List<Region> sequence = new ArrayList<>();
        for (var s : byAngle) {
            if (sequence.isEmpty() || sequence.get(sequence.size() - 1) != s.region()) {
                sequence.add(s.region());
            }
        }
        assertEquals(sequence.stream().distinct().count(), sequence.size(), "each region is one arc: " + sequence);
    }

    @Test
    void aStateKeepsItsSlotFromYearToYear() {
        var p1960 = layout.layout(LayoutFixtures.view(1960), Positions.empty());
        var p2024 = layout.layout(LayoutFixtures.view(2024), Positions.empty());
        assertEquals(p1960.of("FRA"), p2024.of("FRA"), "even computed from scratch");
        var continued = layout.layout(LayoutFixtures.view(2024), p1960);
        for (var e : p1960.asMap().entrySet()) {
            assertEquals(e.getValue(), continued.of(e.getKey()).orElseThrow());
        }
    }

    @Test
    void sameViewGivesTheSamePositions() {
        var view = LayoutFixtures.view(2024);
        assertEquals(layout.layout(view, Positions.empty()).asMap(), layout.layout(view, Positions.empty()).asMap());
    }

    private double clockwiseFromTop(Point p) {
        double a = Math.atan2(p.y() - centre.y(), p.x() - centre.x()) + Math.PI / 2;
        return a < 0 ? a + 2 * Math.PI : a;
    }
}

package org.allianceatlas.layout;

import static org.allianceatlas.layout.LayoutFixtures.assertPlacedWithoutOverlap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.model.State;
import org.junit.jupiter.api.Test;

class GeographicLayoutTest {

    private final GeographicLayout layout = new GeographicLayout();

    @Test
    void sameViewGivesTheSamePositions() {
        var view = LayoutFixtures.view(2024);
        assertEquals(layout.layout(view, Positions.empty()).asMap(), layout.layout(view, Positions.empty()).asMap());
    }

    @Test
    void vertexKeepsItsPositionWhenTheYearChanges() {
        var before = layout.layout(LayoutFixtures.view(1994), Positions.empty());
        var view1995 = LayoutFixtures.view(1995);
        var after = layout.layout(view1995, before);
        assertFalse(before.of("SWE").isPresent(), "Sweden has no tie before it joins the EU in 1995");
        assertTrue(after.of("SWE").isPresent() && after.of("FIN").isPresent());
        for (var e : before.asMap().entrySet()) {
            assertEquals(e.getValue(), after.of(e.getKey()).orElseThrow(), e.getKey() + " moved");
        }
        assertPlacedWithoutOverlap(view1995, after, VertexSizes.STANDARD);
    }

    @Test
    void noTwoVerticesOverlapEvenWhereCapitalsAreKilometresApart() {
        var view = LayoutFixtures.view(2024);
        var positions = layout.layout(view, Positions.empty());
        assertTrue(positions.of("VAT").isPresent() || !view.contains(stateOf(view, "VAT")));
        assertPlacedWithoutOverlap(view, positions, VertexSizes.STANDARD);
    }

    @Test
    void statesStayNearTheirCapitals() {
        var view = new AlignmentGraph(LayoutFixtures.world()).view(FilterCriteria.forYear(2024)
                .withShowIsolated(true));
        var positions = layout.layout(view, Positions.empty());
        for (var s : view.states()) {
            var capital = EqualEarthProjection.project(s.lat(), s.lon());
            double moved = positions.of(s.id()).orElseThrow().distance(capital);
            assertTrue(moved < 40, s.id() + " is " + moved + " units from its capital");
        }
        // Rome and the Vatican are 3 km apart: both drawn, a state's width apart, Rome still near Rome.
        assertTrue(positions.of("VAT").orElseThrow().distance(positions.of("ITA").orElseThrow()) >= 14);
    }

    @Test
    void organisationsSitAmongTheirMembers() {
        var view = LayoutFixtures.view(2024);
        var positions = layout.layout(view, Positions.empty());
        var anzus = positions.of("anzus").orElseThrow();
        var aus = positions.of("AUS").orElseThrow();
        var nzl = positions.of("NZL").orElseThrow();
        var usa = positions.of("USA").orElseThrow();
        double spread = Math.max(aus.distance(usa), nzl.distance(usa));
        assertTrue(anzus.distance(aus) < spread && anzus.distance(usa) < spread,
                "ANZUS lies between its members, not beyond them");
        // The EU's members are all in Europe: it must be drawn in Europe, not in the Atlantic or Asia.
        var eu = positions.of("eu").orElseThrow();
        var brussels = positions.of("BEL").orElseThrow();
        assertTrue(eu.distance(brussels) < 150, "EU is " + eu.distance(brussels) + " units from Brussels");
    }

    @Test
    void organisationsAreNeverDrawnOnTopOfAState() {
        var view = LayoutFixtures.view(1960);
        assertPlacedWithoutOverlap(view, layout.layout(view, Positions.empty()), VertexSizes.STANDARD);
    }

    @Test
    void largerVerticesGetMoreRoom() {
        VertexSizes big = (a, members) -> 20;
        var view = LayoutFixtures.view(2024);
        assertPlacedWithoutOverlap(view, new GeographicLayout(big).layout(view, Positions.empty()), big);
    }

    @Test
    void positionsOfVerticesNoLongerVisibleAreIgnored() {
        var view = LayoutFixtures.view(2024);
        var stale = new Positions(Map.of("XXX", new Point(1, 1)));
        var positions = layout.layout(view, stale);
        assertFalse(positions.of("XXX").isPresent());
        assertEquals(view.vertices().size(), positions.size());
    }

    @Test
    void theShippedWorldIsDrawnWithoutOverlap() {
        var loaded = new DatasetLoader().load(DataInput.shipped());
        assertTrue(loaded.usable(), loaded.report().format());
        var view = new AlignmentGraph(loaded.dataset()).view(FilterCriteria.forYear(2024).withShowIsolated(true));
        var positions = layout.layout(view, Positions.empty());
        assertPlacedWithoutOverlap(view, positions, VertexSizes.STANDARD);
        // Crowded Europe is pushed apart, but a state stays in its part of the world.
        for (var s : view.states()) {
            var capital = EqualEarthProjection.project(s.lat(), s.lon());
            double moved = positions.of(s.id()).orElseThrow().distance(capital);
            assertTrue(moved < 120, s.id() + " moved " + moved + " units from its capital");
        }
    }

    private static State stateOf(org.allianceatlas.graph.AlignmentView view, String id) {
        return view.source().dataset().state(id).orElseThrow();
    }
}

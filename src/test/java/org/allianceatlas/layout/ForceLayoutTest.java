package org.allianceatlas.layout;

import static org.allianceatlas.layout.LayoutFixtures.assertPlacedWithoutOverlap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Subregion;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    private final ForceLayout layout = new ForceLayout();

    @Test
    void sameSeedGivesTheSamePositions() {
        var view = LayoutFixtures.view(2024);
        assertEquals(layout.layout(view, Positions.empty()).asMap(), layout.layout(view, Positions.empty()).asMap());
    }

    @Test
    void aDifferentNumberOfIterationsGivesADifferentLayout() {
        var view = LayoutFixtures.view(2024);
        var longer = new ForceLayout(VertexSizes.STANDARD, 300, ForceLayout.DEFAULT_SEED);
        assertNotEquals(layout.layout(view, Positions.empty()).asMap(), longer.layout(view, Positions.empty()).asMap());
    }

    @Test
    void vertexKeepsItsPositionWhenTheYearChanges() {
        var before = layout.layout(LayoutFixtures.view(1994), Positions.empty());
        var view1995 = LayoutFixtures.view(1995);
        var after = layout.layout(view1995, before);
        for (var e : before.asMap().entrySet()) {
            assertEquals(e.getValue(), after.of(e.getKey()).orElseThrow(), e.getKey() + " moved");
        }
        assertTrue(after.of("SWE").isPresent() && before.of("SWE").isEmpty());
        assertPlacedWithoutOverlap(view1995, after, VertexSizes.STANDARD);
    }

    @Test
    void verticesDoNotOverlapAndStayInTheLayoutArea() {
        var view = LayoutFixtures.view(2024);
        var positions = layout.layout(view, Positions.empty());
        assertPlacedWithoutOverlap(view, positions, VertexSizes.STANDARD);
        var b = positions.bounds();
        double slack = 60;
        assertTrue(b.minX() >= -slack && b.minY() >= -slack && b.maxX() <= LayoutArea.WIDTH + slack
                && b.maxY() <= LayoutArea.HEIGHT + slack, "within the layout area: " + b);
    }

    @Test
    void tiedVerticesEndUpCloserThanUntiedOnes() {
        var view = LayoutFixtures.view(2024);
        var p = layout.layout(view, Positions.empty());
        double tied = 0;
        int nTied = 0;
        for (var t : view.ties()) {
            tied += p.of(view.first(t).id()).orElseThrow().distance(p.of(view.second(t).id()).orElseThrow());
            nTied++;
        }
        double all = 0;
        int nAll = 0;
        var ids = List.copyOf(p.asMap().keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                all += p.of(ids.get(i)).orElseThrow().distance(p.of(ids.get(j)).orElseThrow());
                nAll++;
            }
        }
        assertTrue(tied / nTied < all / nAll, "mean tie length " + tied / nTied + " vs mean distance " + all / nAll);
    }

    @Test
    void aSingleVertexGetsAFinitePosition() {
        var view = new AlignmentGraph(LayoutFixtures.world()).view(FilterCriteria.forYear(2024).withShowIsolated(true)
                .withSubregions(Selection.only(List.of(Subregion.EASTERN_ASIA)))
                .withOrganisations(Selection.only(List.of())));
        assertEquals(1, view.vertices().size(), "Japan alone");
        assertPlacedWithoutOverlap(view, layout.layout(view, Positions.empty()), VertexSizes.STANDARD);
    }

    @Test
    void anEmptyViewHasNoPositions() {
        var view = new AlignmentGraph(Dataset.empty()).view(FilterCriteria.forYear(2024));
        assertEquals(0, layout.layout(view, Positions.empty()).size());
    }

    @Test
    void iterationsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ForceLayout(VertexSizes.STANDARD, 0, 1));
    }
}

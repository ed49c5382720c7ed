package org.allianceatlas.bench.legibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LegibilityTest {

    @Test
    void aKnownOverlapIsCountedOncePerPair() {
        var overlapping = Legibility.measure(Svgs.read(Svgs.slide("""
                <g class="labels" font-size="10">
                  <text x="100" y="100">Germany</text>
                  <text x="130" y="104">Austria</text>
                  <text x="100" y="300">Spain</text>
                </g>
                """)));
        assertEquals(1, overlapping.overlappingLabels());
        assertEquals(1, overlapping.examples().size());
        assertTrue(overlapping.examples().get(0).contains("Germany") && overlapping.examples().get(0)
                .contains("Austria"));

        var apart = Legibility.measure(Svgs.read(Svgs.slide("""
                <g class="labels" font-size="10">
                  <text x="100" y="100">Germany</text>
                  <text x="100" y="130">Austria</text>
                  <text x="100" y="300">Spain</text>
                </g>
                """)));
        assertEquals(0, apart.overlappingLabels());
    }

    @Test
    void boxesThatOnlyTouchDoNotOverlap() {
        var a = new Box(0, 0, 10, 10);
        assertFalse(a.overlaps(new Box(10, 0, 20, 10), Legibility.TOLERANCE_PX), "side by side");
        assertFalse(a.overlaps(new Box(9.9, 0, 20, 10), Legibility.TOLERANCE_PX), "within the rounding of the SVG");
        assertTrue(a.overlaps(new Box(9, 0, 20, 10), Legibility.TOLERANCE_PX));
    }

    @Test
    void aLabelOnAnotherVertexIsCountedAndOneOnItsOwnIsNot() {
        // Slovenia's label runs over Croatia's circle; Croatia's label is clear of everything.
        var report = Legibility.measure(Svgs.read(Svgs.slide("""
                <g class="vertices">
                  <circle cx="100" cy="100" r="6"><title>Slovenia</title></circle>
                  <circle cx="125" cy="97" r="6"><title>Croatia</title></circle>
                </g>
                <g class="labels" font-size="10">
                  <text x="108" y="103">SVN</text>
                  <text x="133" y="60">HRV</text>
                </g>
                """)));
        assertEquals(1, report.labelsOnOtherVertex());
        assertTrue(report.examples().contains("label \"SVN\" lies on vertex Croatia"), report.examples().toString());

        // Gephi draws each label centred on its own node: that is not a label on another vertex.
        var centred = Legibility.measure(Svgs.read(Svgs.slide("""
                <g id="nodes">
                  <circle class="id_SVN" cx="100" cy="100" r="20"/><circle class="id_HRV" cx="300" cy="100" r="20"/>
                </g>
                <g id="node-labels" style="text-anchor: middle; dominant-baseline: central" font-size="12">
                  <text class="id_SVN" x="100" y="100">Slovenia</text>
                  <text class="id_HRV" x="300" y="100">Croatia</text>
                </g>
                """)));
        assertEquals(0, centred.labelsOnOtherVertex());
        assertEquals(2, centred.byKey());
        assertEquals(0, centred.overlappingVertices(), "the two nodes are apart");
    }

    @Test
    void labelsAreMatchedToVerticesOneToOne() {
        // Both labels are nearer the left vertex; one to one, the farther label belongs to the right vertex.
        var picture = Svgs.read(Svgs.slide("""
                <g class="vertices"><circle cx="100" cy="100" r="5"/><circle cx="200" cy="100" r="5"/></g>
                <g class="labels" font-size="10" style="dominant-baseline: central">
                  <text x="140" y="100">far</text>
                  <text x="120" y="100">near</text>
                </g>
                """));
        var owners = Legibility.owners(picture.labels(), picture.vertices(), new HashMap<>(), new HashMap<>(),
                new int[3]);
        assertSame(picture.vertices().get(1), owners.get(0));
        assertSame(picture.vertices().get(0), owners.get(1));
    }

    @Test
    void aLabelThatSaysTheTooltipBelongsToThatVertex() {
        var report = Legibility.measure(Svgs.read(Svgs.slide("""
                <g class="vertices">
                  <circle cx="100" cy="100" r="5"><title>France</title></circle>
                  <circle cx="140" cy="100" r="5"><title>Spain</title></circle>
                </g>
                <g class="labels" font-size="10"><text x="70" y="80">France</text><text x="150" y="104">Spain</text></g>
                """)));
        assertEquals(2, report.byTitle());
        assertEquals(0, report.byNearest());
    }

    @Test
    void theSmallestStateLabelIsInSlidePixelsAndSkipsOrganisations() {
        var svg = Svgs.page("0 0 960 540", """
                <g class="vertices">
                  <circle cx="100" cy="100" r="5"><title>France</title></circle>
                  <circle cx="100" cy="300" r="5"><title>Spain</title></circle>
                  <rect x="300" y="95" width="10" height="10"><title>NATO</title></rect>
                </g>
                <g class="labels">
                  <text x="108" y="103" font-size="7">FRA</text>
                  <text x="108" y="303" font-size="9">ESP</text>
                  <text x="313" y="103" font-size="5">NATO</text>
                </g>
                """);
        var report = Legibility.measure(Svgs.read(svg));
        assertEquals(14, report.smallestStateLabel(), 1e-9, "7 units on a 960-unit page are 14 px on the slide");
        assertEquals(16, report.medianStateLabel(), 1e-9);

        // Told which vertices are states, it no longer needs shapes: here NATO is called a state.
        var told = Legibility.measure(Svgs.read(svg), StateNames.predicate(Set.of("NATO")));
        assertEquals(10, told.smallestStateLabel(), 1e-9);
    }

    @Test
    void theDrawingsShareOfThePageAndOfTheAreaBesideTheLegend() {
        var picture = Svgs.read(Svgs.slide("""
                <g class="vertices"><circle cx="100" cy="100" r="10"/><circle cx="1000" cy="600" r="10"/></g>
                <g class="legend"><rect x="1500" y="100" width="400" height="400"/></g>
                <g class="caption"><text x="40" y="1060" font-size="12">Data: somewhere</text></g>
                """));
        var report = Legibility.measure(picture);
        double drawing = 920.0 * 520.0;
        assertEquals(drawing / (1920 * 1080), report.pageFilled(), 1e-9);
        double free = 1500 * picture.caption().minY();
        assertEquals(drawing / free, report.besideLegendFilled(), 1e-9);
        assertEquals(new Box(0, 0, 1500, picture.caption().minY()), Legibility.besideLegend(picture));
    }

    @Test
    void labelsPastTheEdgeAreCounted() {
        var report = Legibility.measure(Svgs.read(Svgs.slide("""
                <g class="labels" font-size="20">
                  <text x="1900" y="500">Cut off</text><text x="100" y="500">Fine</text>
                </g>
                """)));
        assertEquals(1, report.labelsOffPage());
    }
}

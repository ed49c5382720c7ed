package org.allianceatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layouts of every year at once, on the shipped data. */
class TimelineLayoutTest {

    private static AlignmentGraph graph;

    @BeforeAll
    static void load() {
        graph = new AlignmentGraph(new DatasetLoader().load(DataInput.shipped()).dataset());
    }

    private static Positions layout(FilterCriteria c, double w, double h) {
        return TimelineLayout.layout(graph.timeline(c, 1920, 2026), LayoutKind.GEOGRAPHIC, VertexSizes.STANDARD, w,
                h);
    }

    @Test
    void theYearShownDoesNotMoveAnything() {
        var world2024 = layout(FilterCriteria.forYear(2024), 1400, 850);
        var world1985 = layout(FilterCriteria.forYear(1985), 1400, 850);
        assertEquals(world2024.asMap(), world1985.asMap());
        var view1985 = graph.view(FilterCriteria.forYear(1985));
        for (var a : view1985.vertices()) {
            assertTrue(world2024.of(a.id()).isPresent(), a.id() + " of 1985 has a place in every year's layout");
        }
    }

    @Test
    void verticesVisibleTogetherNeverOverlapButSuccessorsMayShareTheirCapital() {
        var c = FilterCriteria.forYear(2024);
        var timeline = graph.timeline(c, 1920, 2026);
        var p = TimelineLayout.layout(timeline, LayoutKind.GEOGRAPHIC, VertexSizes.STANDARD, 0, 0);
        var radii = VertexSizes.STANDARD.radiiOf(timeline.union());
        var actors = List.copyOf(timeline.union().vertices());
        int sharing = 0;
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                Actor a = actors.get(i);
                Actor b = actors.get(j);
                double d = p.of(a.id()).orElseThrow().distance(p.of(b.id()).orElseThrow());
                double min = radii.get(a.id()) + radii.get(b.id());
                if (timeline.coexist(a, b)) {
                    assertTrue(d >= min - 1e-6, a.id() + " and " + b.id() + " overlap: " + d + " < " + min);
                } else if (d < min) {
                    sharing++;
                }
            }
        }
        assertTrue(sharing > 0, "a historical state and its successor may overlap (never drawn together)");
    }

    @Test
    void anOrganisationWhoseMembersSpanOceansStandsByAMember() {
        var c = FilterCriteria.forYear(2024);
        var p = layout(c, 1400, 850);
        var aukus = p.of("aukus").orElseThrow();
        double nearest = Double.POSITIVE_INFINITY;
        for (var member : List.of("AUS", "GBR", "USA")) {
            nearest = Math.min(nearest, aukus.distance(p.of(member).orElseThrow()));
        }
        double centreDistance = Double.POSITIVE_INFINITY;
        var centre = new Point((p.of("AUS").orElseThrow().x() + p.of("GBR").orElseThrow().x()
                + p.of("USA").orElseThrow().x()) / 3, (p.of("AUS").orElseThrow().y() + p.of("GBR").orElseThrow().y()
                + p.of("USA").orElseThrow().y()) / 3);
        centreDistance = aukus.distance(centre);
        assertTrue(nearest < 200, "AUKUS by a member, not in an ocean: " + nearest);
        assertTrue(centreDistance > nearest, "nearer a member than the members' centre");
    }

    @Test
    void aRegionFittedToASlideNeedsLessRoomPerVertexThanTheWorld() {
        var world = graph.timeline(FilterCriteria.forYear(2024), 1920, 2026).union();
        var europe = graph.timeline(FilterCriteria.forYear(2024).withRegions(List.of(Region.EUROPE)), 1920, 2026)
                .union();
        assertEquals(1, TimelineLayout.room(LayoutKind.GEOGRAPHIC, world, 1400, 850), 1e-9);
        double europeRoom = TimelineLayout.room(LayoutKind.GEOGRAPHIC, europe, 1400, 850);
        assertTrue(europeRoom < 0.6, "Europe spreads over the slide: " + europeRoom);
        assertEquals(1, TimelineLayout.room(LayoutKind.GEOGRAPHIC, europe, 0, 0), 1e-9, "unknown area");
    }

    @Test
    void organisationsKeepClearOfStatesForTheirLabels() {
        var c = FilterCriteria.forYear(2024).withOrganisations(Selection.everything());
        var timeline = graph.timeline(c, 1920, 2026);
        var sizes = VertexSizes.STANDARD;
        var p = TimelineLayout.layout(timeline, LayoutKind.GEOGRAPHIC, sizes, 0, 0);
        var radii = sizes.radiiOf(timeline.union());
        for (var o : timeline.union().organisations()) {
            for (var s : timeline.union().states()) {
                if (!timeline.coexist(o, s)) {
                    continue;
                }
                double d = p.of(o.id()).orElseThrow().distance(p.of(s.id()).orElseThrow());
                assertTrue(d >= radii.get(o.id()) + radii.get(s.id()) + Placement.ORGANISATION_CLEARANCE * 7 - 1e-6,
                        o.id() + " crowds " + s.id());
            }
        }
    }
}

package org.allianceatlas.export.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.allianceatlas.export.render.LabelPlacer.Obstacle;
import org.allianceatlas.export.render.LabelPlacer.Position;
import org.allianceatlas.export.render.LabelPlacer.Request;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private static final Bounds PAGE = new Bounds(0, 0, 1000, 1000);

    private static Request state(String key, double x, double y, String... texts) {
        return new Request(key, List.of(texts), 14, false, x, y, 6, false, LabelPlacer.AROUND_STATE);
    }

    private static Obstacle disc(Request r) {
        return new Obstacle(r.x(), r.y(), r.radius(), false);
    }

    @Test
    void aLoneLabelSitsRightOfItsVertexAndClearOfIt() {
        var r = state("FRA", 500, 500, "France");
        var placed = LabelPlacer.place(List.of(r), List.of(disc(r)), PAGE);
        assertEquals(1, placed.size());
        var p = placed.get(0);
        assertEquals(Position.RIGHT, p.position());
        assertEquals("France", p.text());
        assertTrue(p.box().minX() > 506, "right of the disc's rim");
        assertTrue(p.box().minY() < 500 && p.box().maxY() > 500, "centred on the vertex's height");
    }

    @Test
    void aSecondLabelThatWouldCollideMovesToAnotherPosition() {
        var first = state("A", 500, 500, "Alphaland");
        var second = state("B", 500, 515, "Betaland");
        var placed = LabelPlacer.place(List.of(first, second), List.of(disc(first), disc(second)), PAGE);
        assertEquals(2, placed.size());
        assertEquals(Position.RIGHT, placed.get(0).position(), "the more important label keeps the best spot");
        assertTrue(placed.get(1).position() != Position.RIGHT);
        assertFalse(overlap(placed.get(0).box(), placed.get(1).box()));
    }

    /**
     * A ring of discs close around (500, 500), leaving no room for a label beside a vertex there; the eight directions
     * of the candidate positions pass between them.
     */
    private static List<Obstacle> crowd() {
        var ring = new ArrayList<Obstacle>();
        for (int i = 0; i < 8; i++) {
            double angle = Math.PI / 8 + 2 * Math.PI * i / 8;
            ring.add(new Obstacle(500 + 34 * Math.cos(angle), 500 + 34 * Math.sin(angle), 8, false));
        }
        return ring;
    }

    @Test
    void aCrowdedOrganisationIsCalledOutWithALeaderThatCrossesNothing() {
        var nato = new Request("nato", List.of("NATO"), 14, true, 500, 500, 12, true,
                LabelPlacer.AROUND_ORGANISATION);
        var obstacles = new ArrayList<>(crowd());
        obstacles.add(new Obstacle(500, 500, 12, true));
        var placed = LabelPlacer.place(List.of(nato), obstacles, PAGE);
        assertEquals(1, placed.size(), "an organisation keeps its name");
        var p = placed.get(0);
        assertTrue(p.leader() != null, "set away from its square, with a leader");
        var leader = p.leader();
        assertEquals(12, Math.max(Math.abs(leader.x1() - 500), Math.abs(leader.y1() - 500)), 1e-9,
                "the leader starts on the square's rim");
        double gap = Math.hypot(Math.max(p.box().minX() - leader.x2(), Math.max(0, leader.x2() - p.box().maxX())),
                Math.max(p.box().minY() - leader.y2(), Math.max(0, leader.y2() - p.box().maxY())));
        assertTrue(gap < 3, "and ends at the label: " + gap);
        for (var o : crowd()) {
            assertFalse(overlap(p.box(), new Bounds(o.x() - o.radius(), o.y() - o.radius(), o.x() + o.radius(),
                    o.y() + o.radius())), "the label is clear of the crowd");
            assertTrue(distanceToSegment(o.x(), o.y(), leader) > o.radius(), "the leader crosses no vertex");
        }
    }

    private static double distanceToSegment(double x, double y, LabelPlacer.Leader l) {
        double dx = l.x2() - l.x1();
        double dy = l.y2() - l.y1();
        double t = Math.max(0, Math.min(1, ((x - l.x1()) * dx + (y - l.y1()) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(x - (l.x1() + t * dx), y - (l.y1() + t * dy));
    }

    @Test
    void aCrowdedStateIsNotCalledOutAndLaterLabelsKeepOffALeader() {
        var state = state("AND", 500, 500, "Andorra");
        var obstacles = new ArrayList<>(crowd());
        obstacles.add(disc(state));
        assertTrue(LabelPlacer.place(List.of(state), obstacles, PAGE).isEmpty(), "a state's label stays beside it");

        var org = new Request("org", List.of("ORG"), 14, true, 500, 500, 12, true, List.of(Position.BOTTOM));
        obstacles = new ArrayList<>(crowd());
        obstacles.add(new Obstacle(500, 500, 12, true));
        // A later label whose only place is across the leader's path, left of a vertex just right of it.
        var later = new Request("X", List.of("X"), 14, false, 512, 545, 2, false, List.of(Position.LEFT));
        obstacles.add(new Obstacle(512, 545, 2, false));
        var placed = LabelPlacer.place(List.of(org, later), obstacles, PAGE);
        assertEquals(List.of("org"), placed.stream().map(LabelPlacer.Placed::key).toList(),
                "the later label would lie on the leader: " + placed);
    }

    @Test
    void aLabelTakesItsFallbackTextWhenTheNameHasNoRoom() {
        // A wall of vertices leaves a gap only wide enough for a code, on the right.
        var r = new Request("BIH", List.of("Bosnia and Herzegovina", "BIH"), 14, false, 100, 500, 6, false,
                List.of(Position.RIGHT));
        var wall = new Obstacle(180, 500, 30, false);
        var placed = LabelPlacer.place(List.of(r), List.of(disc(r), wall), PAGE);
        assertEquals(1, placed.size());
        assertEquals("BIH", placed.get(0).text());
    }

    @Test
    void aLabelWithNoFreeCandidateIsLeftOut() {
        var r = state("X", 500, 500, "Xland");
        // A large disc covering every candidate.
        var placed = LabelPlacer.place(List.of(r), List.of(new Obstacle(500, 500, 200, false)), PAGE);
        assertTrue(placed.isEmpty());
    }

    @Test
    void labelsStayInsideTheClip() {
        var r = state("E", 995, 500, "Edgeland");
        var placed = LabelPlacer.place(List.of(r), List.of(disc(r)), PAGE);
        assertEquals(1, placed.size());
        assertTrue(placed.get(0).box().within(PAGE, 0), placed.get(0).box().toString());
        assertTrue(placed.get(0).position() == Position.LEFT || placed.get(0).position() == Position.TOP_LEFT
                || placed.get(0).position() == Position.BOTTOM_LEFT || placed.get(0).position() == Position.TOP
                || placed.get(0).position() == Position.BOTTOM);
    }

    @Test
    void aCrowdNeverGetsOverlappingLabelsOrLabelsOnVertices() {
        var random = new Random(7);
        var requests = new ArrayList<Request>();
        for (int i = 0; i < 400; i++) {
            requests.add(state("S" + i, 100 + random.nextDouble() * 300, 100 + random.nextDouble() * 300,
                    "State number " + i, "S" + i));
        }
        var obstacles = requests.stream().map(LabelPlacerTest::disc).toList();
        var placed = LabelPlacer.place(requests, obstacles, PAGE);
        assertTrue(placed.size() > 20 && placed.size() < 400, "some fit, not all: " + placed.size());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(overlap(placed.get(i).box(), placed.get(j).box()), i + " and " + j);
            }
            for (var o : obstacles) {
                assertFalse(hits(placed.get(i).box(), o), placed.get(i).key() + " lies on a vertex");
            }
        }
    }

    @Test
    void anchorsFaceTheVertexSoANarrowerFontStaysClose() {
        var r = state("W", 500, 500, "West");
        var left = LabelPlacer.at(r, "West", Position.LEFT);
        assertEquals(Anchor.END, left.anchor());
        assertEquals(left.box().maxX(), left.x(), 1e-9);
        var below = LabelPlacer.at(r, "West", Position.BOTTOM);
        assertEquals(Anchor.MIDDLE, below.anchor());
        assertEquals(500, below.x(), 1e-9);
    }

    static boolean overlap(Bounds a, Bounds b) {
        return a.minX() < b.maxX() && b.minX() < a.maxX() && a.minY() < b.maxY() && b.minY() < a.maxY();
    }

    static boolean hits(Bounds a, Obstacle o) {
        double nx = Math.max(a.minX(), Math.min(o.x(), a.maxX()));
        double ny = Math.max(a.minY(), Math.min(o.y(), a.maxY()));
        return Math.hypot(o.x() - nx, o.y() - ny) < o.radius() - 1e-9;
    }
}

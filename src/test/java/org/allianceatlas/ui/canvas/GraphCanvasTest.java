package org.allianceatlas.ui.canvas;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.Bounds;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.export.render.Overlay;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.render.Scene;
import org.allianceatlas.export.render.TieGeometry;
import org.allianceatlas.export.render.TieLook;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.graph.TestData;
import org.allianceatlas.layout.Point;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;
import org.allianceatlas.testing.SyntheticDatasets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GraphCanvasTest {

    private static final VisualStyle LIGHT = VisualStyle.of(Theme.LIGHT);

    private final AlignmentGraph graph = new AlignmentGraph(TestData.small());
    private GraphCanvas canvas;
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new javafx.scene.Scene(root, 900, 700));
        stage.show();
    }

    @BeforeEach
    void newCanvas() {
        canvas = fx(() -> {
            var c = new GraphCanvas(LIGHT);
            root.getChildren().setAll(c.node());
            return c;
        });
    }

    @Test
    void swedenJoinsNatoIn2024AndNoVertexMovesWithTheYear() {
        var positions = grid(graph);
        show(graph.view(FilterCriteria.forYear(2023)), positions);
        assertFalse(fx(() -> canvas.inScene(membership("SWE", "nato"))));
        var before = fx(() -> canvas.panelCentres()).get(state("FRA"));
        show(graph.view(FilterCriteria.forYear(2024)), positions);
        assertTrue(fx(() -> canvas.inScene(membership("SWE", "nato"))));
        assertTrue(fx(() -> canvas.isShown(state("SWE"))));
        assertEquals(before, fx(() -> canvas.panelCentres()).get(state("FRA")), "a year change moves nothing");
    }

    @Test
    void smartGraphsModelHoldsVerticesOnlyAndHidingAndShowingAddsNothing() {
        var positions = grid(graph);
        show(graph.view(FilterCriteria.forYear(2024)), positions);
        int size = fx(() -> canvas.vertices().modelSize());
        assertEquals(graph.graph().vertexSet().size(), size, "every actor, no tie");
        show(graph.view(FilterCriteria.forYear(1960)), positions);
        show(graph.view(FilterCriteria.forYear(2024)), positions);
        assertEquals(size, fx(() -> canvas.vertices().modelSize()), "actors are reused, not re-added");
        assertEquals(0, fx(() -> canvas.vertices().modelEdgeCount()));
    }

    @Test
    void clickingAVertexSelectsItAndEscapeClearsTheSelection(FxRobot robot) {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        var fra = state("FRA");
        robot.clickOn(fx(() -> canvas.vertices().node(fra)));
        waitUntil("France is selected", () -> fra.equals(canvas.selectedActorProperty().get()));
        var highlighted = fx(() -> canvas.scene().vertices().stream()
                .filter(v -> v.emphasis() == Scene.Emphasis.HIGHLIGHTED).map(Scene.Vertex::actor)
                .collect(Collectors.toSet()));
        assertTrue(highlighted.containsAll(Set.of(fra, state("DEU"), organisation("nato"))),
                "France, a clause partner and an organisation it belongs to: " + highlighted);
        assertTrue(fx(() -> canvas.vertices().panel().getStyleClass().contains(CanvasStylesheet.HIGHLIGHTING)));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil("the selection is cleared", () -> canvas.selectedActorProperty().get() == null);
        robot.moveTo(fx(() -> canvas.node().localToScreen(3, 3)));
        waitUntil("nothing is highlighted once the pointer has left", () -> canvas.scene().vertices().stream()
                .allMatch(v -> v.emphasis() == Scene.Emphasis.NORMAL));
    }

    @Test
    void hoveringAVertexHighlightsItsNeighbourhoodExceptWhilePanning(FxRobot robot) {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        robot.moveTo(fx(() -> canvas.vertices().node(state("FRA"))));
        waitUntil("France's neighbourhood is highlighted", () -> canvas.scene().vertices().stream()
                .anyMatch(v -> v.actor().equals(state("FRA")) && v.emphasis() == Scene.Emphasis.HIGHLIGHTED));
        assertTrue(fx(() -> canvas.scene().ties().stream().anyMatch(t -> t.emphasis() == Scene.Emphasis.DIMMED)),
                "ties outside the neighbourhood are dimmed");
        robot.moveTo(fx(() -> canvas.node().localToScreen(3, 3)));
        waitUntil("nothing is highlighted", () -> canvas.scene().vertices().stream()
                .allMatch(v -> v.emphasis() == Scene.Emphasis.NORMAL));
        fxRun(() -> canvas.startPan());
        robot.moveTo(fx(() -> canvas.vertices().node(state("DEU"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> canvas.scene().vertices().stream().allMatch(v -> v.emphasis() == Scene.Emphasis.NORMAL)),
                "a vertex sliding under the pointer while panning does not highlight");
        fxRun(() -> canvas.endPan());
    }

    @Test
    void themeSwitchRestylesWithoutANewPanel() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        var panel = fx(() -> canvas.vertices().panel());
        var dark = VisualStyle.of(Theme.DARK);
        fxRun(() -> canvas.setStyle(dark));
        assertSame(panel, fx(() -> canvas.vertices().panel()));
        var tie = fx(() -> canvas.scene().ties().stream().filter(t -> t.tie() instanceof ClauseTie).findFirst()
                .orElseThrow());
        assertEquals(dark.tieStyle(((ClauseTie) tie.tie()).clause().type()).colour(), tie.line().colour(),
                "ties in the dark theme's colours");
    }

    @Test
    void labelsNeverOverlapEachOtherOrAVertexAtAnyZoom() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        for (double z : new double[] {0.2, 0.5, 1, 2}) {
            zoom(z);
            var scene = fx(() -> canvas.scene());
            var labels = scene.labels();
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertFalse(overlap(labels.get(i).placed().box(), labels.get(j).placed().box()),
                            "at zoom " + z + ": " + labels.get(i).placed().text() + " / "
                                    + labels.get(j).placed().text());
                }
                for (var v : scene.vertices()) {
                    assertFalse(hits(labels.get(i).placed().box(), v), labels.get(i).placed().text() + " on "
                            + v.actor().id() + " at zoom " + z);
                }
            }
            for (var l : labels) {
                assertTrue(l.placed().size() * z >= canvasMinLabelPx() - 1e-6,
                        "label readable on screen at zoom " + z + ": " + l.placed().size() * z);
            }
        }
    }

    @Test
    void hoveringAVertexWhoseLabelFoundNoRoomShowsItsNameAtAnyZoom(FxRobot robot) {
        // States packed so tightly that few labels find room; organisations well away from them.
        var crowd = new LinkedHashMap<String, Point>();
        int i = 0;
        int j = 0;
        for (var a : graph.graph().vertexSet()) {
            if (a instanceof State) {
                crowd.put(a.id(), new Point(100 + (i % 4) * 5, 100 + (i / 4) * 5));
                i++;
            } else {
                crowd.put(a.id(), new Point(200 + j * 30, 200));
                j++;
            }
        }
        show(graph.view(FilterCriteria.forYear(2024)), new Positions(crowd));
        var unlabelled = fx(() -> canvas.scene().vertices().stream().map(Scene.Vertex::actor)
                .filter(a -> a instanceof State && !canvas.isLabelled(a)).findFirst().orElseThrow());
        robot.moveTo(fx(() -> canvas.vertices().node(unlabelled)));
        // Hovered, it is highlighted, and highlighted vertices are labelled first: its label takes a spot of another;
        // where even that finds no room, the hover label names it over everything.
        waitUntil("its name shows", () -> canvas.isLabelled(unlabelled)
                || canvas.hoverLabelText().equals(unlabelled.name()));
    }

    @Test
    void namesOrCodes() {
        var withNames = new AlignmentGraph(TestData.small());
        show(withNames.view(FilterCriteria.forYear(1985)), grid(withNames));
        var sun = withNames.dataset().state("SUN").orElseThrow();
        assertEquals("Soviet Union", fx(() -> canvas.scene().label(sun).orElseThrow().placed().text()));
        fxRun(() -> canvas.labelModeProperty().set(LabelMode.CODES));
        assertEquals("SUN", fx(() -> canvas.scene().label(sun).orElseThrow().placed().text()));
    }

    @Test
    void liveLayoutIsRefusedForLargeViews() {
        var big = new AlignmentGraph(SyntheticDatasets.generate(200, 20, 400, 1));
        show(big.view(FilterCriteria.forYear(2024).withShowIsolated(true)), grid(big));
        fxRun(() -> canvas.liveLayoutProperty().set(true));
        assertFalse(fx(() -> canvas.liveLayoutProperty().get()));
    }

    @Test
    void withLiveLayoutTiesFollowTheirVerticesAndSmartGraphKnowsTheTies() {
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        fxRun(() -> canvas.liveLayoutProperty().set(true));
        assertEquals(view.ties().size(), (int) fx(() -> canvas.vertices().modelEdgeCount()),
                "the forces need the ties in SmartGraph's model");
        var start = fx(() -> canvas.panelCentres()).get(state("FRA"));
        waitUntil("the live layout moves France", () -> !canvas.panelCentres().get(state("FRA")).equals(start));
        fxRun(() -> canvas.liveLayoutProperty().set(false));
        var scene = fx(() -> canvas.scene());
        var centres = fx(() -> canvas.vertices().centres());
        for (var t : scene.ties()) {
            var from = centres.get(t.from());
            assertEquals(from.getX(), t.line().x1(), 1e-6, "tie " + t.tie().id() + " starts at its vertex");
            assertEquals(from.getY(), t.line().y1(), 1e-6);
        }
        assertEquals(0, (int) fx(() -> canvas.vertices().modelEdgeCount()), "out of SmartGraph's model again");
    }

    @Test
    void fittingASmallViewSpreadsItOutInsteadOfEnlargingEveryDisc() {
        var view = graph.view(FilterCriteria.forYear(2024).withOrganisations(Selection.only(List.of("eu"))));
        show(view, grid(graph));
        fxRun(() -> canvas.fit());
        assertTrue(fx(() -> canvas.zoomProperty().get()) <= 1.25 + 1e-9, "discs at most 1.25×");
        assertTrue(fx(() -> canvas.spread()) > 1, "positions spread out instead");
    }

    @Test
    void afterAFitTheCanvasDrawsTheSceneAnExportOfTheWindowsSizeDraws() {
        var view = graph.view(FilterCriteria.forYear(2024));
        var positions = grid(graph);
        show(view, positions);
        fxRun(() -> canvas.fit());
        var screen = fx(() -> canvas.scene());
        double w = fx(() -> canvas.node().getWidth());
        double h = fx(() -> canvas.node().getHeight());
        double z = fx(() -> canvas.zoomProperty().get());
        var toScreen = fx(() -> canvas.vertices().panel().getLocalToParentTransform());
        // The export of a page of the window's size, graph only.
        var page = new PageSize("window", (int) Math.round(w), (int) Math.round(h));
        var options = new ImageOptions(page, 1, Background.WHITE, false, null, false, false, null)
                .withScene(fx(() -> canvas.sceneOptions()));
        var exported = new RenderModelBuilder().build(view, positions, LIGHT, options).scene();
        assertEquals(screen.labels().size(), exported.labels().size(), "the same labels are placed");
        var onPage = exported.labels().stream().collect(Collectors.toMap(l -> l.actor(), l -> l));
        for (var l : screen.labels()) {
            var e = onPage.get(l.actor());
            assertNotNull(e, l.actor().id() + " is labelled in the export too");
            assertEquals(e.placed().text(), l.placed().text());
            assertEquals(e.placed().position(), l.placed().position(), l.actor().id() + " sits on the same side");
            var p = toScreen.transform(l.placed().x(), l.placed().baseline());
            assertEquals(e.placed().x(), p.getX(), 0.5, l.actor().id() + " x");
            assertEquals(e.placed().baseline(), p.getY(), 0.5, l.actor().id() + " baseline");
            assertEquals(e.placed().size(), l.placed().size() * z, 1e-6, l.actor().id() + " size");
        }
        assertEquals(screen.ties().size(), exported.ties().size(), "the same ties");
        for (int i = 0; i < screen.ties().size(); i++) {
            var s = screen.ties().get(i);
            var e = exported.ties().get(i);
            assertEquals(e.tie(), s.tie(), "in the same order");
            var a = toScreen.transform(s.line().x2(), s.line().y2());
            assertEquals(e.line().x2(), a.getX(), 0.5, "the same end for " + s.tie().id());
            assertEquals(e.line().y2(), a.getY(), 0.5);
            assertEquals(e.line().curved(), s.line().curved(), "both curved or both straight");
            assertEquals(e.line().head() != null, s.line().head() != null, "an arrowhead in both or neither");
        }
    }

    @Test
    void clickingOnATieBetweenItsEndsSelectsIt(FxRobot robot) {
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        var tie = fx(() -> canvas.scene().ties().stream()
                .filter(t -> t.tie() != null && !t.line().curved()).filter(t -> t.tie().id().contains("tur-ukr"))
                .findFirst().orElseThrow());
        double mx = (tie.line().x1() + tie.line().x2()) / 2;
        double my = (tie.line().y1() + tie.line().y2()) / 2;
        var onScreen = fx(() -> canvas.vertices().panel().localToScreen(mx, my));
        robot.clickOn(onScreen);
        waitUntil("the tie is selected", () -> tie.tie().equals(canvas.selectedTieProperty().get()));
        assertTrue(fx(() -> canvas.scene().ties().stream().filter(t -> tie.tie().equals(t.tie())).findFirst()
                .orElseThrow().emphasis() == Scene.Emphasis.HIGHLIGHTED));
    }

    @Test
    void theTieImageHasATiesColourOnItAndNothingAwayFromTies() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        fxRun(() -> canvas.fit());
        var tie = fx(() -> canvas.scene().ties().stream().filter(t -> t.tie() instanceof ClauseTie c
                && c.clause().id().equals("aachen-2019")).findFirst().orElseThrow());
        double x = tie.line().x1() + (tie.line().x2() - tie.line().x1()) * 0.5;
        double y = tie.line().y1() + (tie.line().y2() - tie.line().y1()) * 0.5;
        if (tie.line().curved()) {
            x = 0.25 * tie.line().x1() + 0.5 * tie.line().cx() + 0.25 * tie.line().x2();
            y = 0.25 * tie.line().y1() + 0.5 * tie.line().cy() + 0.25 * tie.line().y2();
        }
        double px = x;
        double py = y;
        int argb = fx(() -> canvas.layer().settledRaster().pixelAt(px, py));
        assertTrue((argb >>> 24) > 0, "the tie is in the image under its centre line");
        assertEquals(0, (int) fx(() -> canvas.layer().settledRaster().pixelAt(-30, -30)), "nothing off the drawing");
    }

    @Test
    void highlightingDimsEveryOtherTieClausesIncluded() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        var tur = state("TUR");
        fxRun(() -> canvas.select(tur));
        var scene = fx(() -> canvas.scene());
        for (var t : scene.ties()) {
            boolean mine = t.from().equals(tur) || t.to().equals(tur);
            assertEquals(mine ? Scene.Emphasis.HIGHLIGHTED : Scene.Emphasis.DIMMED, t.emphasis(), t.tie().id());
            if (!mine) {
                assertEquals(LIGHT.dimmed(), t.line().colour());
            }
        }
        fxRun(() -> canvas.clearSelection());
        assertTrue(fx(() -> canvas.scene().ties().stream().allMatch(t -> t.emphasis() == Scene.Emphasis.NORMAL)));
    }

    @Test
    void theOverlayColoursComparisonsSizesAndCommunitiesInOneCall() {
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        var tie = membership("SWE", "nato");
        var fra = state("FRA");
        var overlay = Overlay.NONE.withTieLooks(Map.of(tie, new TieLook(LIGHT.added(), 3)))
                .withSizes(Map.of(fra, 12.0), Map.of())
                .withCommunities(Map.of(fra, 1, state("DEU"), 1));
        fxRun(() -> canvas.setOverlay(overlay));
        var scene = fx(() -> canvas.scene());
        var line = scene.ties().stream().filter(t -> tie.equals(t.tie())).findFirst().orElseThrow();
        assertEquals(LIGHT.added(), line.line().colour());
        assertEquals(scene.ties().get(scene.ties().size() - 1), line, "overlay-coloured ties above the rest");
        assertEquals(12, fx(() -> canvas.radiusOf(fra)), 1e-9);
        var node = fx(() -> canvas.vertices().node(fra));
        assertNotNull(fx(() -> node.lookup("." + CanvasStylesheet.communityClass(1))), "France's shape has the class");
        assertNotNull(fx(() -> canvas.vertices().node(state("GBR")).lookup("." + CanvasStylesheet.COMMUNITY_OTHER)),
                "a state in no community: neutral");
        fxRun(() -> canvas.setOverlay(Overlay.NONE));
        fx(() -> canvas.scene());
        assertNull(fx(() -> node.lookup("." + CanvasStylesheet.communityClass(1))), "region colours again");
    }

    @Test
    void theLegendIsTheCoreLegendOfWhatIsDrawn() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        var legend = fx(() -> canvas.legendProperty().get());
        assertNotNull(legend);
        var texts = legend.rows().stream().map(r -> r.text()).toList();
        assertTrue(texts.contains("Europe") && texts.contains("Arms transfer (supplier \u2192 recipient)"), texts
                .toString());
        var view = new LegendView(LIGHT);
        fxRun(() -> view.show(legend));
        assertEquals(legend.rows().stream().filter(r -> !r.header()).map(r -> r.text()).toList(),
                fx(view::entries));
    }

    @Test
    void minorTiesAreHiddenWhenZoomedOutUnlessHighlightedAndTheLegendSaysSo() {
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        zoom(1);
        var minor = view.ties().stream().filter(TieGeometry::isMinor).findFirst().orElseThrow();
        assertTrue(fx(() -> canvas.inScene(minor)));
        zoom(GraphCanvas.MINOR_TIES_MIN_ZOOM * 0.8);
        assertFalse(fx(() -> canvas.inScene(minor)));
        assertTrue(fx(() -> canvas.legendProperty().get().notes()).contains(TieGeometry.MINOR_HIDDEN_NOTE));
        fxRun(() -> canvas.selectTie(minor));
        assertTrue(fx(() -> canvas.inScene(minor)), "a selected minor tie is drawn");
        zoom(1);
        assertFalse(fx(() -> canvas.legendProperty().get().notes()).contains(TieGeometry.MINOR_HIDDEN_NOTE));
    }

    @Test
    void withAFadeAYearChangeFadesOutAndInThenSettles() {
        var positions = grid(graph);
        show(graph.view(FilterCriteria.forYear(2023)), positions);
        fxRun(() -> canvas.setFade(Duration.millis(200)));
        show(graph.view(FilterCriteria.forYear(2024)), positions);
        assertTrue(fx(() -> canvas.layer().fadingCount()) > 0, "Sweden's membership fades in");
        waitUntil("the fade settles", () -> canvas.layer().fadingCount() == 0);
        assertTrue(fx(() -> canvas.inScene(membership("SWE", "nato"))));
    }

    @Test
    void aFilterChangeMovesVerticesToTheirNewPlacesAndFitsUnlessTheUserMoved() {
        var positions = grid(graph);
        show(graph.view(FilterCriteria.forYear(2024)), positions);
        fxRun(() -> canvas.fit());
        double z = fx(() -> canvas.zoomProperty().get());
        var moved = shifted(positions, 500);
        fxRun(() -> canvas.show(graph.view(FilterCriteria.forYear(2024)), moved, GraphCanvas.Change.VIEW));
        waitUntil("the motion ends", () -> canvas.currentPositions().asMap().equals(moved.asMap()));
        assertEquals(z, fx(() -> canvas.zoomProperty().get()), 1e-6, "refitted: the same zoom for a shifted view");
        assertFalse(fx(() -> canvas.userMovedSinceFit()));
        fxRun(() -> canvas.panBy(40, 0));
        var panned = fx(() -> canvas.vertices().panel().getLocalToParentTransform());
        fxRun(() -> canvas.show(graph.view(FilterCriteria.forYear(2024)), positions, GraphCanvas.Change.VIEW));
        waitUntil("the motion ends", () -> canvas.currentPositions().asMap().equals(positions.asMap()));
        assertTrue(fx(() -> canvas.userMovedSinceFit()), "no refit after the user panned");
        assertEquals(panned, fx(() -> canvas.vertices().panel().getLocalToParentTransform()),
                "the zoom and pan the user chose stay");
    }

    @Test
    void fitToZoomsToASelection() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        fxRun(() -> canvas.fit());
        double before = fx(() -> canvas.zoomProperty().get());
        fxRun(() -> canvas.fitTo(List.of(state("FRA"))));
        waitUntil("zoomed in on France", () -> canvas.zoomProperty().get() > before * 1.5);
        WaitForAsyncUtils.waitForFxEvents();
        var fra = fx(() -> canvas.panelCentres().get(state("FRA")));
        var onScreen = fx(() -> canvas.vertices().panel().localToParent(fra));
        double w = fx(() -> canvas.node().getWidth());
        double h = fx(() -> canvas.node().getHeight());
        waitUntil("France at the centre", () -> {
            var p = canvas.vertices().panel().localToParent(canvas.panelCentres().get(state("FRA")));
            return Math.abs(p.getX() - w / 2) < 2 && Math.abs(p.getY() - h / 2) < 2;
        });
        assertTrue(fx(() -> canvas.zoomProperty().get()) <= GraphCanvas.MAX_SELECTION_ZOOM + 1e-9);
        assertNotNull(onScreen);
    }

    @Test
    void withOrganisationsHiddenStatesAreTiedByWhatTheyShare(FxRobot robot) {
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        fxRun(() -> canvas.organisationDisplayProperty().set(OrganisationDisplay.HIDDEN));
        var scene = fx(() -> canvas.scene());
        assertTrue(scene.vertices().stream().noneMatch(v -> v.actor() instanceof Organisation));
        var fraDeu = scene.ties().stream().filter(t -> t.tie() == null
                && Set.of(t.from(), t.to()).equals(Set.of(state("FRA"), state("DEU")))).findFirst().orElseThrow();
        assertEquals(Set.of("eu", "nato"), fraDeu.shared().stream().map(Organisation::id)
                .collect(Collectors.toSet()), "the line stands for the organisations they share");
        double mx = (fraDeu.line().x1() + fraDeu.line().x2()) / 2;
        double my = (fraDeu.line().y1() + fraDeu.line().y2()) / 2;
        if (fraDeu.line().curved()) {
            mx = 0.25 * fraDeu.line().x1() + 0.5 * fraDeu.line().cx() + 0.25 * fraDeu.line().x2();
            my = 0.25 * fraDeu.line().y1() + 0.5 * fraDeu.line().cy() + 0.25 * fraDeu.line().y2();
        }
        double x = mx;
        double y = my;
        robot.clickOn(fx(() -> canvas.vertices().panel().localToScreen(x, y)));
        waitUntil("the shared link is selected", () -> canvas.selectedLinkProperty().get() != null);
    }

    private double canvasMinLabelPx() {
        double w = fx(() -> canvas.node().getWidth());
        double h = fx(() -> canvas.node().getHeight());
        return RenderModelBuilder.minLabelSize(w, h);
    }

    private void zoom(double z) {
        fxRun(() -> canvas.zoomProperty().set(z));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show(AlignmentView view, Positions positions) {
        fxRun(() -> canvas.show(view, positions));
        waitUntil("the canvas draws", () -> canvas.scene() != null);
    }

    private MembershipTie membership(String state, String org) {
        return graph.membershipTies().stream()
                .filter(t -> t.membership().stateId().equals(state) && t.organisation().id().equals(org))
                .findFirst().orElseThrow();
    }

    private State state(String id) {
        return graph.dataset().state(id).orElseThrow();
    }

    private Organisation organisation(String id) {
        return graph.dataset().organisation(id).orElseThrow();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.minX() < b.maxX() && b.minX() < a.maxX() && a.minY() < b.maxY() && b.minY() < a.maxY();
    }

    private static boolean hits(Bounds a, Scene.Vertex v) {
        double nx = Math.max(a.minX(), Math.min(v.x(), a.maxX()));
        double ny = Math.max(a.minY(), Math.min(v.y(), a.maxY()));
        return Math.hypot(v.x() - nx, v.y() - ny) < v.radius() - 1e-9;
    }

    /** Every actor of the dataset on a grid 80 units apart. */
    static Positions grid(AlignmentGraph g) {
        var map = new LinkedHashMap<String, Point>();
        int columns = (int) Math.ceil(Math.sqrt(g.graph().vertexSet().size()));
        int i = 0;
        for (Actor a : g.graph().vertexSet()) {
            map.put(a.id(), new Point(80.0 * (i % columns), 80.0 * (i / columns)));
            i++;
        }
        return new Positions(map);
    }

    private static Positions shifted(Positions p, double by) {
        return new Positions(p.asMap().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Point(e.getValue().x() + by, e.getValue().y() + by))));
    }
}

package org.allianceatlas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import java.util.List;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.allianceatlas.bench.SyntheticDatasets;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.graph.TestData;
import org.allianceatlas.layout.Point;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;
import org.allianceatlas.model.Subregion;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GraphCanvasTest {

    private final AlignmentGraph graph = new AlignmentGraph(TestData.small());
    private GraphCanvas canvas;
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    @BeforeEach
    void newCanvas() {
        canvas = fx(() -> {
            var c = new GraphCanvas(VisualStyle.of(Theme.LIGHT));
            root.getChildren().setAll(c.node());
            return c;
        });
    }

    @Test
    void swedenJoinsNatoIn2024() {
        var v2023 = graph.view(FilterCriteria.forYear(2023));
        var v2024 = graph.view(FilterCriteria.forYear(2024));
        var sweNato = membership("SWE", "nato");

        show(v2023, grid(graph));
        assertEquals(v2023.vertices().size(), fx(canvas::drawnVertexCount));
        assertEquals(v2023.ties().size(), fx(canvas::drawnTieCount));
        assertFalse(fx(() -> canvas.isDrawn(sweNato)), "SWE–nato is not drawn in 2023");

        show(v2024, grid(graph));
        assertEquals(v2024.vertices().size(), fx(canvas::drawnVertexCount));
        assertEquals(v2024.ties().size(), fx(canvas::drawnTieCount));
        assertTrue(fx(() -> canvas.isDrawn(sweNato)), "SWE–nato is drawn in 2024");
        assertEquals(v2023.ties().size() + 1, v2024.ties().size(), "only SWE–nato is new in 2024");
    }

    @Test
    void uncheckingAnOrganisationHidesItAndItsTiesAndCheckingRestoresThemInPlace() {
        var all = FilterCriteria.forYear(2024);
        var everything = graph.view(all);
        var allButEu = graph.view(all.withOrganisations(Selection.only(Set.of("nato", "wp", "club"))));
        var eu = organisation("eu");
        var euTies = everything.membershipTies().stream().filter(t -> t.organisation().equals(eu)).toList();

        show(everything, grid(graph));
        var before = fx(canvas::currentPositions);

        // Positions offered for the narrower view are all elsewhere: vertices that stay visible must not move.
        show(allButEu, shifted(grid(graph), 500));
        assertFalse(fx(() -> canvas.isDrawn(eu)), "eu is hidden");
        for (var t : euTies) {
            assertFalse(fx(() -> canvas.isDrawn(t)), "hidden with eu: " + t.id());
        }
        assertEquals(allButEu.vertices().size(), fx(canvas::drawnVertexCount));
        assertEquals(allButEu.ties().size(), fx(canvas::drawnTieCount));
        var narrowed = fx(canvas::currentPositions);
        for (var e : narrowed.asMap().entrySet()) {
            assertEquals(before.of(e.getKey()).orElseThrow(), e.getValue(), e.getKey() + " stayed in place");
        }

        show(everything, grid(graph));
        assertTrue(fx(() -> canvas.isDrawn(eu)), "eu is back");
        for (var t : euTies) {
            assertTrue(fx(() -> canvas.isDrawn(t)), "back with eu: " + t.id());
        }
        assertEquals(before.asMap(), fx(canvas::currentPositions).asMap(), "everything where it was");
    }

    @Test
    void hidingAndShowingAddsNothingToTheSmartGraphModel() {
        var all = FilterCriteria.forYear(2024);
        show(graph.view(all), grid(graph));
        int size = fx(() -> canvas.drawn().modelSize());
        show(graph.view(all.withOrganisations(Selection.only(Set.of("nato")))), grid(graph));
        show(graph.view(all), grid(graph));
        assertEquals(size, fx(() -> canvas.drawn().modelSize()), "ties seen before are reused, not re-added");
    }

    @Test
    void clickingAVertexSelectsItAndEscapeClearsTheSelection() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        var fra = state("FRA");
        var robot = new FxRobot();

        robot.clickOn(fx(() -> canvas.drawn().vertexNode(fra)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fra, fx(() -> canvas.selectedActorProperty().get()));
        assertTrue(fx(() -> canvas.drawn().panel().getStyleClass().contains(CanvasStylesheet.HIGHLIGHTING)),
                "the neighbourhood is highlighted");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(fx(() -> canvas.selectedActorProperty().get()));
    }

    @Test
    void hoveringAVertexHighlightsItsNeighbourhoodExceptWhilePanning() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        var robot = new FxRobot();
        var panelClasses = fx(() -> canvas.drawn().panel().getStyleClass());

        robot.moveTo(fx(() -> canvas.drawn().vertexNode(state("FRA"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> panelClasses.contains(CanvasStylesheet.HIGHLIGHTING)), "hover highlights");

        robot.moveTo(robot.point(fx(() -> canvas.node())).atPosition(Pos.TOP_LEFT));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> panelClasses.contains(CanvasStylesheet.HIGHLIGHTING)), "leaving clears it");

        fx(() -> {
            canvas.startPan();
            return null;
        });
        robot.moveTo(fx(() -> canvas.drawn().vertexNode(state("DEU"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> panelClasses.contains(CanvasStylesheet.HIGHLIGHTING)), "no restyling during a pan");
        fx(() -> {
            canvas.endPan();
            return null;
        });
    }

    @Test
    void themeSwitchRestylesWithoutRebuilding() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        var panel = fx(() -> canvas.drawn().panel());
        var lightSheets = fx(() -> Set.copyOf(panel.getStylesheets()));

        assertDoesNotThrow(() -> fx(() -> {
            canvas.setStyle(VisualStyle.of(Theme.DARK));
            return null;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> canvas.drawn().panel()) == panel, "same panel");
        assertNotEquals(lightSheets, fx(() -> Set.copyOf(panel.getStylesheets())), "new theme sheet");
        assertEquals(graph.view(FilterCriteria.forYear(2024)).vertices().size(), fx(canvas::drawnVertexCount));
    }

    @Test
    void stateLabelsHideWhenZoomedOutButOrganisationLabelsStay() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        fx(() -> {
            canvas.zoomProperty().set(GraphCanvas.STATE_LABEL_MIN_ZOOM / 2);
            return null;
        });
        assertFalse(fx(() -> canvas.drawn().labelNode(state("FRA")).isVisible()));
        assertTrue(fx(() -> canvas.drawn().labelNode(organisation("nato")).isVisible()));
        assertTrue(fx(() -> canvas.drawn().labelNode(organisation("nato")).getScaleX()) > 1,
                "scaled up to stay readable");

        fx(() -> {
            canvas.zoomProperty().set(1);
            return null;
        });
        assertTrue(fx(() -> canvas.drawn().labelNode(state("FRA")).isVisible()));
    }

    @Test
    void liveLayoutIsRefusedForLargeViews() {
        var big = new AlignmentGraph(SyntheticDatasets.generate(200, 10, 600, 7));
        var view = big.view(FilterCriteria.forYear(2024).withShowIsolated(true));
        assertTrue(view.vertices().size() > GraphCanvas.LIVE_LAYOUT_MAX_VERTICES);
        show(view, grid(big));
        fx(() -> {
            canvas.liveLayoutProperty().set(true);
            return null;
        });
        assertFalse(fx(() -> canvas.liveLayoutProperty().get()));

        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        fx(() -> {
            canvas.liveLayoutProperty().set(true);
            return null;
        });
        assertTrue(fx(() -> canvas.liveLayoutProperty().get()), "allowed for a small view");
        fx(() -> {
            canvas.liveLayoutProperty().set(false);
            return null;
        });
    }

    @Test
    void legendListsTheRegionsShapesAndTieTypesInTheView() {
        var legend = fx(() -> {
            var l = new LegendView(VisualStyle.of(Theme.LIGHT));
            l.update(graph.view(FilterCriteria.forYear(2024)));
            return l;
        });
        var entries = fx(legend::entries);
        assertTrue(entries.containsAll(Set.of("Europe", "Americas", "Asia")), entries.toString());
        assertTrue(entries.contains("Organisation (size: visible members)"));
        assertTrue(entries.contains("Arms transfer (supplier → recipient)"), entries.toString());
        assertTrue(entries.contains("Mutual defence"));
        assertFalse(entries.contains("Oceania"), "no Oceanian state in the view");
    }

    @Test
    void fittingASmallViewSpreadsItOutInsteadOfEnlargingEveryDisc() {
        // Western Europe 2019: FRA, DEU, nato, eu within 20 layout units would need a huge zoom to fill the window.
        var view = graph.view(FilterCriteria.forYear(2019).withSubregions(Selection.only(
                List.of(Subregion.WESTERN_EUROPE))));
        var positions = new Positions(Map.of("FRA", new Point(0, 0), "DEU", new Point(20, 0),
                "nato", new Point(10, 15), "eu", new Point(10, -15)));
        assertEquals(positions.asMap().keySet(), view.vertices().stream().map(a -> a.id())
                .collect(java.util.stream.Collectors.toSet()));
        show(view, positions);
        fx(() -> {
            canvas.fit();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> canvas.spread()) > 5, "positions are drawn further apart");
        // The fit converges to the limit within 1 %.
        assertTrue(fx(() -> canvas.zoomProperty().get()) <= GraphCanvas.MAX_SYMBOL_ZOOM * 1.01,
                () -> "zoom " + fx(() -> canvas.zoomProperty().get()) + " spread " + fx(() -> canvas.spread()));
        var after = fx(() -> canvas.currentPositions());
        positions.asMap().forEach((id, p) -> assertEquals(0, p.distance(after.of(id).orElseThrow()), 1e-6,
                "layout positions are what they were: only the drawing is spread (" + id + ")"));
    }

    private void show(AlignmentView view, Positions positions) {
        fx(() -> {
            canvas.show(view, positions);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
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
        return new Positions(p.asMap().entrySet().stream().collect(Collectors.toMap(e -> e.getKey(),
                e -> new Point(e.getValue().x() + by, e.getValue().y() + by))));
    }

    /** Runs on the FX thread and returns the result; an exception there fails the test with its cause. */
    private static <T> T fx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }
}

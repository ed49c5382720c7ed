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
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
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
    void smartGraphsModelHoldsVerticesOnlyAndHidingAndShowingAddsNothing() {
        var all = FilterCriteria.forYear(2024);
        show(graph.view(all), grid(graph));
        int size = fx(() -> canvas.drawn().modelSize());
        assertEquals(graph.graph().vertexSet().size(), size, "every actor, and no tie: ties are the tie layer's");
        show(graph.view(all.withOrganisations(Selection.only(Set.of("nato")))), grid(graph));
        show(graph.view(all), grid(graph));
        assertEquals(size, fx(() -> canvas.drawn().modelSize()), "actors seen before are reused, not re-added");
        assertEquals(0, fx(() -> canvas.drawn().modelEdgeCount()));
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
        var dark = VisualStyle.of(Theme.DARK);
        for (var t : graph.view(FilterCriteria.forYear(2024)).ties()) {
            assertEquals(FxColours.of(CanvasStylesheet.tieStyle(dark, t).colour()),
                    fx(() -> canvas.drawn().tieLayer().colourOf(t)), "ties in the dark theme's colours: " + t.id());
        }
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
    void communityColoursReplaceRegionColoursDimWhenHighlightingAndGiveWayToRegionsAgain() {
        var style = VisualStyle.of(Theme.LIGHT);
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        var fra = state("FRA");
        var gbr = state("GBR");
        var usa = state("USA");
        var tur = state("TUR");
        assertEquals(FxColours.of(style.regionColour(fra.region())), fx(() -> canvas.fillOf(fra)));

        // FRA (Western Europe) and USA (Americas) in community 1, GBR (Europe) in 2, TUR in none, GRC beyond the
        // palette: colours by community, whatever the region.
        fx(() -> {
            canvas.colourStatesByCommunity(Map.of(fra, 1, usa, 1, gbr, 2,
                    state("GRC"), VisualStyle.COMMUNITY_COLOURS + 1));
            return null;
        });
        assertEquals(FxColours.of(style.communityColour(1)), fx(() -> canvas.fillOf(fra)));
        assertEquals(fx(() -> canvas.fillOf(fra)), fx(() -> canvas.fillOf(usa)), "one community, one fill");
        assertEquals(FxColours.of(style.communityColour(2)), fx(() -> canvas.fillOf(gbr)));
        assertEquals(FxColours.of(style.communityNeutral()), fx(() -> canvas.fillOf(tur)), "in no community");
        assertEquals(FxColours.of(style.communityNeutral()), fx(() -> canvas.fillOf(state("GRC"))));
        assertEquals(FxColours.of(style.organisationFill()), fx(() -> canvas.fillOf(organisation("nato"))));

        // Highlighting FRA and GBR dims USA and keeps the highlighted states' community colours.
        fx(() -> {
            canvas.emphasise(List.of(fra, gbr), List.of());
            return null;
        });
        assertEquals(FxColours.of(style.dimmed()), fx(() -> canvas.fillOf(usa)));
        assertEquals(FxColours.of(style.communityColour(2)), fx(() -> canvas.fillOf(gbr)));
        fx(() -> {
            canvas.emphasise(List.of(), List.of());
            return null;
        });

        // The next year's show keeps them; turning them off brings the regions back.
        show(graph.view(FilterCriteria.forYear(2023)), grid(graph));
        assertEquals(FxColours.of(style.communityColour(1)), fx(() -> canvas.fillOf(fra)));
        fx(() -> {
            canvas.colourStatesByRegion();
            return null;
        });
        for (var s : List.of(fra, gbr, usa, tur)) {
            assertEquals(FxColours.of(style.regionColour(s.region())), fx(() -> canvas.fillOf(s)), s.id());
        }
    }

    @Test
    void theLegendExplainsCommunityColoursWhileStatesHaveThem() {
        var view = graph.view(FilterCriteria.forYear(2024));
        var legend = fx(() -> {
            var l = new LegendView(VisualStyle.of(Theme.LIGHT));
            l.update(view);
            l.colourByCommunity(Map.of(state("FRA"), 1, state("DEU"), 1, state("GBR"), 2,
                    state("USA"), VisualStyle.COMMUNITY_COLOURS + 1));
            return l;
        });
        var entries = fx(legend::entries);
        int others = view.states().size() - 4;
        assertEquals("Community 1 · 2 states", entries.get(0));
        assertEquals("Community 2 · 1 state", entries.get(1));
        assertEquals("Community 9, and states in no community", entries.get(2), "the neutral grey: " + others
                + " states in none");
        assertFalse(entries.contains("Europe"), "no region entries while states are coloured by community");
        assertTrue(fx(legend::notes).contains(LegendView.COMMUNITY_NOTE));

        fx(() -> {
            legend.colourByRegion();
            return null;
        });
        assertTrue(fx(legend::entries).contains("Europe"));
        assertFalse(fx(legend::notes).contains(LegendView.COMMUNITY_NOTE));
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

    @Test
    void clickingOnATieBetweenItsEndsSelectsIt() {
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        var robot = new FxRobot();
        // A point on a tie that is clear of every vertex and of every other tie, so the click can mean only it.
        var target = fx(() -> clearPointOnATie(view));
        assertTrue(target != null, "some tie has a clear stretch on the grid");
        var tie = (Tie) target[0];
        var onScreen = fx(() -> canvas.drawn().panel().localToScreen((double) target[1], (double) target[2]));

        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(tie, fx(() -> canvas.selectedTieProperty().get()), "the tie under the pointer is selected");
        assertNull(fx(() -> canvas.selectedActorProperty().get()));
        assertEquals(FxColours.of(CanvasStylesheet.tieStyle(VisualStyle.of(Theme.LIGHT), tie).colour()),
                fx(() -> canvas.drawn().tieLayer().colourOf(tie)), "the selected tie keeps its colour");

        // Well away from every tie and vertex: a background click clears the selection.
        robot.clickOn(robot.point(fx(() -> canvas.node())).atPosition(Pos.BOTTOM_RIGHT).atOffset(
                new javafx.geometry.Point2D(-3, -3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(fx(() -> canvas.selectedTieProperty().get()));
    }

    @Test
    void highlightingDimsEveryOtherTieClausesIncluded() {
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        var fra = state("FRA");
        fx(() -> {
            canvas.select(fra);
            return null;
        });
        var neighbourhood = Set.copyOf(view.graph().edgesOf(fra));
        var dimmed = FxColours.of(VisualStyle.of(Theme.LIGHT).dimmed());
        int clausesDimmed = 0;
        for (var t : view.ties()) {
            var colour = fx(() -> canvas.drawn().tieLayer().colourOf(t));
            if (neighbourhood.contains(t)) {
                assertEquals(FxColours.of(CanvasStylesheet.tieStyle(VisualStyle.of(Theme.LIGHT), t).colour()), colour,
                        t.id());
            } else {
                assertEquals(dimmed, colour, "dimmed: " + t.id());
                clausesDimmed += t instanceof ClauseTie ? 1 : 0;
            }
        }
        assertTrue(clausesDimmed > 0, "the view has clause ties outside France's neighbourhood");

        fx(() -> {
            canvas.clearSelection();
            return null;
        });
        for (var t : view.ties()) {
            assertEquals(FxColours.of(CanvasStylesheet.tieStyle(VisualStyle.of(Theme.LIGHT), t).colour()),
                    fx(() -> canvas.drawn().tieLayer().colourOf(t)), "own colour again: " + t.id());
        }
    }

    @Test
    void tieBatchesCarryDashesOnlyForDashedTypes() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        var batches = fx(() -> canvas.drawn().tieLayer().batches());
        var style = VisualStyle.of(Theme.LIGHT);
        var consultation = style.tieStyle(org.allianceatlas.model.TieType.CONSULTATION);
        assertTrue(batches.stream().anyMatch(b -> b.dash().equals(consultation.dash())),
                "consultation ties are dotted");
        var solid = style.tieStyle(org.allianceatlas.model.TieType.MUTUAL_DEFENCE);
        assertTrue(batches.stream().anyMatch(b -> b.dash().isEmpty()
                && Math.abs(b.width() - solid.width()) < 1e-9), "mutual defence is solid");
    }

    @Test
    void theTieImageHasEachTiesColourOnItAndNothingAwayFromTies() {
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        zoom(2);
        var found = fx(() -> clearPointOnATie(view));
        assertTrue(found != null, "a straight tie with a clear stretch");
        var tie = (Tie) found[0];
        double x = (double) found[1];
        double y = (double) found[2];
        int argb = fx(() -> canvas.drawn().tieLayer().settledPixelAt(x, y));
        var expected = fx(() -> canvas.drawn().tieLayer().colourOf(tie));
        assertTrue(argb >>> 24 > 0, "the tie is drawn under its centre line: " + Integer.toHexString(argb));
        // Antialiasing and the alpha's rounding leave a little slack.
        assertEquals(expected.getRed() * 255, (argb >> 16) & 0xff, 12, "red of " + tie.id());
        assertEquals(expected.getGreen() * 255, (argb >> 8) & 0xff, 12, "green of " + tie.id());
        assertEquals(expected.getBlue() * 255, argb & 0xff, 12, "blue of " + tie.id());

        // 12 units to the side of the tie, clear of any other tie: nothing.
        var g = fx(() -> canvas.drawn().tieLayer().geometryOf(tie));
        double len = Math.hypot(g[4] - g[0], g[5] - g[1]);
        double nx = -(g[5] - g[1]) / len * 12;
        double ny = (g[4] - g[0]) / len * 12;
        assertEquals(0, (int) fx(() -> canvas.drawn().tieLayer().settledPixelAt(x + nx, y + ny)), "beside the tie");
    }

    @Test
    void afterAPanByAFractionOfAPixelTheTieImageStillSitsExactlyUnderItsVertices() {
        show(graph.view(FilterCriteria.forYear(2024)), grid(graph));
        for (double dx : new double[] {8, 0.5, 0.25, -3.75}) {
            fx(() -> {
                canvas.panBy(dx, dx / 2);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            var raster = fx(() -> canvas.drawn().tieLayer().settledRaster());
            // Where the drawing's transform puts the image's corner, and where the image is: the same point.
            var corner = fx(() -> canvas.drawn().panel().localToParent(raster.region().getMinX(),
                    raster.region().getMinY()));
            assertEquals(corner.getX(), fx(() -> raster.node().getX()), 0.01, "x after a pan by " + dx);
            assertEquals(corner.getY(), fx(() -> raster.node().getY()), 0.01, "y after a pan by " + dx);
        }
    }

    @Test
    void theTieImageFollowsZoomAndCoversWhatIsVisibleAfterAPan() {
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        zoom(3);
        var found = fx(() -> clearPointOnATie(view));
        double x = (double) found[1];
        double y = (double) found[2];
        // Only what is visible (and a margin) is rasterised: looking far to the right, the point is not in the image;
        // brought back to the centre of the viewport, it is again.
        var far = fx(() -> view.vertices().stream().map(a -> canvas.drawn().centreOf(a))
                .max(java.util.Comparator.comparingDouble(p -> p.distance(x, y))).orElseThrow());
        assertTrue(far.distance(x, y) > 350, "the drawing is larger than the viewport at zoom 3: " + far);
        fx(() -> {
            ((ZoomPanPane) canvas.node()).centreOn(far);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) fx(() -> canvas.drawn().tieLayer().settledPixelAt(x, y)), "not rasterised off screen");
        fx(() -> {
            ((ZoomPanPane) canvas.node()).centreOn(new javafx.geometry.Point2D(x, y));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue((fx(() -> canvas.drawn().tieLayer().settledPixelAt(x, y)) >>> 24) > 0,
                "the tie is in the image at zoom 3 after panning");
        var image = fx(() -> (javafx.scene.image.ImageView) canvas.drawn().tieLayer().node().lookup("ImageView"));
        var onScreen = fx(() -> image.localToScene(image.getLayoutBounds()));
        double pixels = fx(() -> image.getViewport().getWidth());
        assertEquals(onScreen.getWidth(), pixels, 1.5, "one image pixel per screen pixel at the zoom it was drawn for");
    }

    @Test
    void withLiveLayoutTiesFollowTheirVerticesAndSmartGraphKnowsTheTies() throws Exception {
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        var before = fx(canvas::currentPositions);
        fx(() -> {
            canvas.liveLayoutProperty().set(true);
            return null;
        });
        assertEquals(view.ties().size(), fx(() -> canvas.drawn().modelEdgeCount()),
                "the live layout's forces pull along the shown ties");
        assertEquals(view.ties().size(), fx(canvas::drawnTieCount));
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            canvas.liveLayoutProperty().set(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        var after = fx(canvas::currentPositions);
        assertNotEquals(before.asMap(), after.asMap(), "the live layout moved vertices");
        for (var t : view.ties()) {
            var g = fx(() -> canvas.drawn().tieLayer().geometryOf(t));
            var from = fx(() -> canvas.drawn().centreOf(view.first(t)));
            var to = fx(() -> canvas.drawn().centreOf(view.second(t)));
            assertEquals(from.getX(), g[0], 1e-6, t.id());
            assertEquals(from.getY(), g[1], 1e-6, t.id());
            assertEquals(to.getX(), g[4], 1e-6, t.id());
            assertEquals(to.getY(), g[5], 1e-6, t.id());
        }
        assertEquals(0, fx(() -> canvas.drawn().modelEdgeCount()), "out of SmartGraph's model again");
    }

    @Test
    void theSceneHoldsVerticesLabelsAndATieImageNotANodePerTie() {
        var big = new AlignmentGraph(SyntheticDatasets.generate(180, 20, 1140, 11));
        var view = big.view(FilterCriteria.forYear(2024));
        show(view, grid(big));
        int vertices = view.vertices().size();
        assertTrue(vertices >= 190 && view.ties().size() > 1000, vertices + " vertices");
        assertEquals(view.ties().size(), fx(canvas::drawnTieCount));
        int nodes = fx(() -> countNodes(canvas.node()));
        int batches = fx(() -> canvas.drawn().tieLayer().batches().size());
        assertTrue(batches < 40, batches + " tie batches");
        // Per actor SmartGraph makes a group with its shape and a label pane with its text.
        assertTrue(nodes < 4 * big.graph().vertexSet().size() + 50, nodes + " nodes for " + vertices
                + " vertices and " + view.ties().size() + " ties");
    }

    @Test
    void minorTiesAreHiddenWhenZoomedOutUnlessHighlighted() {
        var view = graph.view(FilterCriteria.forYear(2024));
        show(view, grid(graph));
        var minor = view.ties().stream().filter(MinorTies::isMinor).toList();
        var major = view.ties().stream().filter(t -> !MinorTies.isMinor(t)).toList();
        assertFalse(minor.isEmpty(), "the club's and the trio's consultation ties are minor");
        assertTrue(major.stream().anyMatch(t -> t.equals(membership("SWE", "nato"))), "NATO membership stays");

        zoom(MinorTies.MIN_ZOOM / 2);
        assertTrue(fx(() -> canvas.minorTiesHiddenProperty().get()));
        for (var t : minor) {
            assertFalse(fx(() -> canvas.isDrawn(t)), "hidden when zoomed out: " + t.id());
        }
        for (var t : major) {
            assertTrue(fx(() -> canvas.isDrawn(t)), "stays: " + t.id());
        }
        assertEquals(major.size(), fx(canvas::drawnTieCount));

        var club = organisation("club");
        fx(() -> {
            canvas.select(club);
            return null;
        });
        for (var t : view.graph().edgesOf(club)) {
            assertTrue(fx(() -> canvas.isDrawn(t)), "highlighted ties are never hidden: " + t.id());
        }
        fx(() -> {
            canvas.clearSelection();
            return null;
        });

        zoom(1);
        assertFalse(fx(() -> canvas.minorTiesHiddenProperty().get()));
        for (var t : minor) {
            assertTrue(fx(() -> canvas.isDrawn(t)), "drawn when zoomed in: " + t.id());
        }
        assertEquals(view.ties().size(), fx(canvas::drawnTieCount));
    }

    @Test
    void withAFadeAChangeSetFadesOutAndInThenSettles() throws Exception {
        var all = FilterCriteria.forYear(2024);
        var everything = graph.view(all);
        var allButEu = graph.view(all.withOrganisations(Selection.only(Set.of("nato", "wp", "club"))));
        show(everything, grid(graph));
        fx(() -> {
            canvas.setFade(javafx.util.Duration.millis(250));
            return null;
        });
        show(allButEu, grid(graph));
        var euTie = everything.membershipTies().stream().filter(t -> t.organisation().id().equals("eu")).findFirst()
                .orElseThrow();
        assertFalse(fx(() -> canvas.isDrawn(euTie)), "a leaving tie no longer counts as drawn");
        assertTrue(fx(() -> canvas.drawn().tieLayer().fadingCount()) > 0, "it fades out meanwhile");
        assertEquals(allButEu.ties().size(), fx(canvas::drawnTieCount));
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) fx(() -> canvas.drawn().tieLayer().fadingCount()), "the fade has settled");
        assertNull(fx(() -> canvas.drawn().tieLayer().geometryOf(euTie)), "and the leaving tie is gone");
        fx(() -> {
            canvas.setFade(javafx.util.Duration.ZERO);
            return null;
        });
    }

    @Test
    void legendSaysWhenMinorTiesAreHidden() {
        var legend = fx(() -> {
            var l = new LegendView(VisualStyle.of(Theme.LIGHT));
            l.update(graph.view(FilterCriteria.forYear(2024)));
            return l;
        });
        assertFalse(fx(legend::notes).contains(MinorTies.HIDDEN_NOTE));
        fx(() -> {
            legend.setMinorTiesHidden(true);
            return null;
        });
        assertTrue(fx(legend::notes).contains(MinorTies.HIDDEN_NOTE));
        fx(() -> {
            legend.setMinorTiesHidden(false);
            return null;
        });
        assertFalse(fx(legend::notes).contains(MinorTies.HIDDEN_NOTE));
    }

    private void zoom(double z) {
        fx(() -> {
            canvas.zoomProperty().set(z);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {tie, x, y}: a point in panel coordinates on a drawn tie, 20 units clear of vertices and other ties. */
    private Object[] clearPointOnATie(AlignmentView view) {
        var layer = canvas.drawn().tieLayer();
        for (var t : view.ties()) {
            var g = layer.geometryOf(t);
            if (g == null || !Double.isNaN(g[2])) {
                continue;
            }
            for (double s = 0.3; s <= 0.7; s += 0.1) {
                double x = g[0] + s * (g[4] - g[0]);
                double y = g[1] + s * (g[5] - g[1]);
                boolean clear = view.vertices().stream().allMatch(a -> canvas.drawn().centreOf(a).distance(x, y) > 20);
                if (clear && layer.tieAt(x, y, 20) == t && onlyTieWithin(layer, view, t, x, y, 20)) {
                    return new Object[] {t, x, y};
                }
            }
        }
        return null;
    }

    private static boolean onlyTieWithin(TieLayer layer, AlignmentView view, Tie t, double x, double y, double r) {
        // Probe around the point: whatever is hit nearby must be the same tie.
        for (double dx = -r; dx <= r; dx += r / 2) {
            for (double dy = -r; dy <= r; dy += r / 2) {
                var hit = layer.tieAt(x + dx, y + dy, 2);
                if (hit != null && !hit.equals(t)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int countNodes(javafx.scene.Node node) {
        int n = 1;
        if (node instanceof javafx.scene.Parent p) {
            for (var child : p.getChildrenUnmodifiable()) {
                n += countNodes(child);
            }
        }
        return n;
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

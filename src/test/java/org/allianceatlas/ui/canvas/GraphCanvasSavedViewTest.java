package org.allianceatlas.ui.canvas;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import javafx.geometry.Point2D;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.allianceatlas.export.render.Overlay;
import org.allianceatlas.export.render.Scene;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.TestData;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.layout.Viewport;
import org.allianceatlas.model.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the canvas gives saved views: where it looks (read and set), a highlight that stays, the layer's opacity. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GraphCanvasSavedViewTest {

    private static final VisualStyle LIGHT = VisualStyle.of(Theme.LIGHT);

    private final AlignmentGraph graph = new AlignmentGraph(TestData.small());
    private final Positions positions = GraphCanvasTest.grid(graph);
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

    private void shown() {
        fxRun(() -> canvas.show(graph.view(FilterCriteria.forYear(2024)), positions));
        waitUntil("the canvas draws", () -> canvas.scene() != null);
        fxRun(() -> canvas.fit());
    }

    private Actor actor(String id) {
        return graph.dataset().actor(id).orElseThrow();
    }

    /** Where an actor is in the window, px. */
    private Point2D onScreen(Actor a) {
        return fx(() -> canvas.vertices().panel().localToParent(canvas.panelCentres().get(a)));
    }

    private Point2D windowCentre() {
        return fx(() -> new Point2D(canvas.node().getWidth() / 2, canvas.node().getHeight() / 2));
    }

    private void settled(Viewport wanted) {
        waitUntil("the viewport reached", () -> {
            var now = canvas.viewport();
            return now != null && Math.abs(now.zoom() - wanted.zoom()) < 1e-6
                    && Math.abs(now.centreX() - wanted.centreX()) < 1e-6
                    && Math.abs(now.centreY() - wanted.centreY()) < 1e-6;
        });
    }

    @Test
    void aFittedCanvasIsAtZoomOneAndAViewportSetIsTheOneReadBack() {
        shown();
        assertEquals(1, fx(() -> canvas.viewport()).zoom(), 1e-9, "fitted: zoom 1");
        var fra = positions.of("FRA").orElseThrow();
        var wanted = new Viewport(fra.x(), fra.y(), 2.5);
        fxRun(() -> canvas.setViewport(wanted));
        settled(wanted);
        var p = onScreen(actor("FRA"));
        var centre = windowCentre();
        assertEquals(centre.getX(), p.getX(), 0.5, "France at the centre of the window");
        assertEquals(centre.getY(), p.getY(), 0.5);
        assertTrue(fx(() -> canvas.userMovedSinceFit()), "a viewport is kept like the user's own zoom");
        fxRun(() -> canvas.setViewport(null));
        waitUntil("fitted again", () -> !canvas.userMovedSinceFit());
        assertEquals(1, fx(() -> canvas.viewport()).zoom(), 1e-9, "null: the fitted view");
    }

    @Test
    void aViewportAskedForBeforeTheCanvasDrawsIsAppliedAfterItsFirstFit() {
        var detached = fx(() -> new GraphCanvas(LIGHT));
        var deu = positions.of("DEU").orElseThrow();
        var wanted = new Viewport(deu.x(), deu.y(), 2);
        fxRun(() -> {
            detached.show(graph.view(FilterCriteria.forYear(2024)), positions);
            detached.setViewport(wanted);
            assertNull(detached.viewport(), "not drawing yet");
            root.getChildren().setAll(detached.node());
        });
        canvas = detached;
        waitUntil("drawn", () -> canvas.scene() != null);
        settled(wanted);
        var p = onScreen(actor("DEU"));
        assertEquals(windowCentre().getX(), p.getX(), 0.5);
    }

    @Test
    void aSavedHighlightStaysUnderTheAnalysesEmphasisAndGoesWithTheSelection() {
        shown();
        var fra = actor("FRA");
        var deu = actor("DEU");
        fxRun(() -> canvas.setHighlight(Set.of(fra), Set.of()));
        assertEquals(Scene.Emphasis.HIGHLIGHTED, emphasis(fra));
        assertEquals(Scene.Emphasis.DIMMED, emphasis(deu));
        fxRun(() -> canvas.setOverlay(Overlay.NONE));
        assertEquals(Scene.Emphasis.HIGHLIGHTED, emphasis(fra), "the analyses' next overlay keeps it");
        fxRun(() -> canvas.setOverlay(Overlay.NONE.withHighlight(Set.of(deu), Set.of())));
        assertEquals(Scene.Emphasis.HIGHLIGHTED, emphasis(deu), "an analysis' emphasis goes on top");
        assertEquals(Scene.Emphasis.DIMMED, emphasis(fra));
        fxRun(() -> canvas.setOverlay(Overlay.NONE));
        assertEquals(Scene.Emphasis.HIGHLIGHTED, emphasis(fra), "and back when it ends");
        assertEquals(Set.of(fra), fx(() -> canvas.shownHighlight().highlightedActors()));
        fxRun(() -> canvas.clearSelection());
        assertEquals(Scene.Emphasis.NORMAL, emphasis(fra), "Escape or a click on the background clears it");
        assertFalse(fx(() -> canvas.shownHighlight().highlighting()));
    }

    @Test
    void whatIsShownHighlightedIsTheSelectionsNeighbourhoodWithoutHovering() {
        shown();
        var fra = actor("FRA");
        fxRun(() -> canvas.select(fra));
        var highlighted = fx(() -> canvas.shownHighlight().highlightedActors());
        assertTrue(highlighted.contains(fra) && highlighted.size() > 1, "France and its neighbours: " + highlighted);
        assertFalse(fx(() -> canvas.shownHighlight().highlightedTies()).isEmpty());
    }

    @Test
    void theLayerOpacityIsTheTiesAndLabelsAndOutlivesANewDrawing() {
        shown();
        fxRun(() -> canvas.layerOpacityProperty().set(0.25));
        assertEquals(0.25, fx(() -> canvas.layer().node().getOpacity()));
        var other = new AlignmentGraph(TestData.small());
        fxRun(() -> canvas.show(other.view(FilterCriteria.forYear(2024)), positions));
        waitUntil("the new drawing", () -> canvas.scene() != null && canvas.view().source() == other);
        assertEquals(0.25, fx(() -> canvas.layer().node().getOpacity()), "a new tie layer takes it");
    }

    private Scene.Emphasis emphasis(Actor a) {
        return fx(() -> canvas.scene().vertices().stream().filter(v -> v.actor().equals(a)).findFirst()
                .orElseThrow().emphasis());
    }
}

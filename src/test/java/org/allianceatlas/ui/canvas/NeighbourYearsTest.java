package org.allianceatlas.ui.canvas;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.allianceatlas.export.render.Overlay;
import org.allianceatlas.export.render.Scene;
import org.allianceatlas.export.render.TieLook;
import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.TestData;
import org.allianceatlas.layout.Positions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The years next to the one shown are prepared while the canvas is idle, and a step to one of them shows the
 * prepared picture, which is the picture a direct year change draws; after a pan, a zoom, a theme, a filter or an
 * overlay change the prepared picture is never shown (the canvas builds and draws as without it), and a year change
 * with a fade fades as before.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NeighbourYearsTest {

    private static final VisualStyle LIGHT = VisualStyle.of(Theme.LIGHT);
    private static final FilterCriteria Y2023 = FilterCriteria.forYear(2023);

    private final AlignmentGraph graph = new AlignmentGraph(TestData.small());
    private final Positions positions = GraphCanvasTest.grid(graph);
    private StackPane root;
    private GraphCanvas canvas;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new javafx.scene.Scene(root, 900, 700));
        stage.show();
    }

    @BeforeEach
    void newCanvas() {
        canvas = canvas(true);
    }

    @Test
    void aStepToAPreparedYearShowsThePreparedPictureWhichIsThePictureOfADirectYearChange() {
        showPrepared(Y2023);
        fxRun(() -> canvas.show(graph.view(Y2023.withYear(2024)), positions));
        waitUntil("2024 is drawn", () -> canvas.scene() != null && canvas.layer().settledRaster() != null);
        assertEquals(1, fx(() -> canvas.layer().adoptedCount()), "the prepared picture is shown");
        assertTrue(fx(() -> canvas.inScene(membership("SWE", "nato"))), "Sweden's membership is drawn");
        var prepared = picture(canvas);
        var preparedScene = fx(() -> canvas.scene());

        var direct = canvas(false);
        showAndWait(direct, Y2023);
        fxRun(() -> direct.show(graph.view(Y2023.withYear(2024)), positions));
        waitUntil("2024 is drawn directly", () -> direct.scene() != null && direct.layer().scene() != null);
        assertEquals(0, fx(() -> direct.layer().adoptedCount()), "nothing prepared without the years' views");
        assertEquals(fx(() -> direct.scene()), preparedScene, "the same scene");
        assertSamePicture(picture(direct), prepared);
    }

    @Test
    void thePreparedYearIsTheNextInTheDirectionOfTheLastStepAndBothNeighboursArePrepared() {
        showPrepared(Y2023);
        assertEquals(2, fx(() -> canvas.neighbours().preparedCount()), "2022 and 2024");
        fxRun(() -> canvas.show(graph.view(Y2023.withYear(2022)), positions));
        waitUntil("2022 is drawn", () -> canvas.scene() != null && canvas.layer().settledRaster() != null);
        assertEquals(1, fx(() -> canvas.layer().adoptedCount()), "2022 drawn from what was prepared");
        waitUntil("2021 and 2023 are prepared", () -> canvas.neighboursPreparedProperty().get());
        fxRun(() -> canvas.show(graph.view(Y2023), positions));
        waitUntil("2023 is drawn", () -> canvas.scene() != null && canvas.layer().settledRaster() != null);
        assertEquals(2, fx(() -> canvas.layer().adoptedCount()), "2023 drawn from what was prepared");
    }

    @Test
    void stepsBackAndForthShowThePictureOfTheYearLeftAtOnce() {
        showAndWait(canvas, Y2023);
        var back = fx(() -> {
            // In one go, so that no preparation can finish in between: 2024 drawn, then back to 2023.
            canvas.show(graph.view(Y2023.withYear(2024)), positions);
            canvas.scene();
            canvas.layer().settledRaster();
            int before = canvas.layer().adoptedCount();
            canvas.show(graph.view(Y2023), positions);
            canvas.scene();
            canvas.layer().settledRaster();
            return canvas.layer().adoptedCount() - before;
        });
        assertEquals(1, back, "2023's picture, kept when 2024 replaced it, is shown again");
        assertTrue(fx(() -> !canvas.inScene(membership("SWE", "nato"))), "2023's scene: Sweden not yet in NATO");
        assertSamePicture(fullyDrawn(canvas), picture(canvas));
    }

    @Test
    void aPanAfterPreparingIsNeverShownWithThePreparedPictureAndPreparesAgainWhenIdle() {
        assertChangeDropsThePreparedPicture(c -> c.panBy(37, 21));
        // Idle again: prepared for the new place, and shown.
        waitUntil("prepared again", () -> canvas.neighboursPreparedProperty().get());
        fxRun(() -> canvas.show(graph.view(Y2023), positions));
        waitUntil("2023 is drawn", () -> canvas.scene() != null && canvas.layer().settledRaster() != null);
        assertEquals(1, fx(() -> canvas.layer().adoptedCount()), "2023 drawn from what was prepared");
    }

    @Test
    void aZoomAfterPreparingIsNeverShownWithThePreparedPicture() {
        assertChangeDropsThePreparedPicture(c -> c.zoomProperty().set(c.zoomProperty().get() * 1.3));
    }

    @Test
    void aThemeAfterPreparingIsNeverShownWithThePreparedPicture() {
        assertChangeDropsThePreparedPicture(c -> c.setStyle(VisualStyle.of(Theme.DARK)));
    }

    @Test
    void anOverlayAfterPreparingIsNeverShownWithThePreparedPicture() {
        var nato = membership("FRA", "nato");
        assertChangeDropsThePreparedPicture(c -> c.setOverlay(Overlay.NONE.withTieLooks(Map.of(nato,
                new TieLook(Rgb.hex("#d62728"), 4)))));
    }

    @Test
    void aFilterChangeIsNeverShownWithThePreparedPictureOfTheOldFilters() {
        showPrepared(Y2023);
        // The same year step, but the view of other filters (as a filter change and a year change at once).
        var other = Y2023.withYear(2024).withShowIsolated(!Y2023.showIsolated());
        fxRun(() -> canvas.show(graph.view(other), positions));
        waitUntil("the view is drawn", () -> canvas.scene() != null);
        assertEquals(0, fx(() -> canvas.layer().adoptedCount()));
        assertDrawnAsWithoutPreparing(other);
    }

    @Test
    void duringPlaybackAYearChangeStillFadesTiesInAndOut() {
        showPrepared(Y2023);
        fxRun(() -> canvas.setFade(Duration.millis(200)));
        fxRun(() -> canvas.show(graph.view(Y2023.withYear(2024)), positions));
        assertTrue(fx(() -> canvas.scene() != null && canvas.layer().fadingCount() > 0),
                "Sweden's membership fades in");
        assertEquals(0, fx(() -> canvas.layer().adoptedCount()), "a fade draws its own images");
        waitUntil("the fade settles", () -> canvas.layer().fadingCount() == 0);
        assertTrue(fx(() -> canvas.inScene(membership("SWE", "nato"))));
    }

    /** Prepares around 2023, makes {@code change} and steps to 2024 before the canvas is idle again. */
    private void assertChangeDropsThePreparedPicture(Consumer<GraphCanvas> change) {
        showPrepared(Y2023);
        fxRun(() -> {
            change.accept(canvas);
            canvas.show(graph.view(Y2023.withYear(2024)), positions);
        });
        waitUntil("2024 is drawn", () -> canvas.scene() != null && canvas.layer().settledRaster() != null);
        assertEquals(0, fx(() -> canvas.layer().adoptedCount()), "the prepared picture is not shown");
        var shown = picture(canvas);
        assertSamePicture(fullyDrawn(canvas), shown);
    }

    /** The canvas shows what a canvas without preparation shows for the same view. */
    private void assertDrawnAsWithoutPreparing(FilterCriteria criteria) {
        var shownScene = fx(() -> canvas.scene());
        var shown = picture(canvas);
        var direct = canvas(false);
        showAndWait(direct, criteria);
        assertEquals(fx(() -> direct.scene()), shownScene);
        assertSamePicture(picture(direct), shown);
    }

    private GraphCanvas canvas(boolean preparing) {
        return fx(() -> {
            var c = new GraphCanvas(LIGHT);
            if (preparing) {
                c.setYearViews(graph::view);
            }
            root.getChildren().setAll(c.node());
            return c;
        });
    }

    private void showPrepared(FilterCriteria criteria) {
        showAndWait(canvas, criteria);
        waitUntil("the neighbouring years are prepared", () -> canvas.neighboursPreparedProperty().get());
    }

    private void showAndWait(GraphCanvas c, FilterCriteria criteria) {
        fxRun(() -> c.show(graph.view(criteria), positions));
        waitUntil("the canvas draws", () -> c.scene() != null && c.layer().settledRaster().region() != null);
    }

    /** The settled tie image: its pixels, size, scale and region. */
    private record Picture(int[] pixels, int width, int height, double scale, javafx.geometry.Bounds region) {
    }

    private static Picture picture(GraphCanvas c) {
        return fx(() -> {
            var raster = c.layer().settledRaster();
            var size = raster.size();
            return new Picture(raster.pixels(), size[0], size[1], raster.scale(), raster.region());
        });
    }

    /** The canvas's scene drawn afresh at the layer's placement (what {@link SceneRaster#draw} gives). */
    private static Picture fullyDrawn(GraphCanvas c) {
        return fx(() -> {
            Scene scene = c.scene();
            var layer = c.layer();
            layer.settledRaster();
            var placement = layer.placement();
            var drawables = SceneLayer.settledDrawables(scene);
            var fresh = new SceneRaster(layer.renderer(), layer.sprites());
            fresh.draw(drawables, SceneLayer.extent(drawables), placement.toLayer(), placement.renderScale(),
                    placement.visible(), true);
            var size = fresh.size();
            return new Picture(fresh.pixels(), size[0], size[1], fresh.scale(), fresh.region());
        });
    }

    /**
     * The same picture where the two images overlap (both are on the same device pixel grid), but for antialiasing
     * at the seams of strips and tiles (the tolerance of {@code SceneRasterTest}); a tie or label missing or left
     * behind differs over hundreds of pixels.
     */
    private static void assertSamePicture(Picture expected, Picture actual) {
        assertEquals(expected.scale(), actual.scale(), 1e-9, "the same zoom");
        int dx = (int) Math.round((actual.region().getMinX() - expected.region().getMinX()) * expected.scale());
        int dy = (int) Math.round((actual.region().getMinY() - expected.region().getMinY()) * expected.scale());
        int x0 = Math.max(0, dx);
        int y0 = Math.max(0, dy);
        int x1 = Math.min(expected.width(), dx + actual.width());
        int y1 = Math.min(expected.height(), dy + actual.height());
        assertTrue(x1 - x0 > 100 && y1 - y0 > 100, "the images overlap");
        int differing = 0;
        int largest = 0;
        int inked = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int e = expected.pixels()[y * expected.width() + x];
                int a = actual.pixels()[(y - dy) * actual.width() + (x - dx)];
                inked += e != 0 ? 1 : 0;
                if (e != a) {
                    differing++;
                    for (int shift = 0; shift < 32; shift += 8) {
                        largest = Math.max(largest, Math.abs((e >>> shift & 255) - (a >>> shift & 255)));
                    }
                }
            }
        }
        assertTrue(inked > 1000, "ties and labels drawn: " + inked);
        assertTrue(differing < (x1 - x0) * (y1 - y0) / 50, differing + " pixels differ");
        assertTrue(largest <= 96, "edges only: a channel differs by " + largest);
    }

    private MembershipTie membership(String state, String org) {
        return graph.membershipTies().stream()
                .filter(t -> t.membership().stateId().equals(state) && t.organisation().id().equals(org))
                .findFirst().orElseThrow();
    }
}

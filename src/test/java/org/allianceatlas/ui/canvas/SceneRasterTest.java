package org.allianceatlas.ui.canvas;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;

import org.allianceatlas.export.FontFace;
import org.allianceatlas.export.Java2dRenderer;
import org.allianceatlas.export.render.Anchor;
import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The tie image's update after a change redraws only the tiles that differ, and gives the picture of a full
 * rasterisation (antialiasing apart): ties dropped, added and drawn in another order, labels moved, runs of alike
 * ties stroked as one path, and, after two updates, the spare buffer brought up to date from the image shown.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SceneRasterTest {

    private static final Bounds CONTENT = new BoundingBox(0, 0, 700, 450);
    /** Panel to layer: 1.5 × zoom, the drawing's corner on whole pixels. */
    private static final Transform TO_LAYER = Transform.affine(1.5, 0, 0, 1.5, 12, 8);
    private static final Rgb[] COLOURS = {Rgb.hex("#1f77b4"), Rgb.hex("#d62728"), Rgb.hex("#2ca02c").withAlpha(0.7)};

    private final Java2dRenderer renderer = new Java2dRenderer(
            FontFace.resolve(VisualStyle.of(Theme.LIGHT).fontFamilies()));

    @Start
    void start(Stage stage) {
        // The toolkit only: images and image views need it, no window.
    }

    @Test
    void aSmallChangeRedrawsAFewTilesAndGivesThePixelsOfAFullRasterisation() {
        var change = change(drawables(new Random(7)));
        var before = change.before();
        var after = change.after();
        var raster = fx(() -> new SceneRaster(renderer, new LabelSprites(renderer)));
        fx(() -> {
            raster.draw(before, CONTENT, TO_LAYER, 1, null, true);
            raster.update(after, CONTENT, TO_LAYER, 1, null);
            return null;
        });
        double share = fx(raster::lastRedrawnShare);
        assertTrue(share > 0 && share < 0.3, "a few tiles are redrawn, not the image: " + share);
        assertAntialiasingApart(fullyDrawn(after), fx(raster::pixels));

        // Back again: the spare buffer holds the picture before the change, brought up to date where it differs.
        fx(() -> {
            raster.update(before, CONTENT, TO_LAYER, 1, null);
            return null;
        });
        assertTrue(fx(raster::lastRedrawnShare) < 0.3);
        assertAntialiasingApart(fullyDrawn(before), fx(raster::pixels));
    }

    @Test
    void theSameDrawablesAgainChangeNoPixelAndKeepTheImage() {
        var items = drawables(new Random(3));
        var raster = fx(() -> new SceneRaster(renderer, new LabelSprites(renderer)));
        var image = fx(() -> {
            raster.draw(items, CONTENT, TO_LAYER, 1, null, true);
            return raster.node().getImage();
        });
        fx(() -> {
            raster.update(List.copyOf(items), CONTENT, TO_LAYER, 1, null);
            return null;
        });
        assertEquals(0, fx(raster::lastRedrawnShare));
        assertSame(image, fx(() -> raster.node().getImage()), "no new image to upload");
    }

    @Test
    void aChangeAtAnotherZoomIsDrawnInFull() {
        var change = change(drawables(new Random(5)));
        var before = change.before();
        var after = change.after();
        var raster = fx(() -> new SceneRaster(renderer, new LabelSprites(renderer)));
        fx(() -> {
            raster.draw(before, CONTENT, TO_LAYER, 1, null, true);
            raster.update(after, CONTENT, Transform.affine(2, 0, 0, 2, 12, 8), 1, null);
            return null;
        });
        assertEquals(1, fx(raster::lastRedrawnShare));
    }

    /**
     * The same picture, but for antialiasing: Java2D's renderer (Marlin) splits a stroke where it crosses the clip,
     * so a stroke drawn in a tile may cover its edge pixels by a few sixty-fourths more or less than the same stroke
     * drawn in a band (the full rasterisation's two bands differ from one unbanded drawing alike). A tie left behind
     * or missing would differ by its full colour over hundreds of pixels.
     */
    private static void assertAntialiasingApart(int[] expected, int[] actual) {
        assertEquals(expected.length, actual.length, "image size");
        int differing = 0;
        int largest = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                differing++;
                for (int shift = 0; shift < 32; shift += 8) {
                    largest = Math.max(largest, Math.abs((expected[i] >>> shift & 255) - (actual[i] >>> shift & 255)));
                }
            }
        }
        assertTrue(differing < expected.length / 50, differing + " pixels differ");
        assertTrue(largest <= 96, "edges only: a channel differs by " + largest);
    }

    private int[] fullyDrawn(List<Drawable> items) {
        var fresh = fx(() -> new SceneRaster(renderer, new LabelSprites(renderer)));
        return fx(() -> {
            fresh.draw(items, CONTENT, TO_LAYER, 1, null, true);
            return fresh.pixels();
        });
    }

    /** Ties in runs of alike lines (straight, curved, dashed, with arrowheads), then labels with halos. */
    private static List<Drawable> drawables(Random random) {
        var items = new ArrayList<Drawable>();
        for (int i = 0; i < 240; i++) {
            var colour = COLOURS[i / 40 % COLOURS.length];
            double width = i / 40 % 2 == 0 ? 1.2 : 2.5;
            List<Double> dash = i / 80 == 1 ? List.of(4.0, 3.0) : List.of();
            double x1 = random.nextDouble() * 700;
            double y1 = random.nextDouble() * 450;
            double x2 = random.nextDouble() * 700;
            double y2 = random.nextDouble() * 450;
            boolean curved = i % 5 == 0;
            var head = i % 7 == 0 ? new Drawable.Arrowhead(x2 + 6, y2, x2, y2 - 3, x2, y2 + 3) : null;
            items.add(new Drawable.Line(x1, y1, curved ? (x1 + x2) / 2 + 40 : Double.NaN,
                    curved ? (y1 + y2) / 2 - 40 : Double.NaN, x2, y2, colour, width, dash, head));
        }
        for (int i = 0; i < 40; i++) {
            items.add(new Drawable.Text(random.nextDouble() * 650, 20 + random.nextDouble() * 420, "Label " + i, 12,
                    Rgb.hex("#222222"), Anchor.START, i % 3 == 0, Rgb.hex("#ffffff")));
        }
        return items;
    }

    /**
     * Two pictures: {@code items} and two crossing ties; the same with three ties gone, two new, the crossing ties
     * (of different colours) in the other order and a label moved.
     */
    private record Change(List<Drawable> before, List<Drawable> after) {
    }

    private static Change change(List<Drawable> items) {
        var crossingA = Drawable.Line.straight(300, 50, 340, 90, COLOURS[0], 3, List.of());
        var crossingB = Drawable.Line.straight(300, 90, 340, 50, COLOURS[1], 3, List.of());
        var before = new ArrayList<>(items);
        before.add(crossingB);
        before.add(crossingA);
        var after = new ArrayList<>(items);
        int label = after.size() - 5;
        var text = (Drawable.Text) after.get(label);
        after.set(label, new Drawable.Text(text.x() + 30, text.y() + 4, text.text(), text.size(), text.colour(),
                text.anchor(), text.bold(), text.halo()));
        after.remove(150);
        after.remove(90);
        after.remove(10);
        after.add(60, Drawable.Line.straight(100, 100, 180, 140, COLOURS[1], 2, List.of()));
        after.add(200, Drawable.Line.straight(500, 300, 560, 260, COLOURS[0], 1.2, List.of()));
        after.add(crossingA);
        after.add(crossingB);
        return new Change(List.copyOf(before), List.copyOf(after));
    }
}

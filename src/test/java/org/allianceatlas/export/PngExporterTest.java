package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;

import javax.imageio.ImageIO;

import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExporterTest {

    @TempDir
    Path dir;

    private BufferedImage export(ImageOptions options, PngExporter exporter, String name) throws Exception {
        var view = ExportFixtures.view(2024);
        var target = dir.resolve(name);
        exporter.export(new ExportJob(view, ExportFixtures.positions(view), options, target, false));
        return ImageIO.read(target.toFile());
    }

    @Test
    void hasTheRequestedPixelSizeTimesTheScale() throws Exception {
        var image = export(ImageOptions.defaults().withPage(PageSize.parse("800x600")).withScale(2),
                new PngExporter(), "a.png");
        assertEquals(1600, image.getWidth());
        assertEquals(1200, image.getHeight());
    }

    @Test
    void isNotBlank() throws Exception {
        var image = export(ImageOptions.defaults(), new PngExporter(), "b.png");
        var colours = new HashSet<Integer>();
        int nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if ((rgb & 0xffffff) != 0xffffff) {
                    nonWhite++;
                }
            }
        }
        assertTrue(colours.size() > 50, "region colours, lines, anti-aliased text: " + colours.size());
        assertTrue(nonWhite > 2000, "something is drawn: " + nonWhite);
        assertEquals(0xffffffff, image.getRGB(0, 0), "white page corner");
    }

    @Test
    void aTransparentBackgroundLeavesTheCornersClear() throws Exception {
        var image = export(ImageOptions.defaults().withBackground(Background.TRANSPARENT), new PngExporter(),
                "c.png");
        assertEquals(0, image.getRGB(0, 0) >>> 24, "alpha 0");
    }

    /**
     * An opaque picture is written without an alpha channel (less to draw and compress), and every pixel is the
     * page's, also at a scale where the page's edge falls inside a pixel (the export dialog's preview).
     */
    @Test
    void anOpaquePictureHasNoAlphaAndItsEdgesAreThePage() throws Exception {
        var image = export(ImageOptions.defaults(), new PngExporter(), "f.png");
        assertTrue(!image.getColorModel().hasAlpha(), "RGB: " + image.getColorModel());
        var view = ExportFixtures.view(2024);
        var model = Pictures.of(view, ExportFixtures.positions(view), ImageOptions.defaults());
        var preview = PngExporter.render(model, 0.3137);
        assertEquals(Math.round(1920 * 0.3137), preview.getWidth());
        for (int x : new int[] {0, preview.getWidth() - 1}) {
            for (int y : new int[] {0, preview.getHeight() - 1}) {
                assertEquals(0xffffffff, preview.getRGB(x, y), "white at " + x + "," + y);
            }
        }
    }

    @Test
    void bothEncodersWriteTheSamePixels() throws Exception {
        var options = ImageOptions.defaults().withPage(PageSize.parse("640x400"));
        var a = export(options, new PngExporter(PngExporter.Encoder.PNGENCODER), "d.png");
        var b = export(options, new PngExporter(PngExporter.Encoder.IMAGEIO), "e.png");
        assertArrayEquals(a.getRGB(0, 0, 640, 400, null, 0, 640), b.getRGB(0, 0, 640, 400, null, 0, 640));
    }

    @Test
    void anImageTooLargeForMemoryIsRefusedWithAClearMessage() {
        var options = ImageOptions.defaults().withPage(PageSize.parse("10000x10000")).withScale(4);
        var view = ExportFixtures.view(2024);
        var e = assertThrows(ExportException.class, () -> new PngExporter().export(
                new ExportJob(view, ExportFixtures.positions(view), options, dir.resolve("big.png"), false)));
        assertEquals(ExportException.Reason.INVALID_OPTIONS, e.reason());
        assertTrue(e.getMessage().contains("40000x40000"), e.getMessage());
    }
}

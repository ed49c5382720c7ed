package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.export.render.Anchor;
import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.Layer;
import org.allianceatlas.export.render.MapRequest;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.Region;
import org.allianceatlas.service.AtlasService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {

    /** At most this share of the pixels may differ from the PNG export: glyph edges and antialiasing. */
    private static final double MAX_DIFFERING = 0.03;

    private static final VisualStyle LIGHT = VisualStyle.of(Theme.LIGHT);

    @TempDir
    Path dir;

    private Path export(ImageOptions options, String name) throws Exception {
        var view = ExportFixtures.view(2024);
        var target = dir.resolve(name);
        new PdfExporter().export(new ExportJob(view, ExportFixtures.positions(view), options, target, false));
        return target;
    }

    @Test
    void titleAndLabelsAreSearchableText() throws Exception {
        try (var doc = Loader.loadPDF(export(ImageOptions.defaults(), "a.pdf").toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            var text = new PDFTextStripper().getText(doc);
            for (var expected : new String[] {"Defence alignments, 2024", "France", "Germany", "Ukraine", "NATO",
                    "Mutual defence", "Europe", "Data: Alliance Atlas"}) {
                assertTrue(text.contains(expected), "'" + expected + "' is text in the PDF:\n" + text);
            }
            assertEquals("Defence alignments, 2024", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void anA4PageIsA4() throws Exception {
        try (var doc = Loader.loadPDF(export(ImageOptions.defaults().withPage(PageSize.A4_PORTRAIT), "b.pdf")
                .toFile())) {
            var box = doc.getPage(0).getMediaBox();
            assertEquals(595.3, box.getWidth(), 1.0, "210 mm in points");
            assertEquals(841.9, box.getHeight(), 1.0, "297 mm in points");
        }
    }

    @Test
    void aCustomTitleReplacesTheDefault() throws Exception {
        try (var doc = Loader.loadPDF(export(ImageOptions.defaults().withTitle(true, "NATO & friends"), "c.pdf")
                .toFile())) {
            var text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("NATO & friends"));
            assertTrue(!text.contains("Defence alignments"));
        }
    }

    /**
     * The PDF draws what the PNG export draws: the shipped data's Europe 2024 slide (ties, translucent membership
     * lines, arrowheads, dashes, organisation squares, labels with halos, call-outs, legend, title), rendered by
     * PDFBox at one pixel per page unit, differs from the PNG in few pixels (glyph edges, antialiasing).
     */
    @Test
    void theSlideLooksLikeThePngExport() throws Exception {
        var service = new AtlasService();
        assertTrue(service.loadShippedAnd(List.of()).usable());
        var criteria = FilterCriteria.forYear(2024).withRegions(List.of(Region.EUROPE));
        var view = service.filter(criteria);
        var options = ImageOptions.defaults();
        var area = new RenderModelBuilder().graphArea(view, LIGHT, options);
        var positions = service.layout(criteria, LayoutKind.GEOGRAPHIC, LIGHT::radius, area.width(), area.height());
        assertLooksLikeThePng(Pictures.of(view, positions, options));
    }

    /** The same for the alliance map: countries as even-odd filled paths, hatched where two organisations meet. */
    @Test
    void theAllianceMapLooksLikeThePngExport() throws Exception {
        var model = MapPictures.picture(MapRequest.alliances(2024, List.of("nato", "eu")), MapPictures.world(), 1920,
                1080, LIGHT, true);
        assertLooksLikeThePng(model);
    }

    private static void assertLooksLikeThePng(RenderModel model) throws Exception {
        var png = PngExporter.render(model, 1);
        BufferedImage drawn;
        try (var doc = saved(model)) {
            drawn = new PDFRenderer(doc).renderImageWithDPI(0, 96);
        }
        assertEquals(png.getWidth(), drawn.getWidth());
        assertEquals(png.getHeight(), drawn.getHeight());
        double differing = SvgViewersTest.differing(png, drawn);
        assertTrue(differing < MAX_DIFFERING, String.format("%.2f %%", differing * 100)
                + " of the pixels differ from the PNG export");
    }

    /** The document as written and read back, as a viewer gets it. */
    private static PDDocument saved(RenderModel model) throws Exception {
        var out = new ByteArrayOutputStream();
        PdfExporter.write(model, out);
        return Loader.loadPDF(out.toByteArray());
    }

    /**
     * The font is embedded as a subset (a tagged name like {@code ABCDEF+DejaVuSans}), so that a slide's PDF stays
     * small, and every document gets its own subset: a second document from the same parsed font holds the glyphs
     * of its own text, not those of the first; a label with a halo reads as one word.
     */
    @Test
    void fontsAreEmbeddedAsSubsetsPerDocument() throws Exception {
        var face = FontFace.resolve(LIGHT.fontFamilies());
        org.junit.jupiter.api.Assumptions.assumeTrue(face.regularFile() != null, "no TrueType file on this machine");
        var first = page(text("Lisbon", 20, false));
        // With a halo: its stroked pass lies exactly under the filled one, so the text is read once.
        var second = page(new Drawable.Text(20, 30, "Zagreb", 20, Rgb.hex("#000000"), Anchor.START, false,
                Rgb.hex("#ffffff")));
        for (var model : List.of(first, second)) {
            try (var doc = saved(model)) {
                var resources = doc.getPage(0).getResources();
                var name = resources.getFontNames().iterator().next();
                var font = resources.getFont(name);
                assertTrue(font instanceof PDType0Font, "a CID font: " + font);
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "a subset: " + font.getName());
                assertNotNull(font.getFontDescriptor().getFontFile2(), "the TrueType program is in the file");
                var text = new PDFTextStripper().getText(doc).strip();
                assertEquals(model == first ? "Lisbon" : "Zagreb", text);
                var bytes = new ByteArrayOutputStream();
                doc.save(bytes);
                assertTrue(bytes.size() < 30_000, "a few glyphs, not the whole font: " + bytes.size() + " bytes");
            }
        }
    }

    /**
     * A name with a character the font lacks is drawn as outlines, so it is never missing from the page, while the
     * rest of the page stays text.
     */
    @Test
    void aCharacterTheFontLacksIsDrawnAsOutlines() throws Exception {
        var missing = "\u6771\u4eac"; // Tokyo in kanji: not in DejaVu Sans or Helvetica's encoding
        var model = page(text("Kyoto", 20, false),
                new Drawable.Text(50, 80, missing, 40, Rgb.hex("#000000"), Anchor.START, true, Rgb.hex("#ffffff")));
        try (var doc = saved(model)) {
            var text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Kyoto"), text);
            assertFalse(text.contains(missing), "not text: " + text);
            var image = new PDFRenderer(doc).renderImageWithDPI(0, 96);
            int dark = 0;
            for (int y = 40; y < 90; y++) {
                for (int x = 50; x < 130; x++) {
                    dark += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
                }
            }
            assertTrue(dark > 100, "the outlines are drawn: " + dark + " dark pixels");
        }
    }

    private static Drawable.Text text(String s, double size, boolean bold) {
        return new Drawable.Text(20, 30, s, size, Rgb.hex("#000000"), Anchor.START, bold);
    }

    private static RenderModel page(Drawable... drawables) {
        return new RenderModel(200, 100, Rgb.hex("#ffffff"), null, LIGHT.fontFamilies(),
                List.of(new Layer("labels", List.of(drawables))));
    }
}

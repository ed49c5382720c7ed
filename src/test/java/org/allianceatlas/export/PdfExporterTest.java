package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {

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
}

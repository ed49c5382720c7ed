package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlideDeckExporterTest {

    @TempDir
    Path dir;

    private static SlideDeckExporter.Slide slide(FilterCriteria criteria, ImageOptions options) {
        var view = ExportFixtures.graph().view(criteria);
        return SlideDeckExporter.Slide.of(view, ExportFixtures.positions(view), options, true);
    }

    private static List<SlideDeckExporter.Slide> threeSlides() {
        return List.of(
                slide(FilterCriteria.forYear(1960), ImageOptions.defaults()),
                slide(FilterCriteria.forYear(2024).withOrganisations(Selection.only(List.of("nato"))),
                        ImageOptions.defaults().withTitle(true, "NATO in 2024")),
                slide(FilterCriteria.forYear(2024), ImageOptions.defaults()));
    }

    private static String notes(XSLFSlide slide) {
        var text = new StringBuilder();
        for (var shape : slide.getNotes()) {
            if (shape instanceof XSLFTextShape t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }

    private static List<XSLFPictureShape> pictures(XSLFSlide slide) {
        var out = new ArrayList<XSLFPictureShape>();
        slide.getShapes().forEach(s -> {
            if (s instanceof XSLFPictureShape p) {
                out.add(p);
            }
        });
        return out;
    }

    @Test
    void deckHasASlidePerViewWithItsTitleOnePictureAndTheSourcesInTheNotes() throws Exception {
        var target = dir.resolve("talk.pptx");
        new SlideDeckExporter().export(threeSlides(), target, false, ExportProgress.NONE);
        try (var in = Files.newInputStream(target); var deck = new XMLSlideShow(in)) {
            assertEquals(3, deck.getSlides().size());
            assertEquals(960, deck.getPageSize().width);
            assertEquals(540, deck.getPageSize().height);
            var titles = deck.getSlides().stream().map(XSLFSlide::getTitle).toList();
            assertEquals(List.of("Defence alignments, 1960", "NATO in 2024", "Defence alignments, 2024"), titles);
            for (var slide : deck.getSlides()) {
                assertEquals(1, pictures(slide).size(), "one picture on " + slide.getTitle());
            }
            var nato = deck.getSlides().get(1);
            var natoNotes = notes(nato);
            assertTrue(natoNotes.contains("NATO (North Atlantic Treaty Organization)"), natoNotes);
            assertTrue(natoNotes.contains("Test source <https://example.org/>"), "each with its citation: "
                    + natoNotes);
            assertFalse(natoNotes.contains("European Union"), "only what this slide draws: " + natoNotes);
            var all = notes(deck.getSlides().get(2));
            assertTrue(all.contains("Treaty of Aachen, Art. 4(1) (FRA\u2013DEU, mutual defence, signed 2019-01-22)"),
                    all);
            assertTrue(all.contains("Clauses:") && all.contains("Organisations:"), all);
            assertFalse(notes(deck.getSlides().get(0)).contains("Aachen"), "no 2019 treaty on the 1960 slide");
        }
    }

    @Test
    void pictureIsAnSvgWithAPngFallbackOfTheSameDrawing() throws Exception {
        var target = dir.resolve("vector.pptx");
        new SlideDeckExporter().export(threeSlides().subList(0, 1), target, false, ExportProgress.NONE);
        try (var in = Files.newInputStream(target); var deck = new XMLSlideShow(in)) {
            var picture = pictures(deck.getSlides().get(0)).get(0);
            assertEquals(PictureType.PNG, picture.getPictureData().getType());
            var png = ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData()));
            assertEquals(SlideDeckExporter.PICTURE_PAGE.width(), png.getWidth());
            var svg = picture.getSvgImage();
            assertNotNull(svg, "an asvg:svgBlip beside the PNG");
            assertEquals(PictureType.SVG, svg.getType());
            var text = new String(svg.getData(), StandardCharsets.UTF_8);
            assertTrue(text.contains("<svg") && text.contains("NATO"), "the same picture, with its labels as text");
            assertFalse(text.contains("Defence alignments, 1960"), "the title is the slide's, not the picture's");
        }
    }

    @Test
    void aCustomTitleKeepsTheFiltersBelowItUnlessAskedNotTo() {
        var criteria = FilterCriteria.forYear(2024).withOrganisations(Selection.only(List.of("nato")));
        var view = ExportFixtures.graph().view(criteria);
        var options = ImageOptions.defaults().withTitle(true, "NATO today");
        assertEquals("Organisations: NATO",
                SlideDeckExporter.Slide.of(view, ExportFixtures.positions(view), options, true).subtitle());
        assertEquals("", SlideDeckExporter.Slide.of(view, ExportFixtures.positions(view), options, false).subtitle());
    }

    @Test
    void aCancelledDeckLeavesNothingBehind() throws Exception {
        var target = dir.resolve("cancelled.pptx");
        var progress = new ExportProgress() {
            private int done;

            @Override
            public void update(int d, int total) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= 2;
            }
        };
        assertThrows(CancellationException.class, () -> new SlideDeckExporter().export(threeSlides(), target, false,
                progress));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void anEmptyDeckIsRefusedWithTheReason() {
        var e = assertThrows(ExportException.class, () -> new SlideDeckExporter().export(List.of(),
                dir.resolve("empty.pptx"), false, ExportProgress.NONE));
        assertTrue(e.getMessage().contains("at least one slide"), e.getMessage());
    }
}

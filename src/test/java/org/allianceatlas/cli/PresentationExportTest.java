package org.allianceatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format gif|mp4|png-sequence|pptx} and {@code project views|check}, as a user runs them. */
class PresentationExportTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AtlasCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path project() throws Exception {
        return Files.writeString(dir.resolve("talk.atlas"), """
                {
                  "format": "alliance-atlas-project/1",
                  "data": {"shipped": true},
                  "views": [
                    {"name": "Cold War", "year": 1985, "filters": {"organisations": ["nato", "warsaw-pact"]},
                     "title": {"text": "NATO and the Warsaw Pact, 1985"}},
                    {"name": "Today", "year": 2024, "filters": {"organisations": ["nato"]}}
                  ]
                }
                """);
    }

    @Test
    void aGifOfYearsIsWrittenWithItsFrameCount() throws Exception {
        var target = dir.resolve("nato.gif");
        assertEquals(0, run("export", "--format", "gif", "--from", "2020", "--to", "2024", "--org", "nato",
                "--size", "320x240", "--frames-per-year", "2", "--out", target.toString()), err.toString());
        assertTrue(out.toString().contains("5 years, 10 frames of 320x240 at 8 fps"), out.toString());
        try (var in = ImageIO.createImageInputStream(target.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(320, reader.read(0).getWidth());
        }
    }

    @Test
    void anAnimationDefaultsTo720p() throws Exception {
        var target = dir.resolve("frames");
        assertEquals(0, run("export", "--format", "png-sequence", "--from", "2024", "--to", "2024",
                "--frames-per-year", "1", "--out", target.toString()), err.toString());
        var frame = ImageIO.read(target.resolve("frame-00001.png").toFile());
        assertEquals(1280, frame.getWidth());
        assertEquals(720, frame.getHeight());
    }

    @Test
    void anAnimationWithoutYearsIsBadUsage() {
        assertEquals(2, run("export", "--format", "mp4", "--out", dir.resolve("a.mp4").toString()));
        assertTrue(err.toString().contains("needs --from YEAR and --to YEAR"), err.toString());
        assertFalse(Files.exists(dir.resolve("a.mp4")));
    }

    @Test
    void animationOptionsOnASingleViewFormatAreBadUsage() {
        assertEquals(2, run("export", "--format", "png", "--from", "2000", "--out", dir.resolve("a.png").toString()));
        assertTrue(err.toString().contains("are for gif, mp4, png-sequence and pptx"), err.toString());
    }

    @Test
    void anUnknownFormatListsEveryFormat() {
        assertEquals(2, run("export", "--format", "avi", "--out", dir.resolve("a.avi").toString()));
        assertTrue(err.toString().contains("png, svg, pdf") && err.toString().contains("png-sequence, pptx"),
                err.toString());
    }

    @Test
    void aDeckOfAProjectHasOneSlidePerSavedView() throws Exception {
        var target = dir.resolve("talk.pptx");
        assertEquals(0, run("export", "--format", "pptx", "--project", project().toString(), "--out",
                target.toString()), err.toString());
        try (var in = Files.newInputStream(target); var deck = new XMLSlideShow(in)) {
            assertEquals(List.of("NATO and the Warsaw Pact, 1985", "Defence alignments, 2024"),
                    deck.getSlides().stream().map(s -> s.getTitle()).toList());
        }
    }

    @Test
    void aDeckOfChosenViewsKeepsTheOrderGiven() throws Exception {
        var target = dir.resolve("one.pptx");
        assertEquals(0, run("export", "--format", "pptx", "--project", project().toString(), "--view", "today",
                "--view", "Cold War", "--out", target.toString()), err.toString());
        try (var in = Files.newInputStream(target); var deck = new XMLSlideShow(in)) {
            assertEquals(List.of("Defence alignments, 2024", "NATO and the Warsaw Pact, 1985"),
                    deck.getSlides().stream().map(s -> s.getTitle()).toList());
        }
        assertEquals(1, run("export", "--format", "pptx", "--project", project().toString(), "--view", "Nope",
                "--out", dir.resolve("none.pptx").toString()));
        assertTrue(err.toString().contains("no saved view 'Nope'; its views: 'Cold War', 'Today'"), err.toString());
    }

    @Test
    void aDeckOfYearsHasASlideAYear() throws Exception {
        var target = dir.resolve("years.pptx");
        assertEquals(0, run("export", "--format", "pptx", "--from", "1990", "--to", "2020", "--step", "15",
                "--org", "nato", "--out", target.toString()), err.toString());
        try (var in = Files.newInputStream(target); var deck = new XMLSlideShow(in)) {
            assertEquals(List.of("Defence alignments, 1990", "Defence alignments, 2005", "Defence alignments, 2020"),
                    deck.getSlides().stream().map(s -> s.getTitle()).toList());
        }
    }

    @Test
    void aBrokenProjectIsReportedWithItsPlaceAndNothingIsWritten() throws Exception {
        var bad = Files.writeString(dir.resolve("bad.atlas"), "{\"views\": [{\"name\": \"A\", \"year\": \"x\"}]}");
        var target = dir.resolve("bad.pptx");
        assertEquals(1, run("export", "--format", "pptx", "--project", bad.toString(), "--out", target.toString()));
        assertTrue(err.toString().contains("bad.atlas:1:34: error: 'year' must be a whole number"), err.toString());
        assertFalse(Files.exists(target));
    }

    @Test
    void projectViewsListsTheViewsInOrder() throws Exception {
        assertEquals(0, run("project", "views", project().toString()), err.toString());
        assertEquals("1. Cold War (1985, geographic; Organisations: NATO, Warsaw Pact)\n"
                + "2. Today (2024, geographic; Organisations: NATO)\n", out.toString().replace("\r\n", "\n"));
    }

    @Test
    void projectCheckSaysWhetherItOpens() throws Exception {
        assertEquals(0, run("project", "check", project().toString()), err.toString());
        assertTrue(out.toString().contains("opens: 2 saved views, 0 warnings"), out.toString());
        assertEquals(1, run("project", "check", dir.resolve("missing.atlas").toString()));
        assertTrue(err.toString().contains("missing.atlas: error: no such file"), err.toString());
    }
}

package org.allianceatlas.bench.legibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.allianceatlas.cli.AtlasCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counter reads our own exports as they are drawn: if the SVG's layers change names or structure, these figures
 * would silently become zeros, so this test says so instead. (The counter itself imports nothing of ours; only this
 * test runs our CLI.)
 */
class OurExportReadingTest {

    private static final Pattern WROTE = Pattern.compile("(\\d+) states, (\\d+) organisations");

    @TempDir
    Path dir;

    @Test
    void everyVertexOfOurSlideIsFoundAndEveryLabelHasOne() throws IOException {
        var svg = dir.resolve("nato-warsaw-1985.svg");
        var gexf = dir.resolve("nato-warsaw-1985.gexf");
        var out = new StringWriter();
        var err = new StringWriter();
        String[] view = {"--year", "1985", "--org", "nato", "--org", "warsaw-pact"};
        assertEquals(0, AtlasCli.execute(new PrintWriter(out), new PrintWriter(err), concat(
                new String[] {"export", "--format", "svg", "--out", svg.toString()}, view)), err.toString());
        assertEquals(0, AtlasCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), concat(
                new String[] {"export", "--format", "gexf", "--out", gexf.toString()}, view)), err.toString());
        var counts = WROTE.matcher(out.toString());
        assertTrue(counts.find(), out.toString());
        int states = Integer.parseInt(counts.group(1));
        int organisations = Integer.parseInt(counts.group(2));

        var picture = new SvgPictureReader().read(svg);
        assertEquals(states + organisations, picture.vertices().size());
        assertEquals(states, picture.vertices().stream().filter(SvgVertex::round).count(), "states are circles");
        assertTrue(!picture.labels().isEmpty() && picture.labels().size() <= picture.vertices().size());
        assertNotNull(picture.legend(), "the legend is found");
        assertNotNull(picture.title(), "the title is found");

        var report = Legibility.measure(picture, StateNames.predicate(StateNames.of(gexf)));
        assertEquals(picture.labels().size(), report.byKey() + report.byTitle() + report.byNearest());
        assertTrue(report.smallestStateLabel() > 0, "states are labelled: " + report);
        assertTrue(report.pageFilled() > 0 && report.pageFilled() <= 1);
        assertTrue(report.besideLegendFilled() >= report.pageFilled(), "the area beside the legend is smaller");
    }

    private static String[] concat(String[] a, String[] b) {
        var all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

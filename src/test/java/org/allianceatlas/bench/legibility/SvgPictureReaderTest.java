package org.allianceatlas.bench.legibility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SvgPictureReaderTest {

    private static final double EPS = 1e-6;

    @Test
    void ourLayersGiveVerticesLabelsAndTheLegend() {
        var picture = Svgs.read(Svgs.slide("""
                <rect width="100%" height="100%" fill="#fff"/>
                <g class="ties"><line x1="0" y1="0" x2="500" y2="500"/></g>
                <g class="vertices">
                  <circle cx="100" cy="100" r="6"><title>France</title></circle>
                  <rect x="190" y="90" width="20" height="20" rx="3"><title>NATO</title></rect>
                </g>
                <g class="labels"><text x="110" y="103" font-size="10">FRA</text></g>
                <g class="legend">
                  <rect x="1500" y="100" width="300" height="200"/><text x="1510" y="130">Regions</text>
                </g>
                <g class="title"><text x="40" y="60" font-size="30">Defence alignments, 2024</text></g>
                """));
        assertEquals(2, picture.vertices().size(), "the background and the ties are not vertices");
        var france = picture.vertices().get(0);
        assertTrue(france.round());
        assertEquals("France", france.title());
        assertEquals(6, france.r(), EPS);
        assertEquals(new Box(190, 90, 210, 110), picture.vertices().get(1).box());
        assertEquals(1, picture.labels().size(), "legend and title texts are not labels");
        var label = picture.labels().get(0);
        assertEquals("FRA", label.text());
        assertEquals(110, label.box().minX(), EPS);
        // DejaVu Sans: "FRA" is about 1.95 em wide, and the line box 1.17 em high
        assertTrue(label.box().width() > 15 && label.box().width() < 25, label.box().toString());
        assertTrue(label.box().height() > 10 && label.box().height() < 13, label.box().toString());
        assertTrue(label.box().minY() < 103 - 8 && label.box().maxY() > 103 + 1.5, "ascent above, descent below");
        assertEquals(new Box(1500, 100, 1800, 300), picture.legend());
        assertNotNull(picture.title());
        assertNull(picture.caption());
    }

    @Test
    void transformsMoveAndScaleLabelsAndShapes() {
        var picture = Svgs.read(Svgs.slide("""
                <g class="vertices" transform="translate(100,50)">
                  <g transform="scale(2)"><circle cx="10" cy="10" r="5"/></g>
                  <circle cx="0" cy="0" r="4" transform="matrix(1 0 0 3 0 0)"/>
                </g>
                <g class="labels" transform="translate(100,50) scale(2)">
                  <text x="10" y="20" font-size="8">AB</text>
                </g>
                """));
        var scaled = picture.vertices().get(0);
        assertTrue(scaled.round());
        assertEquals(120, scaled.cx(), EPS);
        assertEquals(70, scaled.cy(), EPS);
        assertEquals(10, scaled.r(), EPS);
        var stretched = picture.vertices().get(1);
        assertTrue(!stretched.round(), "a circle stretched in one direction is bounded by a box");
        assertEquals(new Box(96, 38, 104, 62), stretched.box());
        var label = picture.labels().get(0);
        assertEquals(16, label.sizePx(), EPS);
        assertEquals(120, label.box().minX(), EPS);
        assertTrue(label.box().maxY() > 90 && label.box().minY() < 90 - 12, label.box().toString());
    }

    @Test
    void aRotatedLabelIsBoundedByTheBoxAroundIt() {
        var flat = Svgs.read(Svgs.slide("<g class=\"labels\"><text x=\"500\" y=\"500\" font-size=\"20\">"
                + "Long label</text></g>")).labels().get(0).box();
        var turned = Svgs.read(Svgs.slide("<g class=\"labels\"><text x=\"500\" y=\"500\" font-size=\"20\" "
                + "transform=\"rotate(90 500 500)\">Long label</text></g>")).labels().get(0).box();
        assertEquals(flat.width(), turned.height(), 1e-6);
        assertEquals(flat.height(), turned.width(), 1e-6);
    }

    @Test
    void aPictureIsFittedIntoTheSlide() {
        var half = Svgs.read(Svgs.page("0 0 960 540",
                "<g class=\"labels\"><text x=\"480\" y=\"270\" font-size=\"7\">X</text></g>"));
        assertEquals(2, half.scale(), EPS);
        assertEquals(14, half.labels().get(0).sizePx(), EPS);
        assertEquals(960, half.labels().get(0).box().minX(), EPS);

        // Wider than 16:9 (as Gephi's often are): half the scale, centred between bands above and below.
        var wide = Svgs.read(Svgs.page("-100 0 3840 1080",
                "<g class=\"vertices\"><circle cx=\"-100\" cy=\"0\" r=\"10\"/></g>"));
        assertEquals(0.5, wide.scale(), EPS);
        var corner = wide.vertices().get(0);
        assertEquals(0, corner.cx(), EPS);
        assertEquals(270, corner.cy(), EPS);
        assertEquals(5, corner.r(), EPS);
    }

    @Test
    void gephisStructureIsReadWithoutFetchingItsDtd() throws IOException {
        var svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" >
                <svg width="400" height="200" viewBox="-200 -100 400 200" xmlns="http://www.w3.org/2000/svg">
                  <g id="edges"><path class="id_FRA id_nato" d="M 0,0 A 10,10 0,0 1,NaN,NaN" fill="none"/></g>
                  <g id="nodes">
                    <circle class="id_FRA" cx="10" cy="20" r="8"/>
                    <circle class="id_nato" cx="-50" cy="0" r="30"/>
                  </g>
                  <g id="node-labels-outline"><text class="id_FRA" x="10" y="20">France</text></g>
                  <g id="node-labels">
                    <text font-size="12" x="10" y="20" style="text-anchor: middle; dominant-baseline: central;"
                          font-family="Dialog" class="id_FRA">
                        France
                    </text>
                  </g>
                </svg>
                """;
        var picture = new SvgPictureReader().read("gephi.svg",
                new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, picture.vertices().size(), "edges are not vertices");
        assertEquals("FRA", picture.vertices().get(0).key());
        assertEquals(1, picture.labels().size(), "the outline copy is not a second label");
        var label = picture.labels().get(0);
        assertEquals("France", label.text());
        assertEquals("FRA", label.key());
        assertEquals("Dialog", label.font());
        double s = 1920 / 400.0;
        // centred on the node in both directions
        assertEquals((200 + 10) * s, label.box().centerX(), 1e-6);
        assertEquals(540 + 20 * s, label.box().centerY(), 1e-6);
        assertEquals(12 * s, label.sizePx(), 1e-6);
    }

    @Test
    void hiddenElementsAndNonLabelTextsAreSkipped() {
        var picture = Svgs.read(Svgs.slide("""
                <g class="labels">
                  <text x="10" y="20" display="none">hidden</text>
                  <text x="10" y="40" style="visibility: hidden">hidden too</text>
                  <text x="10" y="60"> </text>
                  <text x="10" y="80">shown</text>
                </g>
                """));
        assertEquals(1, picture.labels().size());
        assertEquals("shown", picture.labels().get(0).text());
    }

    @Test
    void linesOfOneLabelMakeOneBox() {
        var picture = Svgs.read(Svgs.slide("""
                <g class="labels">
                  <text x="100" y="100" font-size="10">Bosnia and<tspan x="100" dy="12">Herzegovina</tspan></text>
                </g>
                """));
        assertEquals(1, picture.labels().size());
        var label = picture.labels().get(0);
        assertEquals("Bosnia and Herzegovina", label.text());
        assertTrue(label.box().height() > 12 + 10, "two lines high: " + label.box());
    }

    @Test
    void withoutGroupsLooseShapesAndTextsCountButNotTheBackground() {
        var picture = Svgs.read(Svgs.slide("""
                <rect x="0" y="0" width="1920" height="1080" fill="white"/>
                <circle cx="50" cy="50" r="5"/>
                <polygon points="100,100 120,100 110,80"/>
                <text x="60" y="55">A</text>
                """));
        assertEquals(2, picture.vertices().size());
        assertEquals(new Box(100, 80, 120, 100), picture.vertices().get(1).box());
        assertEquals(1, picture.labels().size());
    }

    @Test
    void pathPointsFollowRelativeAndAbsoluteCommands() {
        assertArrayEquals(new double[] {10, 10, 15, 10, 15, 15, 10, 15}, SvgPictureReader.pathPoints(
                "M10 10 l 5 0 v 5 h -5 z"), EPS);
        assertArrayEquals(new double[] {0, 0, 2, 4, 6, 4, 8, 0}, SvgPictureReader.pathPoints("M0,0 C2,4 6,4 8,0"),
                EPS);
    }

    @Test
    void lengthsConvertUnits() {
        assertEquals(16, SvgPictureReader.length("12pt", 10, 0, 0), EPS);
        assertEquals(15, SvgPictureReader.length("1.5em", 10, 0, 0), EPS);
        assertEquals(50, SvgPictureReader.length("50%", 10, 100, 0), EPS);
        assertEquals(7, SvgPictureReader.length("wide", 10, 100, 7), EPS);
    }

    @Test
    void aBrokenFileIsReportedWithLineAndColumn() {
        var e = assertThrows(IOException.class, () -> new SvgPictureReader().read("broken.svg",
                new ByteArrayInputStream("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g></svg>"
                        .getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("broken.svg:2:"), e.getMessage());
        var notSvg = assertThrows(IOException.class, () -> new SvgPictureReader().read("page.html",
                new ByteArrayInputStream("<html/>".getBytes(StandardCharsets.UTF_8))));
        assertTrue(notSvg.getMessage().contains("not <svg>"), notSvg.getMessage());
    }
}

package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class SvgWriterTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;

    private static String svg(AlignmentView view, ImageOptions options) throws Exception {
        var model = new RenderModelBuilder().build(view, ExportFixtures.positions(view),
                VisualStyle.of(options.background().theme()), options);
        var out = new ByteArrayOutputStream();
        new SvgWriter().write(model, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void matchesTheGoldenFile() throws Exception {
        Golden.assertSimilarXml(svg(ExportFixtures.view(2024), ImageOptions.defaults()), "small.svg");
    }

    @Test
    void markupInNamesIsEscapedNeverExecuted() throws Exception {
        var xml = svg(ExportFixtures.view(2024), ImageOptions.defaults());
        assertFalse(xml.contains("<script"), "a state called <script> must not become a script element");
        var doc = XmlChecks.parse(xml);
        assertEquals(0, doc.getElementsByTagNameNS(SVG, "script").getLength());
        var titles = new ArrayList<String>();
        var list = doc.getElementsByTagNameNS(SVG, "title");
        for (int i = 0; i < list.getLength(); i++) {
            titles.add(list.item(i).getTextContent());
        }
        assertTrue(titles.contains("<script>alert(1)</script>"), "the name is kept as text: " + titles);
        assertTrue(titles.contains("A & B"));
        assertTrue(xml.contains("A &amp; B"));
    }

    @Test
    void labelsAreRealTextInAFontListWithAGenericFallback() throws Exception {
        var doc = XmlChecks.parse(svg(ExportFixtures.view(2024), ImageOptions.defaults()));
        var texts = new ArrayList<String>();
        var list = doc.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < list.getLength(); i++) {
            texts.add(list.item(i).getTextContent());
        }
        assertTrue(texts.contains("France") && texts.contains("NATO") && texts.contains("Defence alignments, 2024"),
                texts.toString());
        var style = doc.getElementsByTagNameNS(SVG, "style").item(0).getTextContent();
        assertTrue(style.contains("font-family: Inter, 'Noto Sans', 'DejaVu Sans'") && style.contains("sans-serif;"),
                style);
        var groups = doc.getElementsByTagNameNS(SVG, "g");
        var single = ((Element) groups.item(0)).getAttribute("font-family");
        assertTrue(VisualStyle.of(Theme.LIGHT).fontFamilies().contains(single),
                "one family of the list for renderers that read no list: " + single);
    }

    @Test
    void pageSizeAndBackgroundFollowTheOptions() throws Exception {
        var dark = svg(ExportFixtures.view(2024), ImageOptions.defaults()
                .withPage(org.allianceatlas.export.render.PageSize.A4_PORTRAIT)
                .withBackground(org.allianceatlas.export.render.Background.DARK));
        var root = XmlChecks.parse(dark).getDocumentElement();
        assertEquals("794", root.getAttribute("width"));
        assertEquals("1123", root.getAttribute("height"));
        assertTrue(dark.contains(VisualStyle.of(Theme.DARK).background().toHex()));
        var transparent = svg(ExportFixtures.view(2024), ImageOptions.defaults()
                .withBackground(org.allianceatlas.export.render.Background.TRANSPARENT));
        assertFalse(transparent.contains("width=\"100%\""), "no background rectangle");
    }

    @Test
    void exporterWritesAParsableFileAndRefusesToOverwrite() throws Exception {
        var target = dir.resolve("view.svg");
        new SvgExporter().export(ExportFixtures.job(ExportFixtures.view(2024), target, false));
        XmlChecks.parse(Files.readString(target));
        var e = org.junit.jupiter.api.Assertions.assertThrows(ExportException.class,
                () -> new SvgExporter().export(ExportFixtures.job(ExportFixtures.view(2020), target, false)));
        assertEquals(ExportException.Reason.EXISTS, e.reason());
    }
}

package org.allianceatlas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.model.Region;
import org.junit.jupiter.api.Test;

class CanvasStylesheetTest {

    private final VisualStyle light = VisualStyle.of(Theme.LIGHT);
    private final String css = CanvasStylesheet.css(light, Set.of("DejaVu Sans"));

    @Test
    void sheetHasNoEffectsAndNoOpacity() {
        assertFalse(css.contains("-fx-effect"), css);
        assertFalse(css.contains("-fx-opacity"), css);
    }

    @Test
    void tiesAreNotInTheSheet() {
        assertFalse(css.contains(".edge"), "ties are drawn by the scene layer, not as SmartGraph edges");
    }

    @Test
    void statesAreColouredByRegion() {
        for (var region : Region.values()) {
            var body = block(".graph .vertex." + CanvasStylesheet.regionClass(region));
            assertTrue(body.contains(light.regionColour(region).toCss()), region.name());
        }
    }

    @Test
    void highlightedNodesOutrankTheDimmingRule() {
        assertTrue(css.contains(".graph.highlighting .vertex.region-europe.highlighted"));
        int dimming = css.indexOf(".graph.highlighting .vertex {");
        assertTrue(dimming > css.indexOf(".graph .vertex.region-europe"),
                "dimming comes after the base vertex rules of equal specificity");
    }

    @Test
    void communityClassesFillStatesOverTheirRegionAndYieldToDimming() {
        for (int k = 1; k <= VisualStyle.COMMUNITY_COLOURS; k++) {
            var selector = ".graph .vertex." + CanvasStylesheet.communityClass(k);
            assertTrue(block(selector).contains(light.communityColour(k).toCss()), selector);
            assertTrue(css.contains(".graph.highlighting .vertex." + CanvasStylesheet.communityClass(k)
                    + ".highlighted"), "a highlighted state keeps its community colour");
        }
        assertEquals(CanvasStylesheet.COMMUNITY_OTHER,
                CanvasStylesheet.communityClass(VisualStyle.COMMUNITY_COLOURS + 1), "beyond the palette");
        assertTrue(block(".graph .vertex." + CanvasStylesheet.COMMUNITY_OTHER)
                .contains(light.communityNeutral().toCss()));
        // Equal specificity everywhere: the order decides. Regions, then communities, then the dimming.
        int community = css.indexOf(".graph .vertex.community-1");
        assertTrue(community > css.lastIndexOf(".graph .vertex.region-"), "communities win over regions");
        assertTrue(community < css.indexOf(".graph.highlighting .vertex {"), "dimming wins over communities");
    }

    @Test
    void firstInstalledPreferredFontWinsElseTheGenericFamily() {
        var preferred = List.of("Inter", "Noto Sans", "sans-serif");
        assertEquals("Noto Sans", CanvasStylesheet.fontFamily(preferred, Set.of("Noto Sans", "Arial")));
        assertEquals("sans-serif", CanvasStylesheet.fontFamily(preferred, Set.of("Comic Sans")));
    }

    @Test
    void darkThemeDiffersFromLight() {
        var dark = CanvasStylesheet.css(VisualStyle.of(Theme.DARK), Set.of());
        assertFalse(dark.equals(css));
        assertTrue(dark.contains(VisualStyle.of(Theme.DARK).dimmed().toCss()));
    }

    /** The declarations of the rule whose selector list starts with {@code selector}. */
    private String block(String selector) {
        var m = Pattern.compile(Pattern.quote(selector) + "[,\\s][^{]*\\{([^}]*)}").matcher(css);
        assertTrue(m.find(), "no rule for " + selector);
        return m.group(1);
    }
}

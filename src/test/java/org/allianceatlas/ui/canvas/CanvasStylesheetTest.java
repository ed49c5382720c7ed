package org.allianceatlas.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.TieType;

class CanvasStylesheetTest {

    private final VisualStyle light = VisualStyle.of(Theme.LIGHT);
    private final String css = CanvasStylesheet.css(light, Set.of("DejaVu Sans"));

    @Test
    void sheetHasNoEffectsAndNoOpacity() {
        assertFalse(css.contains("-fx-effect"), css);
        assertFalse(css.contains("-fx-opacity"), css);
    }

    @Test
    void onlyDashedTieTypesGetADashArray() {
        for (var type : TieType.values()) {
            var body = block(".graph .edge.clause." + CanvasStylesheet.tieClass(type));
            assertEquals(light.tieStyle(type).isDashed(), body.contains("-fx-stroke-dash-array"), type.name());
        }
        assertTrue(block(".graph .edge.clause.tie-non-aggression").contains("-fx-stroke-dash-array: 7 4;"));
    }

    @Test
    void membershipTiesAreTranslucentThroughTheirStrokeColour() {
        var body = block(".graph .edge.membership.tie-mutual-defence");
        var alpha = light.membershipStyle(Set.of(TieType.MUTUAL_DEFENCE)).colour().toCss();
        assertTrue(body.contains("-fx-stroke: " + alpha + ";"), body);
        assertTrue(alpha.startsWith("rgba(") && alpha.endsWith(",0.450)"), alpha);
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
        int dimming = css.indexOf(".graph.highlighting .edge.clause, .graph.highlighting .edge.membership {");
        assertTrue(dimming > css.indexOf(".graph .edge.clause.tie-mutual-defence"),
                "dimming is as specific as the base tie rules and comes after them");
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

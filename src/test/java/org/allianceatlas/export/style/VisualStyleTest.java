package org.allianceatlas.export.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.allianceatlas.model.Region;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;

class VisualStyleTest {

    @Test
    void everyTieTypeHasAStyleInBothThemesAndStylesTellTypesApart() {
        for (var theme : Theme.values()) {
            var style = VisualStyle.of(theme);
            var seen = new HashSet<String>();
            for (var t : TieType.values()) {
                var s = style.tieStyle(t);
                assertNotNull(s, t + " in " + theme);
                assertTrue(seen.add(s.colour() + "|" + s.width() + "|" + s.dash()), t + " looks like another type");
            }
        }
    }

    @Test
    void regionColoursAreDistinctAndReadableOnTheBackground() {
        var style = VisualStyle.of(Theme.LIGHT);
        var colours = new HashSet<Rgb>();
        for (var r : Region.values()) {
            colours.add(style.regionColour(r));
        }
        assertEquals(Region.values().length, colours.size());
        assertNotEquals(style.background(), style.foreground());
    }

    @Test
    void communityColoursAreTheirOwnPaletteWithANeutralForTheRest() {
        for (var theme : Theme.values()) {
            var style = VisualStyle.of(theme);
            var palette = style.communityColours();
            assertEquals(VisualStyle.COMMUNITY_COLOURS, palette.size(), theme.key());
            assertEquals(palette.size(), Set.copyOf(palette).size(), "distinct in " + theme.key());
            for (var r : Region.values()) {
                assertFalse(palette.contains(style.regionColour(r)), "not a region colour: " + r);
            }
            var neutral = style.communityNeutral();
            assertFalse(palette.contains(neutral));
            assertEquals(neutral.r(), neutral.g(), "a grey: no hue");
            assertEquals(neutral.g(), neutral.b(), "a grey: no hue");
            for (var other : List.of(style.dimmed(), style.background(), style.organisationFill())) {
                assertTrue(Math.abs(neutral.luminance() - other.luminance()) > 0.05,
                        "the neutral grey stands apart from " + other + " in " + theme.key());
            }
            assertEquals(palette.get(0), style.communityColour(1), "the largest community takes the first colour");
            assertEquals(palette.get(palette.size() - 1), style.communityColour(palette.size()));
            assertEquals(neutral, style.communityColour(palette.size() + 1), "beyond the palette: neutral");
            assertEquals(neutral, style.communityColour(0));
        }
    }

    @Test
    void membershipTakesTheStrongestTypeOfItsOrganisation() {
        assertEquals(TieType.MUTUAL_DEFENCE,
                VisualStyle.primaryType(Set.of(TieType.CONSULTATION, TieType.MUTUAL_DEFENCE)));
        var m = VisualStyle.of(Theme.LIGHT).membershipStyle(Set.of(TieType.MUTUAL_DEFENCE));
        assertTrue(m.colour().alpha() < 1, "membership spokes recede behind clauses");
    }

    @Test
    void organisationsGrowWithMembersUpToACap() {
        var style = VisualStyle.of(Theme.LIGHT);
        assertTrue(style.organisationRadius(30) > style.organisationRadius(3));
        assertEquals(20, style.organisationRadius(10_000));
    }
}

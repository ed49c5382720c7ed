package org.allianceatlas.export.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
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
        assertEquals(28, style.organisationRadius(10_000));
    }
}

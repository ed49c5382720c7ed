package org.allianceatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OrganisationNameTest {

    private static OrganisationName name(String from, String name, String acronym) {
        return new OrganisationName(PartialDate.parse(from), name, acronym);
    }

    /** The EU as the shipped data models it, with its dated names given out of order. */
    private static Organisation eu() {
        return new Organisation("eu", "European Union", "EU", OrganisationKind.UNION,
                YearSpan.from(PartialDate.parse("1958-01-01")), Set.of(TieType.MUTUAL_DEFENCE), false, null, null,
                null, List.of(), null, List.of(
                        name("1993-11-01", "European Union", "EU"),
                        name("1958", "European Economic Community", "EEC"),
                        name("1967-07-01", "European Communities", "EC")));
    }

    @Test
    void namesAreSortedByDate() {
        assertEquals(List.of("EEC", "EC", "EU"), eu().names().stream().map(OrganisationName::acronym).toList());
    }

    @Test
    void nameInFollowsTheYearRuleAtEachRenaming() {
        var eu = eu();
        // A name counts from the year of its 'from': the EC (from 1967-07-01) is the name on 31 December 1967.
        assertEquals("EEC", eu.shortLabelIn(1966));
        assertEquals("EC", eu.shortLabelIn(1967));
        assertEquals("European Communities", eu.nameIn(1992));
        assertEquals("EC", eu.shortLabelIn(1992));
        assertEquals("European Union", eu.nameIn(1993));
        assertEquals("EU", eu.shortLabelIn(1993));
        assertEquals("EU", eu.shortLabelIn(2025));
    }

    @Test
    void yearsBeforeTheFirstDatedNameFallBackToTheCurrentName() {
        var eu = eu();
        assertEquals("European Union", eu.nameIn(1950));
        assertEquals("EU", eu.shortLabelIn(1950));
        assertEquals("EU", eu.shortLabel(), "the undated short label stays the current one");
    }

    @Test
    void anOrganisationWithoutDatedNamesKeepsItsName() {
        var nato = new Organisation("nato", "North Atlantic Treaty Organization", "NATO", OrganisationKind.ALLIANCE,
                YearSpan.from(PartialDate.parse("1949-04-04")), Set.of(TieType.MUTUAL_DEFENCE), false, null, null,
                null, List.of(), null);
        assertEquals(List.of(), nato.names());
        assertEquals("NATO", nato.shortLabelIn(1950));
        assertEquals("North Atlantic Treaty Organization", nato.nameIn(1950));
    }

    @Test
    void aNameWithoutAcronymIsItsOwnShortLabel() {
        assertEquals("Western Union", name("1948", "Western Union", null).shortLabel());
        assertEquals("Western Union", name("1948", "Western Union", " ").shortLabel());
        assertThrows(IllegalArgumentException.class, () -> name("1948", " ", null));
    }
}

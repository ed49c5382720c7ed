package org.allianceatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StateTest {

    private static State ddr() {
        return new State("DDR", "German Democratic Republic", Region.EUROPE, Subregion.WESTERN_EUROPE, "East Berlin",
                52.5, 13.4, 265, new YearSpan(PartialDate.of(1949, 10, 7), PartialDate.of(1990, 10, 3)), null);
    }

    @Test
    void aHistoricalStateExistsByTheYearRule() {
        var ddr = ddr();
        assertFalse(ddr.existsIn(1948));
        assertTrue(ddr.existsIn(1949), "founded in October: it exists on 31 December 1949");
        assertTrue(ddr.existsIn(1989));
        assertFalse(ddr.existsIn(1990), "gone on 3 October 1990: not there on 31 December");
    }

    @Test
    void aStateWithoutExistenceExistsThroughout() {
        var state = ddr().withExistence(null);
        assertTrue(state.existsIn(1815));
        assertTrue(state.existsIn(2100));
    }

    @Test
    void theRegionFollowsTheSubregion() {
        var state = new State("NOR", "Norway", Region.AFRICA, Subregion.NORTHERN_EUROPE, "Oslo", 59.9, 10.7, 385,
                null, null);
        assertEquals(Region.EUROPE, state.region());
    }

    @Test
    void identityIsTheIsoCode() {
        var renamed = new State("DDR", "East Germany", Region.EUROPE, Subregion.WESTERN_EUROPE, null, 0, 0, null,
                null, null);
        assertEquals(ddr(), renamed);
        assertEquals("DDR", renamed.shortLabel());
    }

    private static State germany() {
        var source = new Source("s", "a source", "https://example.org", null, null, null, null);
        var west = new StateName(new YearSpan(PartialDate.of(1949, 5, 23), PartialDate.of(1990, 10, 3)),
                "West Germany", List.of(source));
        return new State("DEU", "Germany", Region.EUROPE, Subregion.WESTERN_EUROPE, "Berlin", 52.5, 13.4, 255, null,
                null, List.of(west));
    }

    @Test
    void aDatedNameHoldsByTheYearRule() {
        var deu = germany();
        assertEquals("Germany", deu.nameIn(1938), "before the dated name, the state's own name");
        assertEquals("Germany", deu.nameIn(1948));
        assertEquals("West Germany", deu.nameIn(1949), "founded in May: West Germany on 31 December 1949");
        assertEquals("West Germany", deu.nameIn(1989));
        assertEquals("Germany", deu.nameIn(1990), "united on 3 October 1990: Germany on 31 December");
        assertEquals("Germany", deu.nameIn(2000));
        assertEquals("Germany", deu.name(), "name() stays the current name");
    }

    @Test
    void aNewExistenceKeepsTheDatedNames() {
        assertEquals("West Germany", germany().withExistence(null).nameIn(1985));
    }
}

package org.allianceatlas.io.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CowCrosswalkTest {

    private final CowCrosswalk crosswalk = ImportFixtures.crosswalk();

    @Test
    void code365IsTheSovietUnionUntil1991AndRussiaAfter() {
        assertEquals("SUN", crosswalk.lookup(365, 1950).orElseThrow().iso3());
        assertEquals("RUS", crosswalk.lookup(365, 1995).orElseThrow().iso3());
    }

    @Test
    void bothGermanCodesMapToDeuAndEastGermanyToDdr() {
        assertEquals("DEU", crosswalk.lookup(255, 1900).orElseThrow().iso3());
        assertEquals("DEU", crosswalk.lookup(260, 1960).orElseThrow().iso3());
        assertEquals("DDR", crosswalk.lookup(265, 1960).orElseThrow().iso3());
    }

    @Test
    void aCodeOutsideItsYearsMapsToTheNearestSpanWithAWarning() {
        var france1943 = crosswalk.lookup(220, 1943).orElseThrow();
        assertEquals("FRA", france1943.iso3());
        assertNotNull(france1943.warning());
        assertNull(crosswalk.lookup(220, 1950).orElseThrow().warning());
        assertTrue(crosswalk.lookup(999, 1950).isEmpty());
    }
}

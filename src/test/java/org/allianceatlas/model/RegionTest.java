package org.allianceatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void everySubregionBelongsToExactlyTheRegionThatListsIt() {
        int listed = 0;
        for (var region : Region.values()) {
            for (var sub : region.subregions()) {
                assertEquals(region, sub.region());
                listed++;
            }
        }
        assertEquals(Subregion.values().length, listed);
    }

    @Test
    void regionsAndSubregionsAreFoundByTheirLabelInAnyCase() {
        assertEquals(Optional.of(Region.EUROPE), Region.fromLabel("europe"));
        assertEquals(Optional.of(Subregion.NORTHERN_EUROPE), Subregion.fromLabel("NORTHERN EUROPE"));
        assertTrue(Region.fromLabel("Eurasia").isEmpty());
        assertTrue(Subregion.fromLabel("Europe").isEmpty(), "a region is not a sub-region");
    }

    @Test
    void labelsAreUnique() {
        assertEquals(Subregion.values().length,
                Arrays.stream(Subregion.values()).map(Subregion::label).distinct().count());
    }
}

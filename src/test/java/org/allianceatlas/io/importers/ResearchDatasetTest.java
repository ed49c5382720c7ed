package org.allianceatlas.io.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.model.Organisation;
import org.junit.jupiter.api.Test;

class ResearchDatasetTest {

    @Test
    void natoAndTheOtherFamousCowAlliancesGetTheShippedIds() {
        var cow = ResearchDataset.COW;
        assertEquals("nato", cow.organisationId(227));
        assertEquals("warsaw-pact", cow.organisationId(243));
        assertEquals("rio-treaty", cow.organisationId(210));
        assertEquals("arab-league-jdec", cow.organisationId(230));
        assertEquals("seato", cow.organisationId(238));
        assertEquals("cento", cow.organisationId(241));
        assertEquals("anzus", cow.organisationId(232));
        assertEquals("weu", cow.organisationId(218));
        assertEquals("nato", ResearchDataset.ATOP.organisationId(3180));
        assertEquals("cow-229", cow.organisationId(229));
        assertEquals("COW 229", cow.organisationName(229));
    }

    /** A famous slug that is not a shipped organisation, or is named differently, would not merge as expected. */
    @Test
    void everyFamousSlugIsAShippedAllianceOfTheSameName() {
        var loaded = new DatasetLoader().load(DataInput.shipped());
        assertFalse(loaded.report().hasErrors(), loaded.report().format());
        var wrong = new ArrayList<String>();
        for (var dataset : ResearchDataset.values()) {
            for (Map.Entry<Integer, ResearchDataset.Famous> e : dataset.famous().entrySet()) {
                var shipped = loaded.dataset().organisation(e.getValue().slug()).map(Organisation::name);
                if (!shipped.equals(Optional.of(e.getValue().name()))) {
                    wrong.add(dataset.label() + " " + e.getKey() + " → " + e.getValue() + ", shipped: " + shipped);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}

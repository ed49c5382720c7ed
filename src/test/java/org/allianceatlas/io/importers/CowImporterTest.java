package org.allianceatlas.io.importers;

import static org.allianceatlas.io.importers.ImportFixtures.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;

class CowImporterTest {

    @Test
    void byMemberFileGivesOrganisationsAndBilateralClauses() {
        var r = ImportFixtures.cow().importFiles(List.of(file("cow-members.csv")));
        assertFalse(r.hasErrors(), r.problems().toString());
        var org = r.dataset().organisation("cow-3180").orElseThrow();
        assertEquals(Set.of(TieType.MUTUAL_DEFENCE), org.tieTypes());
        var sweden = r.dataset().membershipsOfOrganisation("cow-3180").stream()
                .filter(m -> m.stateId().equals("SWE")).findFirst().orElseThrow();
        assertEquals(PartialDate.parse("2024-03-07"), sweden.span().start());
        assertNull(sweden.span().end(), "an empty end means still in force");
        // 2105: Soviet Union – China, three obligations → three clauses.
        assertEquals(3, r.dataset().clauses().stream().filter(c -> c.id().startsWith("cow-2105-")).count());
        assertTrue(r.dataset().clause("cow-2105-non-aggression").isPresent());
    }

    @Test
    void dyadsAreSymmetricWhetherListedOnceOrTwice() {
        var r = ImportFixtures.cow().importFiles(List.of(file("cow-dyads.csv")));
        assertFalse(r.hasErrors(), r.problems().toString());
        var both = r.dataset().clause("cow-4001-consultation").orElseThrow();
        assertEquals(Set.of("USA", "GBR"), Set.copyOf(both.parties()));
        var once = r.dataset().clause("cow-4002-non-aggression").orElseThrow();
        assertEquals(Set.of("FRA", "SWE"), Set.copyOf(once.parties()));
        assertEquals(PartialDate.parse("1980-12-31"), once.end());
    }

    @Test
    void byMemberFileWinsOverDyadsForTheSameAlliance() {
        var r = ImportFixtures.cow().importFiles(List.of(file("cow-dyads.csv"), file("cow-members.csv")));
        assertTrue(r.dataset().organisation("cow-3180").isPresent());
        assertTrue(r.dataset().clause("cow-4001-consultation").isPresent());
    }
}

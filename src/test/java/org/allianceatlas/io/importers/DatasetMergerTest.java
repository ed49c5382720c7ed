package org.allianceatlas.io.importers;

import static org.allianceatlas.io.importers.ImportFixtures.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceatlas.graph.TestData;
import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Membership;
import org.junit.jupiter.api.Test;

class DatasetMergerTest {

    private final Dataset base = TestData.small();
    private final Dataset imported = ImportFixtures.atop()
            .importFiles(List.of(file("atop-members.csv"), file("atop-alliances.csv"))).dataset();

    private Set<String> natoMembers(Dataset d) {
        return d.membershipsOfOrganisation("nato").stream().map(Membership::stateId).collect(Collectors.toSet());
    }

    @Test
    void baseWinsWholeOrganisationAndTheConflictIsReported() {
        var r = new DatasetMerger().merge(base, imported, Precedence.BASE, "atop5_1m.csv");
        assertEquals(natoMembers(base), natoMembers(r.dataset()));
        assertEquals(1, r.conflicts().size());
        var msg = r.conflicts().get(0).message();
        assertTrue(msg.contains("organisation nato") && msg.contains("using the loaded data"), msg);
        // The imported bilateral clauses and other alliances are added.
        assertTrue(r.dataset().clause("atop-1005-mutual-defence").isPresent());
        assertTrue(r.dataset().organisation("atop-2001").isPresent());
    }

    @Test
    void importedWinsWhenTheUserSaysSo() {
        var r = new DatasetMerger().merge(base, imported, Precedence.IMPORTED, "atop5_1m.csv");
        assertEquals(natoMembers(imported), natoMembers(r.dataset()));
        assertEquals("ATOP 3180", r.dataset().organisation("nato").orElseThrow().acronym());
        assertTrue(r.conflicts().get(0).message().contains("members only in the loaded data: FIN GRC NOR TUR"),
                r.conflicts().get(0).message());
        // States of the base keep their description; imported-only states are added.
        assertTrue(r.dataset().state("XBV").isPresent());
        assertEquals(base.state("SWE").orElseThrow(), r.dataset().state("SWE").orElseThrow());
    }
}

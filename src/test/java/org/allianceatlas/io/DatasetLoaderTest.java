package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.allianceatlas.model.Clause;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;

class DatasetLoaderTest {

    private final LoadResult valid = Fixtures.load(Fixtures.valid());

    private List<String> membersIn(String organisation, int year) {
        return valid.dataset().membershipsOfOrganisation(organisation).stream()
                .filter(m -> m.activeIn(year)).map(Membership::stateId).sorted().toList();
    }

    @Test
    void validFixtureLoadsWithoutProblems() {
        assertTrue(valid.report().isEmpty(), valid.report().format());
        assertTrue(valid.usable());
        var d = valid.dataset();
        assertEquals(8, d.states().size());
        assertEquals(3, d.organisations().size());
        assertEquals(11, d.memberships().size());
        assertEquals(2, d.clauses().size());
    }

    @Test
    void swedenJoinsNatoIn2024() {
        assertFalse(membersIn("nato", 2023).contains("SWE"));
        assertTrue(membersIn("nato", 2024).contains("SWE"));
    }

    @Test
    void unitedKingdomLeavesTheEuIn2020() {
        assertEquals(List.of("DEU", "FRA", "GBR", "SWE"), membersIn("eu", 2019));
        assertEquals(List.of("DEU", "FRA", "SWE"), membersIn("eu", 2020));
    }

    @Test
    void namedSourcesFromAnotherFileAreResolved() {
        var sweden = valid.dataset().membershipsOfState("SWE").stream()
                .filter(m -> m.organisationId().equals("nato")).findFirst().orElseThrow();
        var source = sweden.sources().get(0);
        assertEquals("nato-members", source.id());
        assertEquals("NATO member countries", source.title());
        assertEquals(PartialDate.of(2024, 11, 0), source.accessed());
    }

    @Test
    void fieldsAreMappedToTheModel() {
        var d = valid.dataset();
        var sun = d.state("SUN").orElseThrow();
        assertEquals(Subregion.EASTERN_EUROPE, sun.subregion());
        assertEquals(365, sun.cowCode());
        assertTrue(sun.existsIn(1990));
        assertFalse(sun.existsIn(1991));
        var france = d.membershipsOfState("FRA").get(0);
        assertEquals(Role.FOUNDER, france.role());
        assertTrue(france.note().startsWith("Outside the integrated"));
        var eu = d.organisation("eu").orElseThrow();
        assertEquals(Set.of(TieType.MUTUAL_DEFENCE, TieType.DEFENCE_COOPERATION), eu.tieTypes());
        Clause aachen = d.clause("aachen-2019").orElseThrow();
        assertEquals(List.of("FRA", "DEU"), aachen.parties());
        assertTrue(aachen.activeIn(2019, DateBasis.SIGNATURE));
        assertFalse(aachen.activeIn(2019, DateBasis.ENTRY_INTO_FORCE));
        var transfer = d.clause("tur-ukr-bayraktar-2019").orElseThrow();
        assertEquals("TUR", transfer.direction().from());
        assertEquals("UKR", transfer.direction().to());
    }
}

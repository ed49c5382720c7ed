package org.allianceatlas.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final List<Source> SOURCES = List.of(Source.of("Test", "https://example.org/"));

    private static State state(String id) {
        return new State(id, id, Region.EUROPE, Subregion.NORTHERN_EUROPE, "Capital", 60, 20, null, null, null);
    }

    private static Organisation organisation(String id, int founded) {
        return new Organisation(id, id.toUpperCase(), null, OrganisationKind.ALLIANCE,
                YearSpan.from(PartialDate.ofYear(founded)), Set.of(TieType.MUTUAL_DEFENCE), false, null, null, null,
                SOURCES, null);
    }

    private static Membership membership(String state, String organisation, int from, Integer to) {
        return new Membership(state, organisation,
                new YearSpan(PartialDate.ofYear(from), to == null ? null : PartialDate.ofYear(to)), Role.MEMBER,
                SOURCES, null, false);
    }

    private static Clause clause(String id, int signed, String... parties) {
        return new Clause(id, id, List.of(parties), TieType.MUTUAL_DEFENCE, PartialDate.ofYear(signed), null, null,
                null, true, null, SOURCES, null, false);
    }

    private final Dataset nordic = Dataset.of(List.of(state("NOR"), state("SWE"), state("FIN")),
            List.of(organisation("nato", 1949), organisation("nb8", 1992)),
            List.of(membership("NOR", "nato", 1949, null), membership("SWE", "nb8", 1992, null),
                    membership("NOR", "nb8", 1992, null), membership("FIN", "nato", 2023, null)),
            List.of(clause("gbr-swe", 2022, "SWE", "FIN"), clause("nordefco", 2009, "NOR", "SWE", "FIN")));

    @Test
    void looksUpEveryKindOfRecordById() {
        assertEquals("NOR", nordic.state("NOR").orElseThrow().id());
        assertEquals("nb8", nordic.organisation("nb8").orElseThrow().id());
        assertEquals("nordefco", nordic.clause("nordefco").orElseThrow().id());
        assertTrue(nordic.state("nato").isEmpty(), "an organisation is not a state");
        assertTrue(nordic.clause("NOR").isEmpty());
    }

    @Test
    void anActorIsAStateOrAnOrganisation() {
        assertTrue(nordic.actor("SWE").orElseThrow() instanceof State);
        assertTrue(nordic.actor("nato").orElseThrow() instanceof Organisation);
        assertTrue(nordic.actor("gbr-swe").isEmpty(), "a clause is not an actor");
    }

    @Test
    void indexesMembershipsByStateAndByOrganisationInFileOrder() {
        assertEquals(List.of("nato", "nb8"),
                nordic.membershipsOfState("NOR").stream().map(Membership::organisationId).toList());
        assertEquals(List.of("SWE", "NOR"),
                nordic.membershipsOfOrganisation("nb8").stream().map(Membership::stateId).toList());
        assertEquals(List.of(), nordic.membershipsOfState("DNK"));
    }

    @Test
    void indexesClausesByEachOfTheirParties() {
        assertEquals(List.of("gbr-swe", "nordefco"), nordic.clausesOfState("FIN").stream().map(Clause::id).toList());
        assertEquals(List.of("nordefco"), nordic.clausesOfState("NOR").stream().map(Clause::id).toList());
        assertEquals(List.of(), nordic.clausesOfState("DNK"));
    }

    @Test
    void theFirstRecordOfAnIdWins() {
        var first = state("NOR");
        var second = new State("NOR", "Norway again", Region.EUROPE, Subregion.NORTHERN_EUROPE, "Oslo", 59.9, 10.7,
                null, null, null);
        var d = Dataset.of(List.of(first, second), List.of(), List.of(), List.of());
        assertSame(first, d.state("NOR").orElseThrow());
        assertEquals(1, d.states().size());
    }

    @Test
    void isNotChangedByChangesToTheListsItWasMadeFrom() {
        var memberships = new ArrayList<>(List.of(membership("NOR", "nato", 1949, null)));
        var d = Dataset.of(List.of(state("NOR")), List.of(organisation("nato", 1949)), memberships, List.of());
        memberships.clear();
        assertEquals(1, d.memberships().size());
        assertThrows(UnsupportedOperationException.class, () -> d.memberships().clear());
        assertThrows(UnsupportedOperationException.class, () -> d.membershipsOfState("NOR").clear());
    }

    @Test
    void theYearRangeRunsFromTheEarliestStartToTheLatestStartOrTheFallback() {
        assertArrayEquals(new int[] {1949, 2024}, nordic.yearRange(2024));
        assertArrayEquals(new int[] {1949, 2023}, nordic.yearRange(2000), "a later start outruns the fallback");
        assertArrayEquals(new int[] {2026, 2026}, Dataset.empty().yearRange(2026));
    }

    @Test
    void countsEveryRecord() {
        assertEquals(3 + 2 + 4 + 2, nordic.size());
        assertEquals(0, Dataset.empty().size());
    }
}

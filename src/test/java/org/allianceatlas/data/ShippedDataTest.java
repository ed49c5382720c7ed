package org.allianceatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceatlas.analysis.BlocFinder;
import org.allianceatlas.analysis.PathFinder;
import org.allianceatlas.analysis.YearComparison;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.LoadResult;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.State;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped dataset: valid with no problem at all, sourced, and true to well-known facts. */
class ShippedDataTest {

    private static LoadResult loaded;
    private static AlignmentGraph graph;

    @BeforeAll
    static void load() {
        loaded = new DatasetLoader().load(DataInput.shipped());
        graph = new AlignmentGraph(loaded.dataset());
    }

    private static Set<String> members(String org, int year) {
        return loaded.dataset().membershipsOfOrganisation(org).stream().filter(m -> m.activeIn(year))
                .map(Membership::stateId).collect(Collectors.toSet());
    }

    @Test
    void validatesWithZeroErrorsAndZeroWarnings() {
        assertEquals("", loaded.report().format(), "the shipped data must load without any problem");
    }

    @Test
    void coversTheSizeTheDatasetPromises() {
        var d = loaded.dataset();
        assertTrue(d.states().size() >= 197 + 7, "UN members, observers, Kosovo, Taiwan and historical states");
        assertTrue(d.organisations().size() >= 40, "at least 40 organisations");
        assertTrue(d.clauses().size() >= 60, "at least 60 clauses: " + d.clauses().size());
    }

    @Test
    void everyMembershipAndClauseHasASource() {
        assertTrue(loaded.dataset().memberships().stream().noneMatch(m -> m.sources().isEmpty()));
        assertTrue(loaded.dataset().clauses().stream().noneMatch(c -> c.sources().isEmpty()));
    }

    @ParameterizedTest(name = "NATO has {1} members in {0}")
    @CsvSource({"1949,12", "1982,16", "1999,19", "2004,26", "2009,28", "2017,29", "2020,30", "2023,31", "2024,32"})
    void natoEnlargements(int year, int count) {
        assertEquals(count, members("nato", year).size());
    }

    @Test
    void theEuHas28MembersIn2019And27In2020() {
        assertEquals(28, members("eu", 2019).size());
        assertEquals(27, members("eu", 2020).size());
        assertTrue(members("eu", 2019).contains("GBR"));
        assertFalse(members("eu", 2020).contains("GBR"));
    }

    @Test
    void theWarsawPactIsAbsentIn1992() {
        var ids = graph.view(FilterCriteria.forYear(1992)).vertices().stream().map(Actor::id)
                .collect(Collectors.toSet());
        assertFalse(ids.contains("warsaw-pact"));
        assertTrue(graph.view(FilterCriteria.forYear(1990)).vertices().stream()
                .anyMatch(a -> a.id().equals("warsaw-pact")));
    }

    @Test
    void aachenTiesFranceAndGermanyFrom2019() {
        Clause aachen = loaded.dataset().clause("aachen-2019").orElseThrow();
        assertEquals(Set.of("FRA", "DEU"), Set.copyOf(aachen.parties()));
        var fra = loaded.dataset().state("FRA").orElseThrow();
        var deu = loaded.dataset().state("DEU").orElseThrow();
        // Direct FRA–DEU edges are clauses (memberships run state–organisation).
        var clausesOnly = FilterCriteria.forYear(2019);
        assertTrue(graph.view(clausesOnly).graph().getAllEdges(fra, deu).stream()
                .anyMatch(t -> t.reasonId().equals("aachen-2019")));
        assertFalse(graph.view(clausesOnly.withYear(2018)).graph().getAllEdges(fra, deu).stream()
                .anyMatch(t -> t.reasonId().equals("aachen-2019")));
    }

    @Test
    void swedenJoinsNatoIn2024AndItsTiesThenIncludeNato() {
        assertFalse(members("nato", 2023).contains("SWE"));
        assertTrue(members("nato", 2024).contains("SWE"));
        State swe = loaded.dataset().state("SWE").orElseThrow();
        var nato = loaded.dataset().organisation("nato").orElseThrow();
        assertTrue(graph.view(FilterCriteria.forYear(2024)).graph().containsEdge(swe, nato));
        assertTrue(members("league-of-nations", 1925).contains("SWE"), "Sweden joined the League in 1920");
    }

    @Test
    void theChinaRussiaNorthKoreaIranAlignmentIsBilateralTreatiesNotAnOrganisation() {
        for (var id : List.of("rus-prk-2024", "chn-prk-1961", "rus-irn-2025", "chn-rus-2001")) {
            assertTrue(loaded.dataset().clause(id).isPresent(), id);
        }
        assertEquals("mutual_defence", loaded.dataset().clause("rus-prk-2024").orElseThrow().type().key());
        assertFalse(loaded.dataset().clause("rus-irn-2025").orElseThrow().type().key().equals("mutual_defence"));
    }

    @Test
    void theNordicBaltic8FormACliqueIn2024() {
        var blocs = new BlocFinder().find(graph.view(FilterCriteria.forYear(2024)));
        assertTrue(blocs.inOneClique(List.of("DNK", "EST", "FIN", "ISL", "LTU", "LVA", "NOR", "SWE")));
    }

    @Test
    void finlandAndSwedenJoiningNatoAreAmongThe2021To2024Changes() {
        var lines = YearComparison.between(graph, FilterCriteria.forYear(2021), 2021, 2024).lines();
        assertTrue(lines.contains("2023 — FIN joined nato"), lines.toString());
        assertTrue(lines.contains("2024 — SWE joined nato"), lines.toString());
    }

    @Test
    void greeceReachesNorwayIn2024() {
        var r = new PathFinder().find(graph.view(FilterCriteria.forYear(2024)), "GRC", "NOR");
        assertTrue(r.found(), r.summary());
        assertTrue(r.paths().get(0).hops().get(0).reasons().contains("nato"));
    }
}

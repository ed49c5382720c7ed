package org.allianceatlas.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceatlas.model.Actor;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.TieType;
import org.jgrapht.graph.MaskSubgraph;
import org.junit.jupiter.api.Test;

class AlignmentGraphTest {

    private final AlignmentGraph graph = new AlignmentGraph(TestData.small());

    private static Actor actor(AlignmentGraph g, String id) {
        return g.dataset().actor(id).orElseThrow();
    }

    private static Set<String> ids(AlignmentView v) {
        return v.vertices().stream().map(Actor::id).collect(Collectors.toSet());
    }

    private boolean tied(AlignmentView v, String a, String b) {
        return v.graph().containsEdge(actor(graph, a), actor(graph, b));
    }

    @Test
    void wholeDatasetBecomesOneMultigraph() {
        // 12 states + 4 organisations; 18 memberships + aachen (1) + arms (1) + trio (3 pairs) ties.
        assertEquals(16, graph.graph().vertexSet().size());
        assertEquals(18 + 1 + 1 + 3, graph.graph().edgeSet().size());
        assertThrows(UnsupportedOperationException.class,
                () -> graph.graph().removeVertex(actor(graph, "SWE")));
    }

    @Test
    void swedenJoinsNatoIn2024NotIn2023() {
        assertFalse(tied(graph.view(FilterCriteria.forYear(2023)), "SWE", "nato"));
        assertTrue(tied(graph.view(FilterCriteria.forYear(2024)), "SWE", "nato"));
    }

    @Test
    void unitedKingdomIsInTheEuIn2019NotIn2020() {
        assertTrue(tied(graph.view(FilterCriteria.forYear(2019)), "GBR", "eu"));
        assertFalse(tied(graph.view(FilterCriteria.forYear(2020)), "GBR", "eu"));
    }

    @Test
    void dissolvedOrganisationAndEndedStateDisappear() {
        var v1990 = graph.view(FilterCriteria.forYear(1990));
        assertTrue(ids(v1990).containsAll(Set.of("wp", "SUN")));
        var v1992 = graph.view(FilterCriteria.forYear(1992));
        assertFalse(ids(v1992).contains("wp"));
        assertFalse(ids(v1992).contains("SUN"));
    }

    @Test
    void viewIsAMaskNotACopy() {
        var v = graph.view(FilterCriteria.forYear(2024));
        assertInstanceOf(MaskSubgraph.class, v.graph());
        assertEquals(v.vertices(), v.graph().vertexSet());
        assertEquals(v.ties(), v.graph().edgeSet());
    }

    @Test
    void stateWithTwoSpellsHasParallelEdgesOnlyOneOfWhichIsVisible() {
        var grc = actor(graph, "GRC");
        var club = actor(graph, "club");
        assertEquals(2, graph.graph().getAllEdges(grc, club).size());
        assertEquals(1, graph.view(FilterCriteria.forYear(1995)).graph().getAllEdges(grc, club).size());
        // Between the spells the club has no visible member, so it is not in the view at all.
        assertFalse(graph.view(FilterCriteria.forYear(2002)).contains(club));
        assertEquals(1, graph.view(FilterCriteria.forYear(2010)).graph().getAllEdges(grc, club).size());
    }

    @Test
    void minilateralClauseTiesEveryPairOfParties() {
        var v = graph.view(FilterCriteria.forYear(2012));
        assertTrue(tied(v, "FRA", "DEU"));
        assertTrue(tied(v, "FRA", "GBR"));
        assertTrue(tied(v, "DEU", "GBR"));
    }

    @Test
    void directedClauseRunsFromSupplierToRecipient() {
        var tie = graph.clauseTies().stream().filter(t -> t.clause().id().equals("tur-ukr-2019")).findFirst()
                .orElseThrow();
        assertEquals("TUR", tie.first());
        assertEquals("UKR", tie.second());
        assertTrue(tie.isDirected());
    }

    @Test
    void entryIntoForceBasisDelaysAachenAndDropsClausesNeverInForce() {
        var signed = graph.view(FilterCriteria.forYear(2019));
        assertTrue(signed.clauseTies().stream().anyMatch(t -> t.clause().id().equals("aachen-2019")));
        var inForce2019 = graph.view(FilterCriteria.forYear(2019).withBasis(DateBasis.ENTRY_INTO_FORCE));
        assertFalse(inForce2019.clauseTies().stream().anyMatch(t -> t.clause().id().equals("aachen-2019")));
        assertFalse(inForce2019.clauseTies().stream().anyMatch(t -> t.clause().id().equals("trio-2010")));
        var inForce2020 = graph.view(FilterCriteria.forYear(2020).withBasis(DateBasis.ENTRY_INTO_FORCE));
        assertTrue(inForce2020.clauseTies().stream().anyMatch(t -> t.clause().id().equals("aachen-2019")));
    }

    @Test
    void organisationFilterKeepsItsMembersAndTheClausesAmongThem() {
        var v = graph.view(FilterCriteria.forYear(2019).withOrganisations(Selection.only(List.of("eu"))));
        // EU 2019: DEU, FRA, GBR, GRC, SWE, FIN. TUR-UKR arms tie is not among them; NATO is hidden.
        assertEquals(Set.of("eu", "DEU", "FRA", "GBR", "GRC", "SWE", "FIN"), ids(v));
        assertTrue(tied(v, "FRA", "DEU"));
        assertTrue(tied(v, "FRA", "GBR"));
        assertFalse(v.ties().stream().anyMatch(t -> t.reasonId().equals("tur-ukr-2019")));
    }

    @Test
    void emptyOrganisationSelectionShowsNoMemberships() {
        var v = graph.view(FilterCriteria.forYear(2019).withOrganisations(Selection.only(List.of())));
        assertTrue(v.ties().isEmpty());
        assertTrue(v.vertices().isEmpty());
    }

    @Test
    void regionFilterHidesOtherStatesAndTheirTies() {
        var v = graph.view(FilterCriteria.forYear(2024).withRegions(List.of(Region.EUROPE)));
        var shown = ids(v);
        assertFalse(shown.contains("USA"));
        assertFalse(shown.contains("TUR"));
        assertFalse(v.ties().stream().anyMatch(t -> t.reasonId().equals("tur-ukr-2019")));
        assertTrue(shown.contains("nato"));
        assertTrue(tied(v, "NOR", "nato"));
    }

    @Test
    void tieTypeFilterSelectsMembershipsByOrganisationTypesAndClausesByType() {
        var v = graph.view(FilterCriteria.forYear(2024).withTieTypes(Selection.only(List.of(TieType.ARMS_TRANSFER))));
        assertEquals(Set.of("TUR", "UKR"), ids(v));
        var coop = graph.view(FilterCriteria.forYear(2024)
                .withTieTypes(Selection.only(List.of(TieType.DEFENCE_COOPERATION))));
        assertTrue(ids(coop).contains("eu"));
        assertFalse(ids(coop).contains("nato"));
    }

    @Test
    void isolatedStatesAreShownOnlyWhenAsked() {
        assertFalse(ids(graph.view(FilterCriteria.forYear(2024))).contains("ISL"));
        assertTrue(ids(graph.view(FilterCriteria.forYear(2024).withShowIsolated(true))).contains("ISL"));
        assertFalse(ids(graph.view(FilterCriteria.forYear(2024).withShowIsolated(true))).contains("SUN"));
    }
}

package org.allianceatlas.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.allianceatlas.model.State;
import org.junit.jupiter.api.Test;

class StateProjectionTest {

    private final AlignmentGraph graph = new AlignmentGraph(TestData.small());

    private State s(String id) {
        return graph.dataset().state(id).orElseThrow();
    }

    @Test
    void statesSharingOrganisationsAndClausesAreLinkedWithTheirReasons() {
        var p = StateProjection.of(graph.view(FilterCriteria.forYear(2019)));
        // FRA–DEU in 2019: both in nato and eu, parties to aachen-2019 and trio-2010 → 4 reasons.
        var link = p.link(s("FRA"), s("DEU")).orElseThrow();
        assertEquals(List.of("aachen-2019", "eu", "nato", "trio-2010"), link.sortedReasons());
        assertEquals(4.0, p.graph().getEdgeWeight(link));
        // TUR–UKR only through the arms transfer.
        assertEquals(Set.of("tur-ukr-2019"), p.link(s("TUR"), s("UKR")).orElseThrow().reasons());
    }

    @Test
    void projectionHasOnlyVisibleStatesAndNoOrganisations() {
        var view = graph.view(FilterCriteria.forYear(2019).withOrganisations(Selection.only(List.of("nato"))));
        var p = StateProjection.of(view);
        assertEquals(Set.copyOf(view.states()), p.graph().vertexSet());
        // NATO 2019: NOR, FRA, GBR, USA, GRC, TUR, DEU, FIN? (FIN joins 2023, no) → 7 states, complete graph K7.
        assertEquals(7, p.graph().vertexSet().size());
        assertEquals(7 * 6 / 2, p.graph().edgeSet().size());
        assertTrue(p.link(s("FRA"), s("DEU")).orElseThrow().reasons().contains("aachen-2019"));
    }
}

package org.allianceatlas.ui.analysis;

import static org.allianceatlas.graph.TestData.clause;
import static org.allianceatlas.graph.TestData.member;
import static org.allianceatlas.graph.TestData.org;
import static org.allianceatlas.graph.TestData.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.StateLink;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;

class HighlightTest {

    private final AlignmentView view = ShippedService.get().filter(FilterCriteria.forYear(2024));

    @Test
    void aLinkViaNatoHighlightsBothStatesNatoAndTheirTwoMemberships() {
        var h = Highlight.ofLinks(view, List.of(new StateLink("GRC", "NOR", Set.of("nato"))));
        assertEquals(Set.of("GRC", "NOR", "nato"), h.actors().stream().map(Actor::id).collect(Collectors.toSet()));
        assertEquals(2, h.ties().size());
        assertTrue(h.ties().stream().allMatch(t -> t instanceof MembershipTie m
                && m.organisation().id().equals("nato")
                && Set.of("GRC", "NOR").contains(m.membership().stateId())));
    }

    /**
     * Organisation "tri" (AAA, BBB, CCC), organisation "duo" (CCC, DDD), clauses AAA–BBB and CCC–DDD. The bloc
     * AAA, BBB, CCC is held together by tri (three memberships) and the AAA–BBB clause; CCC's duo membership and the
     * CCC–DDD clause lead out of it.
     */
    @Test
    void aBlocHighlightsItsMembersAndOnlyTheTiesAmongThem() {
        var sub = Subregion.WESTERN_EUROPE;
        var ds = Dataset.of(
                List.of(state("AAA", sub), state("BBB", sub), state("CCC", sub), state("DDD", sub)),
                List.of(org("tri", "2000", null, TieType.MUTUAL_DEFENCE),
                        org("duo", "2000", null, TieType.CONSULTATION)),
                List.of(member("AAA", "tri", "2000", null), member("BBB", "tri", "2000", null),
                        member("CCC", "tri", "2000", null), member("CCC", "duo", "2000", null),
                        member("DDD", "duo", "2000", null)),
                List.of(clause("ab", TieType.CONSULTATION, "2001", null, null, "AAA", "BBB"),
                        clause("cd", TieType.CONSULTATION, "2001", null, null, "CCC", "DDD")));
        var small = new AlignmentGraph(ds).view(FilterCriteria.forYear(2010));

        var h = Highlight.ofMembers(small, List.of("AAA", "BBB", "CCC"));

        assertEquals(Set.of("AAA", "BBB", "CCC", "tri"), ids(h.actors()));
        assertEquals(Set.of("tri:AAA", "tri:BBB", "tri:CCC", "ab:AAA-BBB"), h.ties().stream()
                .map(t -> t instanceof MembershipTie m ? m.organisation().id() + ":" + m.membership().stateId()
                        : ((ClauseTie) t).clause().id() + ":" + ((ClauseTie) t).first() + "-"
                                + ((ClauseTie) t).second())
                .collect(Collectors.toSet()));
    }

    @Test
    void aBlocOfOneStateIsJustThatState() {
        var h = Highlight.ofMembers(view, List.of("TUR"));
        assertEquals(Set.of("TUR"), ids(h.actors()));
        assertTrue(h.ties().isEmpty());
    }

    private static Set<String> ids(Set<Actor> actors) {
        return actors.stream().map(Actor::id).collect(Collectors.toSet());
    }

    @Test
    void statesNotInTheViewAreLeftOut() {
        var h = Highlight.ofStates(view, List.of("SWE", "SUN"));
        assertEquals(Set.of("SWE"), h.actors().stream().map(Actor::id).collect(Collectors.toSet()));
        assertTrue(h.ties().isEmpty());
    }
}

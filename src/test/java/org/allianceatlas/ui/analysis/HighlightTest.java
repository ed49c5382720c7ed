package org.allianceatlas.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.StateLink;
import org.allianceatlas.model.Actor;

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

    @Test
    void statesNotInTheViewAreLeftOut() {
        var h = Highlight.ofStates(view, List.of("SWE", "SUN"));
        assertEquals(Set.of("SWE"), h.actors().stream().map(Actor::id).collect(Collectors.toSet()));
        assertTrue(h.ties().isEmpty());
    }
}

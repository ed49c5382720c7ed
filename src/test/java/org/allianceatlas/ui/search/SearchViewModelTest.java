package org.allianceatlas.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.model.Actor;
import org.allianceatlas.ui.UiFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {

    private final SearchViewModel vm = new SearchViewModel();
    private final List<Actor> chosen = new ArrayList<>();

    @BeforeEach
    void setUp() {
        vm.setDataset(UiFixtures.shipped());
        vm.chosen().subscribe(chosen::add);
    }

    private List<String> ids() {
        return vm.hits().stream().map(h -> h.actor().id()).toList();
    }

    @Test
    void greeceIsTheFirstHitForItsNamePrefix() {
        vm.queryProperty().set("gree");
        assertEquals("GRC", ids().get(0));
        assertEquals("Greece (GRC)", vm.hits().get(0).label());
        assertEquals("State · Southern Europe", vm.hits().get(0).detail());
    }

    @Test
    void anExactIsoCodeBeatsNamesThatContainIt() {
        vm.queryProperty().set("grc");
        assertEquals("GRC", ids().get(0));
    }

    @Test
    void acronymFindsTheOrganisationFirst() {
        vm.queryProperty().set("nato");
        assertEquals("nato", ids().get(0));
        assertTrue(ids().contains("nsatu"), "NATO's name is in NSATU's: " + ids());
        assertEquals("Alliance · since 1949", vm.hits().get(0).detail());
    }

    @Test
    void accentsAndCaseAreIgnored() {
        vm.queryProperty().set("VISEGRAD");
        assertEquals(List.of("visegrad"), ids());
    }

    @Test
    void aWordInsideTheNameMatches() {
        vm.queryProperty().set("union");
        assertTrue(ids().containsAll(List.of("eu", "SUN", "au")), ids().toString());
        assertFalse(ids().contains("nato"));
    }

    @Test
    void historicalStatesShowTheirYears() {
        vm.queryProperty().set("soviet");
        var sun = vm.hits().stream().filter(h -> h.actor().id().equals("SUN")).findFirst().orElseThrow();
        assertEquals("State · Eastern Europe · 1922–1991", sun.detail());
    }

    @Test
    void blankQueryHasNoHitsAndNothingToChoose() {
        vm.queryProperty().set("  ");
        assertTrue(vm.hits().isEmpty());
        assertFalse(vm.chooseBest());
        assertTrue(chosen.isEmpty());
    }

    @Test
    void hitsAreCapped() {
        vm.queryProperty().set("a");
        assertEquals(SearchViewModel.MAX_HITS, vm.hits().size());
    }

    @Test
    void choosingTheBestHitAnnouncesItsActor() {
        vm.queryProperty().set("Greece");
        assertTrue(vm.chooseBest());
        assertEquals(List.of("GRC"), chosen.stream().map(Actor::id).toList());
    }

    @Test
    void noMatchMeansNoHits() {
        vm.queryProperty().set("atlantis");
        assertTrue(vm.hits().isEmpty());
    }
}

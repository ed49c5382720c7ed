package org.allianceatlas.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Clause;
import org.allianceatlas.ui.UiFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {

    private final SearchViewModel vm = new SearchViewModel();
    private final List<Actor> chosen = new ArrayList<>();
    private final List<Clause> chosenClauses = new ArrayList<>();

    @BeforeEach
    void setUp() {
        vm.setDataset(UiFixtures.shipped());
        vm.chosen().subscribe(chosen::add);
        vm.chosenClause().subscribe(chosenClauses::add);
    }

    /** The hits' ids: ISO codes, organisation and clause ids. */
    private List<String> ids() {
        return vm.hits().stream().map(h -> h.actor() != null ? h.actor().id() : h.clause().id()).toList();
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
    void formerStateNamesFindTheStateAndTheHitSaysSo() {
        vm.queryProperty().set("zaire");
        assertEquals("COD", ids().get(0));
        assertTrue(vm.hits().get(0).detail().endsWith("formerly Zaire"), vm.hits().get(0).detail());
        vm.queryProperty().set("west germany");
        assertEquals("DEU", ids().get(0));
    }

    @Test
    void formerOrganisationNamesAndAcronymsFindTheOrganisation() {
        vm.queryProperty().set("EEC");
        assertEquals("eu", ids().get(0));
        assertTrue(vm.hits().get(0).detail().contains("formerly EEC, EC"), vm.hits().get(0).detail());
        vm.queryProperty().set("european economic");
        assertEquals("eu", ids().get(0));
    }

    @Test
    void aCurrentNameRanksBeforeAFormerOne() {
        vm.queryProperty().set("germany");
        assertEquals("DEU", ids().get(0));
        assertEquals("Germany (DEU)", vm.hits().get(0).label());
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
    void noMatchMeansNoHitsAndSaysSo() {
        vm.queryProperty().set("atlantis");
        assertTrue(vm.hits().isEmpty());
        assertEquals("No state, organisation or treaty matches “atlantis”.", vm.noHitsProperty().get());
        vm.queryProperty().set("atl");
        assertFalse(vm.hits().isEmpty());
        assertEquals("", vm.noHitsProperty().get(), "nothing to say while there are hits");
        vm.queryProperty().set("");
        assertEquals("", vm.noHitsProperty().get(), "nor for an empty box");
    }

    @Test
    void aachenFindsTheFrancoGermanTreaty() {
        vm.queryProperty().set("Aachen");
        assertEquals("aachen-2019", ids().get(0));
        var hit = vm.hits().get(0);
        assertEquals("Treaty of Aachen (Franco-German cooperation and integration)", hit.label());
        assertEquals("Clause · Mutual defence · France, Germany · signed 2019", hit.detail());
    }

    @Test
    void aClauseIdFindsItsClauseFirst() {
        vm.queryProperty().set("aachen-2019");
        assertEquals("aachen-2019", ids().get(0));
    }

    @Test
    void atEqualRankStatesAndOrganisationsComeBeforeClauses() {
        vm.queryProperty().set("france");
        assertEquals("FRA", ids().get(0));
        var kinds = vm.hits().stream().map(h -> h.actor() != null ? 0 : 1).toList();
        assertEquals(kinds.stream().sorted().toList(), kinds, "no clause before an actor of the same rank");
    }

    @Test
    void choosingAClauseAnnouncesItAndTheBoxShowsIt() {
        vm.queryProperty().set("Aachen");
        assertTrue(vm.chooseBest());
        assertEquals(List.of("aachen-2019"), chosenClauses.stream().map(Clause::id).toList());
        assertTrue(chosen.isEmpty());
        assertEquals("Treaty of Aachen (Franco-German cooperation and integration)", vm.queryProperty().get());
        assertTrue(vm.hits().isEmpty(), "the box shows the choice; no suggestions pop up for it");
        assertEquals("", vm.noHitsProperty().get());
    }

    @Test
    void aSelectionMadeElsewhereClearsTheBoxButItsOwnChoiceDoesNot() {
        var greece = UiFixtures.shipped().actor("GRC").orElseThrow();
        var france = UiFixtures.shipped().actor("FRA").orElseThrow();
        vm.queryProperty().set("Greece");
        vm.chooseBest();
        vm.selectedElsewhere(greece); // the canvas selecting what the search chose
        assertEquals("Greece (GRC)", vm.queryProperty().get());
        vm.selectedElsewhere(france); // a click on France
        assertEquals("", vm.queryProperty().get());

        vm.queryProperty().set("gre"); // a query being typed, then a click elsewhere
        vm.selectedElsewhere(null);
        assertEquals("", vm.queryProperty().get());
    }

    @Test
    void aTieOfTheChosenClauseIsItsOwnChoice() {
        var aachen = UiFixtures.shipped().clauses().stream().filter(c -> c.id().equals("aachen-2019")).findFirst()
                .orElseThrow();
        vm.queryProperty().set("aachen");
        vm.chooseBest();
        vm.selectedElsewhere(new ClauseTie(aachen, "FRA", "DEU"));
        assertEquals(aachen.name(), vm.queryProperty().get());
    }

    @Test
    void aSearchOfTheViewsStatesNamesWhatItSearches() {
        var states = new SearchViewModel("state in the view");
        states.setActors(List.of(UiFixtures.shipped().actor("GRC").orElseThrow()));
        states.queryProperty().set("aachen");
        assertEquals("No state in the view matches “aachen”.", states.noHitsProperty().get());
    }
}

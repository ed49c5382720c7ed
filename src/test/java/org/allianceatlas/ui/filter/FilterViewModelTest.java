package org.allianceatlas.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.allianceatlas.ui.UiFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilterViewModelTest {

    private FilterViewModel vm;
    private final List<FilterCriteria> announced = new ArrayList<>();

    @BeforeEach
    void setUp() {
        vm = new FilterViewModel(2025);
        vm.setDataset(UiFixtures.shipped());
        vm.criteriaProperty().addListener((o, a, b) -> announced.add(b));
    }

    @Test
    void everythingTickedMeansEverythingSelected() {
        var c = vm.criteria();
        assertTrue(c.organisations().all());
        assertTrue(c.subregions().all());
        assertTrue(c.tieTypes().all());
        assertEquals(DateBasis.SIGNATURE, c.basis());
        assertFalse(c.showIsolated());
    }

    @Test
    void yearRangeRunsFromTheEarliestDateToAtLeastThisYear() {
        int[] range = UiFixtures.shipped().yearRange(2025);
        assertEquals(range[0], vm.firstYearProperty().get());
        assertEquals(Math.max(range[1], 2025), vm.lastYearProperty().get());
        assertTrue(vm.firstYearProperty().get() <= 1920, "the League of Nations is in the data");
    }

    @Test
    void yearIsClampedToTheDataRange() {
        vm.setYear(1200);
        assertEquals(vm.firstYearProperty().get(), vm.year());
        vm.setYear(3000);
        assertEquals(vm.lastYearProperty().get(), vm.year());
        assertEquals(vm.year(), vm.criteria().year());
    }

    @Test
    void arrowStepMovesOneYearAndStopsAtTheEnd() {
        vm.setYear(2023);
        vm.stepYear(1);
        assertEquals(2024, vm.criteria().year());
        vm.setYear(vm.lastYearProperty().get());
        vm.stepYear(1);
        assertEquals(vm.lastYearProperty().get(), vm.year());
    }

    @Test
    void swedenJoinsNatoIn2024InTheCriteriasView() {
        var graph = new AlignmentGraph(UiFixtures.shipped());
        vm.setYear(2023);
        assertFalse(hasNatoTie(graph, vm.criteria(), "SWE"));
        vm.setYear(2024);
        assertTrue(hasNatoTie(graph, vm.criteria(), "SWE"));
    }

    private static boolean hasNatoTie(AlignmentGraph graph, FilterCriteria c, String state) {
        return graph.view(c).membershipTies().stream()
                .anyMatch(t -> t.organisation().id().equals("nato") && t.membership().stateId().equals(state));
    }

    @Test
    void untickingOneOrganisationSelectsExactlyTheOthers() {
        assertTrue(vm.setOrganisationSelected("nato", false));
        var selected = vm.criteria().organisations();
        assertFalse(selected.all());
        assertFalse(selected.contains("nato"));
        assertTrue(selected.contains("eu"));
        assertEquals(UiFixtures.shipped().organisations().size() - 1, selected.items().size());
    }

    @Test
    void tickingItBackSelectsEverythingAgain() {
        vm.setOrganisationSelected("nato", false);
        vm.setOrganisationSelected("nato", true);
        assertTrue(vm.criteria().organisations().all());
    }

    @Test
    void unknownOrganisationIdIsRefused() {
        assertFalse(vm.setOrganisationSelected("no-such-organisation", false));
        assertTrue(announced.isEmpty());
    }

    @Test
    void organisationsAreGroupedByKindInKindOrder() {
        var groups = vm.organisationGroupsProperty().get();
        var kinds = groups.stream().map(OrganisationGroup::kind).toList();
        assertEquals(kinds.stream().sorted().toList(), kinds);
        var alliances = groups.stream().filter(g -> g.kind() == OrganisationKind.ALLIANCE).findFirst().orElseThrow();
        assertTrue(alliances.items().stream().anyMatch(i -> i.value().id().equals("nato")));
        assertTrue(alliances.heading().startsWith("Alliances ("));
    }

    @Test
    void searchNarrowsTheListByAcronymNameOrIdIgnoringCaseAndAccents() {
        vm.organisationQueryProperty().set("visegrad");
        assertEquals(List.of("visegrad"), visibleIds());
        vm.organisationQueryProperty().set("NATO");
        assertTrue(visibleIds().containsAll(List.of("nato", "nsatu")), visibleIds().toString());
        vm.organisationQueryProperty().set("coalition-of");
        assertEquals(List.of("coalition-of-the-willing"), visibleIds());
    }

    @Test
    void noneUnticksOnlyTheOrganisationsThatMatchTheSearch() {
        vm.organisationQueryProperty().set("udcg");
        int matching = visibleIds().size();
        vm.selectNoOrganisations();
        var selected = vm.criteria().organisations();
        assertEquals(UiFixtures.shipped().organisations().size() - matching, selected.items().size());
        assertFalse(selected.contains("udcg"));
        assertTrue(selected.contains("nato"));
        assertEquals(1, announced.size(), "a bulk change is announced once");
    }

    @Test
    void allAfterNoneWithEmptySearchSelectsEverything() {
        vm.selectNoOrganisations();
        assertEquals(Selection.only(Set.of()), vm.criteria().organisations());
        vm.selectAllOrganisations();
        assertTrue(vm.criteria().organisations().all());
    }

    @Test
    void untickingARegionRemovesAllItsSubregions() {
        vm.setRegionSelected(Region.EUROPE, false);
        var sub = vm.criteria().subregions();
        assertFalse(sub.contains(Subregion.NORTHERN_EUROPE));
        assertFalse(sub.contains(Subregion.SOUTHERN_EUROPE));
        assertTrue(sub.contains(Subregion.WESTERN_ASIA));
        assertEquals(Subregion.values().length - Region.EUROPE.subregions().size(), sub.items().size());
    }

    @Test
    void tieTypeUntickedLeavesTheCriteria() {
        vm.tieTypes().stream().filter(i -> i.value() == TieType.ARMS_TRANSFER).findFirst().orElseThrow()
                .setSelected(false);
        assertFalse(vm.criteria().tieTypes().contains(TieType.ARMS_TRANSFER));
        assertTrue(vm.criteria().tieTypes().contains(TieType.MUTUAL_DEFENCE));
    }

    @Test
    void switchesSetBasisAndIsolatedStates() {
        vm.countFromEntryIntoForceProperty().set(true);
        vm.showIsolatedProperty().set(true);
        assertEquals(DateBasis.ENTRY_INTO_FORCE, vm.criteria().basis());
        assertTrue(vm.criteria().showIsolated());
    }

    @Test
    void equalCriteriaAreNotAnnouncedTwice() {
        vm.setYear(2000);
        var first = vm.criteria();
        vm.setYear(2000);
        assertSame(first, vm.criteria());
        assertEquals(1, announced.size());
    }

    @Test
    void organisationsOutsideTheYearAreMarkedNotRelevant() {
        vm.setYear(2000);
        var warsawPact = item("warsaw-pact");
        assertFalse(warsawPact.isRelevant());
        vm.setYear(1980);
        assertTrue(warsawPact.isRelevant());
    }

    @Test
    void applyRestoresEveryControl() {
        var stored = new FilterCriteria(1990, DateBasis.ENTRY_INTO_FORCE, Selection.only(Set.of("nato", "gone")),
                Selection.only(Set.of(Subregion.NORTHERN_EUROPE)), Selection.only(Set.of(TieType.MUTUAL_DEFENCE)),
                true);
        vm.apply(stored);
        var c = vm.criteria();
        assertEquals(1990, c.year());
        assertEquals(DateBasis.ENTRY_INTO_FORCE, c.basis());
        assertEquals(Selection.only(Set.of("nato")), c.organisations(), "unknown ids are dropped");
        assertEquals(stored.subregions(), c.subregions());
        assertEquals(stored.tieTypes(), c.tieTypes());
        assertTrue(c.showIsolated());
        assertTrue(vm.showIsolatedProperty().get());
    }

    @Test
    void aNewDatasetKeepsTicksByIdAndClampsTheYear() {
        vm.setOrganisationSelected("eu", false);
        vm.setYear(1950);
        var small = new org.allianceatlas.io.DatasetLoader().loadPaths(List.of(UiFixtures.validFolder())).dataset();
        vm.setDataset(small);
        assertFalse(vm.criteria().organisations().contains("eu"));
        assertTrue(vm.criteria().organisations().contains("nato"));
        assertEquals(Math.max(1950, vm.firstYearProperty().get()), vm.year());
        assertEquals(small.organisations().size(), vm.organisations().size());
    }

    private List<String> visibleIds() {
        return vm.organisationGroupsProperty().get().stream().flatMap(g -> g.items().stream())
                .map(i -> i.value().id()).toList();
    }

    private CheckItem<Organisation> item(String id) {
        return vm.organisations().stream().filter(i -> i.value().id().equals(id)).findFirst().orElseThrow();
    }
}

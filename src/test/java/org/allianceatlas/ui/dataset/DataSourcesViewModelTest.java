package org.allianceatlas.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;

import org.allianceatlas.ui.UiFixtures;
import org.junit.jupiter.api.Test;

class DataSourcesViewModelTest {

    private final DataSourcesViewModel vm = new DataSourcesViewModel(UiFixtures.shipped());

    @Test
    void everySourceIsListedOnceSortedByTitle() {
        var all = vm.all();
        assertTrue(all.size() > 20, "the shipped data cites many sources: " + all.size());
        var keys = new HashSet<String>();
        for (var e : all) {
            assertTrue(keys.add(e.title() + "|" + e.url() + "|" + e.citation()), "listed twice: " + e);
            assertTrue(e.uses() >= 1);
        }
        assertEquals(all.stream().sorted(Comparator.comparing((SourceEntry e) -> e.title().toLowerCase(Locale.ROOT)))
                .map(SourceEntry::title).toList(), all.stream().map(SourceEntry::title).toList());
    }

    @Test
    void aNamedSourceCitedByEveryNatoMembershipIsCountedForEach() {
        var natoMembers = UiFixtures.shipped().membershipsOfOrganisation("nato");
        var cited = natoMembers.get(0).sources().get(0);
        var entry = vm.all().stream().filter(e -> e.title().equals(cited.title())
                && Objects.equals(e.url(), cited.url())).findFirst().orElseThrow();
        assertTrue(entry.uses() >= natoMembers.size(), entry.toString());
        assertTrue(entry.description().startsWith(cited.publisher() == null ? "cited " : cited.publisher()),
                entry.description());
    }

    @Test
    void theFilterMatchesTitlePublisherAndAddress() {
        vm.filterProperty().set("nato.int");
        assertTrue(!vm.shown().isEmpty() && vm.shown().size() < vm.all().size());
        assertTrue(vm.shown().stream().allMatch(e -> (e.url() + e.title() + e.publisher()).toLowerCase(Locale.ROOT)
                .contains("nato")), vm.shown().toString());
        assertEquals(vm.shown().size() + " of " + vm.all().size() + " sources", vm.countText());
        vm.filterProperty().set("");
        assertEquals(vm.all().size() + " sources", vm.countText());
    }
}

package org.allianceatlas.ui.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.allianceatlas.analysis.Change;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.ui.analysis.ShippedService;
import org.allianceatlas.ui.task.SameThreadTaskRunner;

class CompareViewModelTest {

    private static final VisualStyle STYLE = VisualStyle.of(Theme.LIGHT);

    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final CompareViewModel vm = new CompareViewModel(ShippedService.get(), runner);

    private CompareViewModel from2021To2024() {
        vm.yearAProperty().set(2021);
        vm.yearBProperty().set(2024);
        vm.setCriteria(FilterCriteria.forYear(2024));
        return vm;
    }

    private Change sweden() {
        return vm.changes().stream().filter(c -> c.text().equals("2024 — SWE joined nato")).findFirst()
                .orElseThrow(() -> new AssertionError(vm.changes().toString()));
    }

    @Test
    void finlandAndSwedenJoiningNatoAreListedAmongTheChanges() {
        from2021To2024();
        var texts = vm.changes().stream().map(Change::text).toList();
        assertTrue(texts.contains("2023 — FIN joined nato"), texts.toString());
        assertTrue(texts.contains("2024 — SWE joined nato"), texts.toString());
        var c = vm.comparisonProperty().get();
        assertEquals("2021 → 2024: " + c.added().size() + " added, " + c.ended().size() + " ended, "
                + c.unchanged().size() + " unchanged", vm.summaryProperty().get());
    }

    @Test
    void compareModeColoursAddedTiesBlueAndUnchangedTiesMuted() {
        from2021To2024();
        assertTrue(vm.tieLooks(STYLE).isEmpty(), "no colours while compare mode is off");
        vm.activeProperty().set(true);
        var looks = vm.tieLooks(STYLE);
        assertEquals(STYLE.added(), looks.get(sweden().tie()).colour());
        assertEquals(CompareViewModel.CHANGED_WIDTH, looks.get(sweden().tie()).width());
        var unchanged = vm.comparisonProperty().get().unchanged().iterator().next();
        assertEquals(CompareViewModel.unchangedColour(STYLE), looks.get(unchanged).colour());
        assertTrue(Double.isNaN(looks.get(unchanged).width()), "unchanged ties keep their own width");
        var ended = vm.comparisonProperty().get().ended();
        if (!ended.isEmpty()) {
            assertEquals(STYLE.ended(), looks.get(ended.get(0).tie()).colour());
        }
    }

    @Test
    void theEarlierYearsViewIsOnlyGivenForYearBOnTheCanvas() {
        from2021To2024();
        vm.activeProperty().set(true);
        var service = ShippedService.get();
        var before = vm.before(service.filter(FilterCriteria.forYear(2024)));
        assertNotNull(before);
        assertEquals(2021, before.criteria().year());
        assertTrue(before.ties().stream().noneMatch(t -> t instanceof MembershipTie m
                && m.membership().stateId().equals("SWE") && m.organisation().id().equals("nato")));
        assertNull(vm.before(service.filter(FilterCriteria.forYear(2000))), "the canvas is not on year B");
    }

    @Test
    void theYearsOnOfferAreTheDatasAndYearsOutsideMoveIn() {
        vm.setYearRange(1815, 2025);
        assertEquals(1815, vm.firstYearProperty().get());
        assertEquals(2025, vm.lastYearProperty().get());
        assertEquals(1990, vm.yearAProperty().get(), "inside the range: kept");
        vm.yearAProperty().set(1815);
        vm.setYearRange(1949, 2025);
        assertEquals(1949, vm.yearAProperty().get(), "before the new data's first year: moved to it");
        assertEquals(2024, vm.yearBProperty().get());
        vm.setYearRange(2030, 2040);
        assertEquals(2030, vm.yearAProperty().get());
        assertEquals(2030, vm.yearBProperty().get());
        assertEquals(2030, vm.firstYearProperty().get());
    }

    @Test
    void changingAYearComparesAgainButAYearOnlyFilterChangeDoesNot() {
        from2021To2024();
        int runs = runner.titles().size();
        vm.setCriteria(FilterCriteria.forYear(1999));
        assertEquals(runs, runner.titles().size(), "the filters' own year does not matter");
        vm.yearAProperty().set(2022);
        assertEquals(2022, vm.comparisonProperty().get().from());
        assertTrue(vm.changes().stream().noneMatch(c -> c.text().equals("2022 — FIN joined nato")));
    }
}

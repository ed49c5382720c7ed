package org.allianceatlas.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.State;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;

class PathViewModelTest {

    private final PathViewModel vm = new PathViewModel(ShippedService.get(), new SameThreadTaskRunner());

    private static State state(String id) {
        return ShippedService.get().dataset().state(id).orElseThrow();
    }

    @Test
    void greeceReachesNorwayIn2024ThroughNatoHopByHop() {
        vm.setCriteria(FilterCriteria.forYear(2024));
        vm.pick(state("GRC"));
        assertNull(vm.resultProperty().get());
        assertEquals("Pick a second state.", vm.lines().get(0));
        vm.pick(state("NOR"));
        var r = vm.resultProperty().get();
        assertTrue(r.found(), r.summary());
        assertTrue(vm.lines().get(0).startsWith("GRC to NOR in 2024"), vm.lines().get(0));
        assertTrue(vm.lines().stream().anyMatch(l -> l.contains("GRC – NOR") && l.contains("nato")),
                vm.lines().toString());
        var view = ShippedService.get().filter(FilterCriteria.forYear(2024));
        var highlighted = vm.highlight(view).actors().stream().map(Actor::id).toList();
        assertTrue(highlighted.containsAll(java.util.List.of("GRC", "NOR", "nato")), highlighted.toString());
        assertFalse(vm.highlight(view).ties().isEmpty());
    }

    @Test
    void aThirdPickReplacesTheDestinationAndKeepsTheStart() {
        vm.setCriteria(FilterCriteria.forYear(2024));
        vm.pick(state("GRC"));
        vm.pick(state("NOR"));
        vm.pick(state("FRA"));
        assertEquals("GRC", vm.fromProperty().get().id());
        assertEquals("FRA", vm.toProperty().get().id());
        assertEquals("FRA", vm.resultProperty().get().to());
    }

    @Test
    void aStateNotShownThatYearIsStatedPlainly() {
        vm.setCriteria(FilterCriteria.forYear(2024));
        vm.pick(state("GRC"));
        vm.pick(state("SUN"));
        assertFalse(vm.resultProperty().get().found());
        assertTrue(vm.lines().get(0).startsWith("No path: SUN is not shown in 2024"), vm.lines().get(0));
        assertTrue(vm.highlight(ShippedService.get().filter(FilterCriteria.forYear(2024))).isEmpty());
    }

    @Test
    void aNewYearFindsThePathAgain() {
        vm.setCriteria(FilterCriteria.forYear(2024));
        vm.pick(state("GRC"));
        vm.pick(state("NOR"));
        vm.setCriteria(FilterCriteria.forYear(1960));
        assertEquals(1960, vm.resultProperty().get().year());
    }

    @Test
    void swapExchangesTheStates() {
        vm.setCriteria(FilterCriteria.forYear(2024));
        vm.pick(state("GRC"));
        vm.pick(state("NOR"));
        vm.swap();
        assertEquals("NOR", vm.resultProperty().get().from());
        assertEquals("GRC", vm.resultProperty().get().to());
    }

    @Test
    void thePickersSearchTheStatesOfTheViewByNameOrCode() {
        var view = ShippedService.get().filter(FilterCriteria.forYear(2024));
        vm.setStates(view.states());
        vm.setCriteria(view.criteria());

        vm.fromSearch().queryProperty().set("gree");
        assertTrue(vm.fromSearch().chooseBest());
        assertEquals("GRC", vm.fromProperty().get().id());
        assertEquals("Greece (GRC)", vm.fromSearch().queryProperty().get(), "the box shows the pick");

        vm.toSearch().queryProperty().set("nor");
        assertEquals("NOR", vm.toSearch().hits().get(0).actor().id(), "an exact code comes first");
        vm.toSearch().chooseBest();
        assertTrue(vm.resultProperty().get().found());

        vm.toSearch().queryProperty().set("soviet");
        assertTrue(vm.toSearch().hits().isEmpty(), "the Soviet Union is not in the 2024 view");
        vm.toSearch().queryProperty().set("nato");
        assertTrue(vm.toSearch().hits().isEmpty(), "states only");
    }

    @Test
    void aStateClickedOnTheCanvasShowsInItsPicker() {
        vm.setCriteria(FilterCriteria.forYear(2024));
        vm.pick(state("GRC"));
        vm.pick(state("NOR"));
        assertEquals("Greece (GRC)", vm.fromSearch().queryProperty().get());
        assertEquals("Norway (NOR)", vm.toSearch().queryProperty().get());
        vm.swap();
        assertEquals("Norway (NOR)", vm.fromSearch().queryProperty().get());
    }
}

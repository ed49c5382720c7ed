package org.allianceatlas.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.allianceatlas.analysis.Metric;
import org.allianceatlas.analysis.MetricsTable;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.ui.task.ManualTaskRunner;
import org.allianceatlas.ui.task.SameThreadTaskRunner;

class MetricsViewModelTest {

    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final MetricsViewModel vm = new MetricsViewModel(ShippedService.get(), runner);

    @Test
    void metricsAreComputedOnlyWhileThePanelIsActive() {
        vm.setCriteria(FilterCriteria.forYear(2024));
        assertNull(vm.tableProperty().get(), "inactive: nothing computed");
        assertTrue(runner.titles().isEmpty());
        vm.activeProperty().set(true);
        var table = vm.tableProperty().get();
        assertNotNull(table);
        assertEquals(2024, table.year());
        assertTrue(table.row("SWE").isPresent(), "Sweden is drawn in 2024");
        assertTrue(vm.statusProperty().get().endsWith(" in 2024"), vm.statusProperty().get());
    }

    @Test
    void theSameViewIsNotComputedTwice() {
        vm.activeProperty().set(true);
        vm.setCriteria(FilterCriteria.forYear(2024));
        vm.setCriteria(FilterCriteria.forYear(2024));
        vm.activeProperty().set(false);
        vm.activeProperty().set(true);
        assertEquals(1, runner.titles().size(), runner.titles().toString());
        vm.dataChanged();
        vm.setCriteria(FilterCriteria.forYear(2024));
        assertEquals(2, runner.titles().size(), "a reload computes the same criteria again");
    }

    @Test
    void aResultOfAnOlderViewIsDropped() {
        var manual = new ManualTaskRunner();
        var slow = new MetricsViewModel(ShippedService.get(), manual);
        slow.activeProperty().set(true);
        slow.setCriteria(FilterCriteria.forYear(1960));
        slow.setCriteria(FilterCriteria.forYear(2024));
        assertTrue(slow.computingProperty().get());
        manual.runAll();
        assertEquals(2024, slow.tableProperty().get().year());
        assertFalse(slow.computingProperty().get());
    }

    @Test
    void sizingByDegreeGivesTheMostTiedStateTheLargestCircle() {
        vm.activeProperty().set(true);
        vm.setCriteria(FilterCriteria.forYear(2024));
        assertTrue(vm.radiusScalesProperty().get().isEmpty(), "normal size until a metric is chosen");
        vm.sizeByProperty().set(Metric.DEGREE);
        var scales = vm.radiusScalesProperty().get();
        var states = vm.tableProperty().get().rows().stream().filter(r -> r.kind().equals("state")).toList();
        assertEquals(states.size(), scales.size(), "every state is sized, organisations are not");
        var most = states.stream().max((a, b) -> Double.compare(a.value(Metric.DEGREE), b.value(Metric.DEGREE)))
                .orElseThrow();
        var least = states.stream().min((a, b) -> Double.compare(a.value(Metric.DEGREE), b.value(Metric.DEGREE)))
                .orElseThrow();
        assertEquals(MetricsViewModel.MAX_SCALE, scales.get(most.id()), 1e-9);
        assertEquals(MetricsViewModel.MIN_SCALE, scales.get(least.id()), 1e-9);
        vm.sizeByProperty().set(null);
        assertTrue(vm.radiusScalesProperty().get().isEmpty());
    }

    @Test
    void exportWritesTheTableAsCsvAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        vm.activeProperty().set(true);
        vm.setCriteria(FilterCriteria.forYear(1990));
        var target = dir.resolve("metrics-1990.csv");
        Files.writeString(target, "old content");
        vm.exportCsv(target);
        MetricsTable table = vm.tableProperty().get();
        assertEquals(table.toCsv(), Files.readString(target, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the CSV itself");
        }
        assertTrue(vm.statusProperty().get().startsWith("Exported "), vm.statusProperty().get());
    }

    @Test
    void exportToAMissingFolderSaysWhyAndWritesNothing(@TempDir Path dir) {
        vm.activeProperty().set(true);
        vm.setCriteria(FilterCriteria.forYear(1990));
        var target = dir.resolve("no-such-folder").resolve("m.csv");
        vm.exportCsv(target);
        assertFalse(Files.exists(target));
        assertTrue(vm.statusProperty().get().startsWith("Could not export to "), vm.statusProperty().get());
    }
}

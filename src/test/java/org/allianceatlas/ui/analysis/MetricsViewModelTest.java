package org.allianceatlas.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.allianceatlas.analysis.GraphKind;
import org.allianceatlas.analysis.Metric;
import org.allianceatlas.analysis.MetricsTable;
import org.allianceatlas.analysis.MetricsTable.Row;
import org.allianceatlas.export.CsvExporter;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.ui.task.ManualTaskRunner;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void sizingByDegreeSizesStatesAndOrganisationsOnOneScale() {
        vm.activeProperty().set(true);
        vm.setCriteria(FilterCriteria.forYear(2024));
        assertTrue(vm.radiusScalesProperty().get().isEmpty(), "normal size until a metric is chosen");
        assertEquals("", vm.sizeNoteProperty().get());
        vm.sizeByProperty().set(Metric.DEGREE);
        var scales = vm.radiusScalesProperty().get();
        var rows = vm.tableProperty().get().rows();
        assertEquals(rows.size(), scales.size(), "degree is a two-mode metric: organisations are sized too");
        var most = rows.stream().max(Comparator.comparingDouble(r -> r.value(Metric.DEGREE))).orElseThrow();
        var least = rows.stream().min(Comparator.comparingDouble(r -> r.value(Metric.DEGREE))).orElseThrow();
        assertEquals(MetricsViewModel.MAX_SCALE, scales.get(most.id()), 1e-9);
        assertEquals(MetricsViewModel.MIN_SCALE, scales.get(least.id()), 1e-9);
        // One scale: a state and an organisation with the same degree get the same size.
        var byDegree = rows.stream().collect(Collectors.groupingBy(r -> r.value(Metric.DEGREE)));
        var shared = byDegree.values().stream().filter(same -> same.stream().map(Row::kind).distinct().count() == 2)
                .findFirst().orElseThrow(() -> new AssertionError("no state and organisation of equal degree"));
        assertEquals(1, shared.stream().map(r -> scales.get(r.id())).distinct().count(), shared.toString());
        assertEquals("", vm.sizeNoteProperty().get(), "every vertex is sized: nothing to explain");
        vm.sizeByProperty().set(null);
        assertTrue(vm.radiusScalesProperty().get().isEmpty());
        assertEquals("", vm.sizeNoteProperty().get());
    }

    @Test
    void sizingByAProjectionMetricSizesStatesOnlyAndSaysWhy() {
        vm.activeProperty().set(true);
        vm.setCriteria(FilterCriteria.forYear(2024));
        vm.sizeByProperty().set(Metric.BETWEENNESS);
        var states = vm.tableProperty().get().rows().stream().filter(r -> r.kind().equals("state")).map(Row::id)
                .collect(Collectors.toSet());
        assertEquals(states, vm.radiusScalesProperty().get().keySet());
        assertEquals("Organisations keep their size (their visible members): Betweenness is computed on states only.",
                vm.sizeNoteProperty().get());
    }

    @Test
    void theExplanationFollowsTheMetricLastSortedOrSizedBy() {
        assertEquals(Metric.DEGREE, vm.explainedMetricProperty().get(), "the table's first order");
        assertEquals(Metric.DEGREE.description() + " " + GraphKind.TWO_MODE.explanation(),
                vm.explanationProperty().get());
        vm.explainedMetricProperty().set(Metric.CLOSENESS); // the view: sorted by closeness
        assertEquals(Metric.CLOSENESS.description() + " " + GraphKind.STATE_PROJECTION.explanation(),
                vm.explanationProperty().get());
        assertTrue(vm.explanationProperty().get().endsWith("organisations show —."), vm.explanationProperty().get());
        vm.sizeByProperty().set(Metric.PAGERANK);
        assertEquals(Metric.PAGERANK, vm.explainedMetricProperty().get());
        assertTrue(vm.explanationProperty().get().startsWith(Metric.PAGERANK.description()));
        vm.sizeByProperty().set(null);
        assertEquals(Metric.PAGERANK, vm.explainedMetricProperty().get(), "normal size: still the last one chosen");
    }

    @Test
    void exportWritesTheTableAsCsvAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        vm.activeProperty().set(true);
        vm.setCriteria(FilterCriteria.forYear(1990));
        var target = dir.resolve("metrics-1990.csv");
        Files.writeString(target, "old content");
        vm.exportCsv(target);
        MetricsTable table = vm.tableProperty().get();
        assertEquals(CsvExporter.metrics(table), Files.readString(target, StandardCharsets.UTF_8));
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

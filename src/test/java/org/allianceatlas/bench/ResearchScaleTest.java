package org.allianceatlas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.DatasetWriter;
import org.allianceatlas.io.importers.DatasetMerger;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.testing.AtopCsvGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link ResearchScaleBenchmark} relies on: the full-scale import loads, and its baselines are fair. */
class ResearchScaleTest {

    @TempDir
    static Path dir;

    private static AlignmentGraph graph;
    private static Dataset merged;

    @BeforeAll
    static void load() {
        var files = new AtopCsvGenerator().write(dir).both();
        var load = new AtlasService().loadWithImports(true, List.of(), files, DatasetMerger.Precedence.BASE);
        assertTrue(load.usable(), () -> load.report().format());
        merged = load.dataset();
        graph = new AlignmentGraph(merged);
    }

    @Test
    void theImportMergedWithTheShippedDataPassesEveryCheckOfTheJsonValidator() throws IOException {
        // The app trusts the importer's row checks instead of running the JSON validator's cross-checks (duplicate
        // ids, unknown references, memberships outside a lifetime or existence, overlapping spells) on imported data:
        // at full scale, what it imports must pass them all, as the benchmark's baseline checks it.
        var json = dir.resolve("merged.json");
        new DatasetWriter().write(merged, json, true);
        var check = new DatasetLoader().load(List.of(DataInput.of(json)));
        assertFalse(check.report().hasErrors(), () -> check.report().format());
        assertEquals(merged.memberships().size(), check.dataset().memberships().size());
        assertEquals(merged.clauses().size(), check.dataset().clauses().size());
    }

    @Test
    void largestYearViewWithDefaultFiltersHasAtMostAFewHundredVertices() {
        var largest = ResearchScaleBenchmark.YearGraphs.largestYear(graph);
        assertTrue(largest.vertices() > 50, "the generated alliances show up: " + largest);
        assertTrue(largest.vertices() <= 500, "a year's view stays drawable: " + largest);
    }

    @Test
    void naiveFreshGraphHoldsExactlyWhatTheMaskedViewShows() {
        for (int year : new int[] {1850, 1914, 1960, 2018}) {
            var view = graph.view(FilterCriteria.forYear(year)).graph();
            var copy = ResearchScaleBenchmark.YearGraphs.copyOfYear(graph, year);
            assertEquals(new HashSet<>(view.vertexSet()), copy.vertexSet(), "vertices in " + year);
            assertEquals(new HashSet<>(view.edgeSet()), copy.edgeSet(), "ties in " + year);
        }
    }
}

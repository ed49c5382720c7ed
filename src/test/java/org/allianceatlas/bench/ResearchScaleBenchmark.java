package org.allianceatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.DatasetWriter;
import org.allianceatlas.io.LoadResult;
import org.allianceatlas.io.importers.CowCrosswalk;
import org.allianceatlas.io.importers.DatasetMerger;
import org.allianceatlas.io.importers.ImportResult;
import org.allianceatlas.io.importers.ResearchImport;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.State;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.testing.AtopCsvGenerator;
import org.allianceatlas.testing.SyntheticDatasets;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full-scale research data (generated ATOP v5 files, see {@link AtopCsvGenerator}): importing them, and changing the
 * year once they are loaded with the shipped data, each next to a naive way of doing the same in the same run.
 *
 * <ul>
 *   <li>{@code importAtop}: the importer alone (CSV → model, row checks, crosswalk, placeholders).</li>
 *   <li>{@code loadShippedWithImport}: what File › Import ATOP… does: load and validate the shipped JSON, import,
 *       merge, build the graph (target: under 500 ms warm).</li>
 *   <li>{@code naiveImportValidatedByJsonRoundTrip} (baseline): import and merge as above, then validate the merged
 *       dataset the way a user's JSON file is validated — write it as JSON and load it back through
 *       {@link DatasetLoader} — instead of trusting the importer's row checks.</li>
 *   <li>{@code yearChangeMaskedView}: a new {@code AlignmentView} for the next year (default filters), every vertex
 *       and tie of its JGraphT graph (a {@code MaskSubgraph}) visited, as analysis and export do (target: under
 *       5 ms).</li>
 *   <li>{@code yearChangeViewSets}: the same, visiting the view's vertex and tie sets, as the canvas does.</li>
 *   <li>{@code naiveYearChangeFreshGraph} (baseline): the same year's vertices and ties copied into a new JGraphT
 *       graph, then visited: a copy per year instead of a masked view.</li>
 * </ul>
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="ResearchScaleBenchmark -f 1 -wi 5 -i 5"}.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResearchScaleBenchmark {

    private Path dir;
    private List<Path> files;
    private Map<String, State> known;
    private Dataset shipped;
    private AlignmentGraph merged;
    private int year = AtopCsvGenerator.FIRST_YEAR;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("atlas-scale");
        var generated = new AtopCsvGenerator().write(dir);
        files = generated.both();
        shipped = SyntheticDatasets.shipped();
        known = knownStates(shipped);
        var load = new AtlasService().loadWithImports(true, List.of(), files, DatasetMerger.Precedence.BASE);
        if (!load.usable()) {
            throw new IllegalStateException(load.report().format());
        }
        merged = new AlignmentGraph(load.dataset());
        var largest = YearGraphs.largestYear(merged);
        // Printed once per trial so that the benchmark output records the scale it measured.
        System.out.printf("%n%d alliances (%d bilateral), %d member rows, %d COW codes; merged: %d states, %d "
                + "organisations, %d memberships, %d clauses; largest year view: %d vertices, %d ties (%d)%n",
                generated.alliances(), generated.bilateral(), generated.memberRows(), generated.distinctCodes(),
                load.dataset().states().size(), load.dataset().organisations().size(),
                load.dataset().memberships().size(), load.dataset().clauses().size(), largest.vertices(),
                largest.ties(), largest.year());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var walk = Files.walk(dir)) {
            for (var p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public ImportResult importAtop() {
        return ResearchImport.importFiles(files, CowCrosswalk.shipped(), known);
    }

    @Benchmark
    public LoadResult loadShippedWithImport() {
        return usable(new AtlasService().loadWithImports(true, List.of(), files, DatasetMerger.Precedence.BASE));
    }

    @Benchmark
    public LoadResult naiveImportValidatedByJsonRoundTrip(Blackhole bh) throws IOException {
        var base = usable(new DatasetLoader().load(DataInput.shipped()));
        var imported = ResearchImport.importFiles(files, CowCrosswalk.shipped(), knownStates(base.dataset()));
        var m = new DatasetMerger().merge(base.dataset(), imported.dataset(), DatasetMerger.Precedence.BASE,
                files.get(0).toString());
        var json = dir.resolve("merged.json");
        new DatasetWriter().write(m.dataset(), json, true);
        // ResearchScaleTest checks that it reports no error; the work measured is the same either way.
        var check = new DatasetLoader().load(List.of(DataInput.of(json)));
        bh.consume(new AlignmentGraph(check.dataset()));
        return check;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void yearChangeMaskedView(Blackhole bh) {
        var view = merged.view(FilterCriteria.forYear(nextYear())).graph();
        visit(view, bh);
    }

    /** The canvas's way (DrawnGraph): a new view, then its vertex and tie sets visited, not its JGraphT graph. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void yearChangeViewSets(Blackhole bh) {
        var view = merged.view(FilterCriteria.forYear(nextYear()));
        for (var a : view.vertices()) {
            bh.consume(a);
        }
        for (var t : view.ties()) {
            bh.consume(view.first(t));
            bh.consume(view.second(t));
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void naiveYearChangeFreshGraph(Blackhole bh) {
        visit(YearGraphs.copyOfYear(merged, nextYear()), bh);
    }

    private int nextYear() {
        year = year >= AtopCsvGenerator.LAST_YEAR ? AtopCsvGenerator.FIRST_YEAR : year + 1;
        return year;
    }

    private static void visit(Graph<Actor, Tie> g, Blackhole bh) {
        for (var a : g.vertexSet()) {
            bh.consume(a);
        }
        for (var t : g.edgeSet()) {
            bh.consume(g.getEdgeSource(t));
            bh.consume(g.getEdgeTarget(t));
        }
    }

    private static LoadResult usable(LoadResult r) {
        if (!r.usable()) {
            throw new IllegalStateException(r.report().format());
        }
        return r;
    }

    static Map<String, State> knownStates(Dataset d) {
        var known = new HashMap<String, State>();
        d.states().forEach(s -> known.put(s.id(), s));
        return known;
    }

    /** The naive alternative to a masked view (a new graph holding one year's visible part), and view sizes. */
    static final class YearGraphs {

        /** The size of one year's view. */
        record YearSize(int year, int vertices, int ties) {
        }

        private YearGraphs() {
        }

        /** The year of ATOP's range (1815–2018) whose view with the default filters has the most vertices. */
        static YearSize largestYear(AlignmentGraph graph) {
            var largest = new YearSize(0, -1, 0);
            for (int y = AtopCsvGenerator.FIRST_YEAR; y <= AtopCsvGenerator.LAST_YEAR; y++) {
                var v = graph.view(FilterCriteria.forYear(y));
                if (v.vertices().size() > largest.vertices()) {
                    largest = new YearSize(y, v.vertices().size(), v.ties().size());
                }
            }
            return largest;
        }

        /** Copies what the default filters show in {@code year} into a fresh graph of the same type. */
        static Graph<Actor, Tie> copyOfYear(AlignmentGraph source, int year) {
            // The rules are the view's (so both benchmarks produce the same graph); only the copy is naive.
            var visible = source.view(FilterCriteria.forYear(year));
            Graph<Actor, Tie> g = GraphTypeBuilder.<Actor, Tie>undirected().allowingMultipleEdges(true)
                    .allowingSelfLoops(false).weighted(false).buildGraph();
            visible.vertices().forEach(g::addVertex);
            for (var t : visible.ties()) {
                g.addEdge(visible.first(t), visible.second(t), t);
            }
            return g;
        }
    }
}

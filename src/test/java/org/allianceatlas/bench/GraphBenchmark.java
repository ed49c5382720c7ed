package org.allianceatlas.bench;

import java.util.concurrent.TimeUnit;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.testing.SyntheticDatasets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Building the graph and changing the year (new view, iterated) on generated datasets.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="GraphBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GraphBenchmark {

    /** "shipped": the shipped data; "large": generated at full ATOP scale (1,000 states, 750 alliances). */
    @Param({"shipped", "large"})
    public String size;

    private Dataset dataset;
    private AlignmentGraph graph;
    private int year = 1945;

    @Setup
    public void setUp() {
        dataset = size.equals("shipped") ? SyntheticDatasets.shipped()
                : SyntheticDatasets.generate(1000, 750, 3000, 1);
        graph = new AlignmentGraph(dataset);
    }

    @Benchmark
    public AlignmentGraph buildGraph() {
        return new AlignmentGraph(dataset);
    }

    /** One year change as the UI does it: a new view, then every visible vertex and tie visited. */
    @Benchmark
    public void yearChangeViewIterated(Blackhole bh) {
        year = year >= 2025 ? 1945 : year + 1;
        AlignmentView v = graph.view(FilterCriteria.forYear(year));
        for (var a : v.graph().vertexSet()) {
            bh.consume(a);
        }
        for (var t : v.graph().edgeSet()) {
            bh.consume(v.graph().getEdgeSource(t));
        }
    }
}

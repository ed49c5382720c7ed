package org.allianceatlas.bench;

import java.util.concurrent.TimeUnit;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.ForceLayout;
import org.allianceatlas.layout.GeographicLayout;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.testing.SyntheticDatasets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Geographic and force layouts from scratch, and the geographic layout of a year change (most vertices kept), on a
 * generated view of about 200 vertices and 1,500 ties ({@link #view(int)}).
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="LayoutBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LayoutBenchmark {

    private AlignmentView view;
    private AlignmentView nextYear;
    private Positions previous;
    private final GeographicLayout geographic = new GeographicLayout();
    private final ForceLayout force = new ForceLayout();

    /**
     * The 2024 view of a generated dataset of 170 states, 30 organisations and 1,000 bilateral clauses: about 200
     * vertices and 1,500 ties (checked by {@code LayoutBenchmarkSizeTest}).
     */
    static AlignmentView view(int year) {
        return new AlignmentGraph(SyntheticDatasets.generate(170, 30, 1000, 7)).view(FilterCriteria.forYear(year));
    }

    @Setup
    public void setUp() {
        var graph = new AlignmentGraph(SyntheticDatasets.generate(170, 30, 1000, 7));
        view = graph.view(FilterCriteria.forYear(2024));
        nextYear = graph.view(FilterCriteria.forYear(2025));
        previous = geographic.layout(view, Positions.empty());
    }

    @Benchmark
    public Positions geographicFromScratch() {
        return geographic.layout(view, Positions.empty());
    }

    @Benchmark
    public Positions geographicYearChange() {
        return geographic.layout(nextYear, previous);
    }

    @Benchmark
    public Positions forceFromScratch() {
        return force.layout(view, Positions.empty());
    }
}

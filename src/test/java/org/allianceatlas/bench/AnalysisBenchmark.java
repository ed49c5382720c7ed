package org.allianceatlas.bench;

import java.util.concurrent.TimeUnit;

import org.allianceatlas.analysis.BlocFinder;
import org.allianceatlas.analysis.BlocReport;
import org.allianceatlas.analysis.MetricsCalculator;
import org.allianceatlas.analysis.MetricsTable;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.StateProjection;
import org.allianceatlas.testing.SyntheticDatasets;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.AsWeightedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Metrics and blocs of one year's view: a generated 1,000-state graph (target &lt; 2 s each) and the shipped data
 * (target &lt; 200 ms).
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="AnalysisBenchmark -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalysisBenchmark {

    @Param({"shipped", "states1000"})
    public String size;

    private AlignmentView view;

    @Setup
    public void setUp() {
        var ds = size.equals("shipped") ? SyntheticDatasets.shipped()
                : SyntheticDatasets.generate(1000, 100, 20, 3000, 1);
        view = new AlignmentGraph(ds).view(FilterCriteria.forYear(2024));
    }

    @Benchmark
    public MetricsTable metrics() {
        return new MetricsCalculator().compute(view);
    }

    /**
     * Baseline: only the two expensive metrics, computed the way {@code MetricsCalculator} did before: one after the
     * other, on the projection itself (State records as vertices) seen through a unit-weight {@link AsWeightedGraph}.
     */
    @Benchmark
    public Object baselineBetweennessClosenessOnRecords() {
        var projection = StateProjection.of(view).graph();
        var hops = new AsWeightedGraph<>(projection, e -> 1.0, false, false);
        return new Object[] {new BetweennessCentrality<>(hops, false).getScores(),
                new ClosenessCentrality<>(hops, false, true).getScores()};
    }

    @Benchmark
    public BlocReport blocs() {
        return new BlocFinder().find(view);
    }
}

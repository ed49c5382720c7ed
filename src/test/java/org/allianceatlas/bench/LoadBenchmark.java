package org.allianceatlas.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.LoadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Load + validate the shipped data from the class path (target: under 150 ms warm on a 2-core machine).
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="LoadBenchmark -f 1 -wi 5 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {

    private List<DataInput> inputs;

    @Setup
    public void setUp() {
        inputs = DataInput.shipped();
    }

    @Benchmark
    public LoadResult loadAndValidateShippedData() {
        var r = new DatasetLoader().load(inputs);
        if (r.report().hasErrors()) {
            throw new IllegalStateException(r.report().format());
        }
        return r;
    }
}

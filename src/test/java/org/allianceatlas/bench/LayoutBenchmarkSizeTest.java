package org.allianceatlas.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmarks measure what they say: a view of about 200 vertices and 1,500 ties. */
class LayoutBenchmarkSizeTest {

    @Test
    void benchmarkViewHasAbout200VerticesAnd1500Ties() {
        var view = LayoutBenchmark.view(2024);
        int v = view.vertices().size();
        int e = view.ties().size();
        assertTrue(v >= 190 && v <= 210, "vertices: " + v);
        assertTrue(e >= 1400 && e <= 1600, "ties: " + e);
    }
}

package org.allianceatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {

    private final MetricsTable table = new MetricsCalculator().compute(AnalysisFixture.view());

    private double v(String id, Metric m) {
        return table.row(id).orElseThrow().value(m);
    }

    @Test
    void degreeCountsTiesInTheTwoModeGraph() {
        // AAA: tri. CCC: tri + cd. DDD: cd + de. tri: three members.
        assertEquals(1, v("AAA", Metric.DEGREE));
        assertEquals(2, v("CCC", Metric.DEGREE));
        assertEquals(2, v("DDD", Metric.DEGREE));
        assertEquals(3, v("tri", Metric.DEGREE));
        assertTrue(Double.isNaN(v("tri", Metric.BETWEENNESS)), "projection metrics do not apply to organisations");
    }

    @Test
    void betweennessIsTheShareOfShortestPathsThroughAState() {
        // n = 5 states, normalised by (n-1)(n-2)/2 = 6 pairs. CCC is on AAA|BBB → DDD|EEE: 4 pairs → 4/6.
        // DDD is on AAA|BBB|CCC → EEE: 3 pairs → 3/6. AAA, BBB, EEE broker nothing.
        assertEquals(4.0 / 6, v("CCC", Metric.BETWEENNESS), 1e-9);
        assertEquals(3.0 / 6, v("DDD", Metric.BETWEENNESS), 1e-9);
        assertEquals(0, v("AAA", Metric.BETWEENNESS), 1e-9);
    }

    @Test
    void closenessClusteringCorenessAndWeightedDegree() {
        // Harmonic closeness: CCC's distances 1 (AAA), 1 (BBB), 1 (DDD), 2 (EEE) → (1 + 1 + 1 + 1/2) / 4.
        assertEquals(0.875, v("CCC", Metric.CLOSENESS), 1e-9);
        // AAA's partners BBB and CCC are tied: 1. CCC's partners AAA, BBB, DDD: one tie of three possible.
        assertEquals(1.0, v("AAA", Metric.CLUSTERING), 1e-9);
        assertEquals(1.0 / 3, v("CCC", Metric.CLUSTERING), 1e-9);
        assertEquals(0.0, v("DDD", Metric.CLUSTERING), 1e-9);
        // The triangle is the 2-core; the tail is in the 1-core.
        assertEquals(2, v("AAA", Metric.CORENESS));
        assertEquals(1, v("EEE", Metric.CORENESS));
        assertEquals(3, v("CCC", Metric.WEIGHTED_DEGREE));
    }

    @Test
    void pageRankSumsToOneAndFavoursTheHub() {
        double sum = table.rows().stream().filter(r -> r.kind().equals("state"))
                .mapToDouble(r -> r.value(Metric.PAGERANK)).sum();
        assertEquals(1.0, sum, 1e-6);
        assertEquals("CCC", table.sortedBy(Metric.PAGERANK).get(0).id());
        assertEquals(1.0, table.sortedBy(Metric.EIGENVECTOR).get(0).value(Metric.EIGENVECTOR), 1e-9);
    }

    @Test
    void eigenvectorOfTheDiamondIsItsLeadingEigenvectorScaledSoThatTheLargestIsOne() {
        // The diamond (AnalysisFixture.diamond): every link weighs 1. By symmetry x(AAA) = x(BBB) = a and
        // x(CCC) = x(DDD) = c, and the leading eigenvector of the adjacency matrix satisfies
        //   λa = a + 2c   (AAA's partners: BBB, CCC, DDD)
        //   λc = 2a       (CCC's partners: AAA, BBB)
        // so c = 2a/λ and λ = 1 + 4/λ: λ² − λ − 4 = 0, λ = (1 + √17)/2 ≈ 2.5616 (the largest root; the diamond has
        // triangles, so JGraphT's power iteration converges). Scaled so that the largest value is 1: a = 1 and
        // c = 2/λ = (√17 − 1)/4 ≈ 0.7808.
        var diamond = new MetricsCalculator().compute(AnalysisFixture.diamond());
        double c = (Math.sqrt(17) - 1) / 4;
        assertEquals(1.0, diamond.row("AAA").orElseThrow().value(Metric.EIGENVECTOR), 1e-6);
        assertEquals(1.0, diamond.row("BBB").orElseThrow().value(Metric.EIGENVECTOR), 1e-6);
        assertEquals(c, diamond.row("CCC").orElseThrow().value(Metric.EIGENVECTOR), 1e-6);
        assertEquals(c, diamond.row("DDD").orElseThrow().value(Metric.EIGENVECTOR), 1e-6);
    }

    @Test
    void pageRankOfTheDiamondIsTheDampedStationaryShare() {
        // PageRank with JGraphT's damping d = 0.85 on the undirected diamond, n = 4 states:
        //   PR(v) = (1 − d)/n + d · Σ PR(u)/deg(u) over v's partners u.
        // By symmetry PR(AAA) = PR(BBB) = p and PR(CCC) = PR(DDD) = q, with 2p + 2q = 1. CCC's partners AAA and BBB
        // have three partners each, so q = (1 − d)/4 + d(p/3 + p/3). With q = 1/2 − p this gives
        //   p = 3(1 + d) / (4(3 + 2d)) = 5.55 / 18.8 ≈ 0.295213,   q = 1/2 − p ≈ 0.204787.
        // (AAA's own equation agrees: 0.0375 + 0.85(p/3 + q/2 + q/2) = p.) Not the degree shares 3/10 and 2/10: the
        // damping pulls every value towards 1/n.
        var diamond = new MetricsCalculator().compute(AnalysisFixture.diamond());
        double d = 0.85;
        double p = 3 * (1 + d) / (4 * (3 + 2 * d));
        assertEquals(p, diamond.row("AAA").orElseThrow().value(Metric.PAGERANK), 1e-4);
        assertEquals(p, diamond.row("BBB").orElseThrow().value(Metric.PAGERANK), 1e-4);
        assertEquals(0.5 - p, diamond.row("CCC").orElseThrow().value(Metric.PAGERANK), 1e-4);
        assertEquals(0.5 - p, diamond.row("DDD").orElseThrow().value(Metric.PAGERANK), 1e-4);
    }

    @Test
    void betweennessSharesAPairBetweenItsShortestPaths() {
        // In the diamond only CCC and DDD are not tied; their two shortest paths run through AAA and through BBB, so
        // each brokers half of that one pair. n = 4: normalised by (n−1)(n−2)/2 = 3 pairs → 0.5/3 = 1/6.
        var diamond = new MetricsCalculator().compute(AnalysisFixture.diamond());
        assertEquals(1.0 / 6, diamond.row("AAA").orElseThrow().value(Metric.BETWEENNESS), 1e-9);
        assertEquals(1.0 / 6, diamond.row("BBB").orElseThrow().value(Metric.BETWEENNESS), 1e-9);
        assertEquals(0.0, diamond.row("CCC").orElseThrow().value(Metric.BETWEENNESS), 1e-9);
    }

    /** Classic closeness is 0 for everyone once the view has two components; harmonic closeness is not. */
    @Test
    void closenessOfAViewInTwoIslandsCountsTheStatesEachCanReach() {
        var islands = new MetricsCalculator().compute(AnalysisFixture.twoIslands());
        // n = 5: the sum of 1/distance over the four others, unreachable ones counting 0, divided by 4.
        assertEquals((1 + 1) / 4.0, islands.row("BBB").orElseThrow().value(Metric.CLOSENESS), 1e-9);
        assertEquals((1 + 0.5) / 4, islands.row("AAA").orElseThrow().value(Metric.CLOSENESS), 1e-9);
        assertEquals(1 / 4.0, islands.row("DDD").orElseThrow().value(Metric.CLOSENESS), 1e-9);
        assertTrue(Metric.CLOSENESS.description().contains("harmonic"), Metric.CLOSENESS.description());
    }
}

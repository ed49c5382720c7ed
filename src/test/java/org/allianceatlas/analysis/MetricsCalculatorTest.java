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
        // CCC: distances 1 (AAA), 1 (BBB), 1 (DDD), 2 (EEE) → (5-1)/5 = 0.8.
        assertEquals(0.8, v("CCC", Metric.CLOSENESS), 1e-9);
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
    void csvHasAHeaderAndOneRowPerVertex() {
        var lines = table.toCsv().split("\r\n");
        assertEquals("id,name,kind,degree,weighted_degree,betweenness,closeness,pagerank,eigenvector,clustering,"
                + "coreness", lines[0]);
        assertEquals(1 + 5 + 1, lines.length);
    }
}

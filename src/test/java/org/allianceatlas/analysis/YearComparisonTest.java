package org.allianceatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.TestData;
import org.junit.jupiter.api.Test;

class YearComparisonTest {

    private final AlignmentGraph graph = new AlignmentGraph(TestData.small());

    @Test
    void finlandAndSwedenJoinNatoBetween2021And2024() {
        var diff = YearComparison.between(graph, FilterCriteria.forYear(2000), 2021, 2024);
        assertEquals(List.of("2023 — FIN joined nato", "2024 — SWE joined nato"), diff.lines());
        assertTrue(diff.ended().isEmpty());
        assertTrue(diff.unchanged().size() > 10);
    }

    @Test
    void britainLeavesTheEuIn2020AndYearsMayBeGivenEitherWay() {
        var diff = YearComparison.between(graph, FilterCriteria.forYear(2000), 2020, 2019);
        assertEquals(List.of("2020 — GBR left eu"), diff.lines());
        assertEquals(Change.Kind.ENDED, diff.changes().get(0).kind());
    }

    @Test
    void aMembershipThatEndsIsReportedInTheYearItEnded() {
        var diff = YearComparison.between(graph, FilterCriteria.forYear(2000), 1990, 1992);
        assertTrue(diff.lines().contains("1991 — SUN left wp"), diff.lines().toString());
    }
}

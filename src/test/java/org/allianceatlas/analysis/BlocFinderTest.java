package org.allianceatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceatlas.bench.SyntheticDatasets;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.junit.jupiter.api.Test;

class BlocFinderTest {

    private final BlocReport report = new BlocFinder().find(AnalysisFixture.view());

    @Test
    void theTriangleIsTheOnlyCliqueOfThreeOrMore() {
        assertEquals(1, report.cliques().size());
        assertEquals(List.of("AAA", "BBB", "CCC"), report.cliques().get(0).members());
    }

    @Test
    void aSmallGraphIsSearchedCompletely() {
        assertTrue(report.cliquesComplete());
    }

    @Test
    void aDenseGraphStopsAtTheTimeBudgetAndSaysSo() {
        // 1,000 generated states in 300 overlapping organisations: listing every maximal clique takes minutes.
        var dense = new AlignmentGraph(SyntheticDatasets.generate(1000, 300, 3000, 1)).view(FilterCriteria.forYear(2024));
        var r = new BlocFinder(50).find(dense);
        assertFalse(r.cliquesComplete());
    }

    @Test
    void cutPointsAndBridgesHoldTheTailToTheTriangle() {
        // Removing CCC cuts DDD, EEE off; removing DDD cuts EEE off.
        assertEquals(List.of("CCC", "DDD"), report.cutPoints());
        assertEquals(List.of("CCC-DDD", "DDD-EEE"),
                report.bridges().stream().map(b -> b.first() + "-" + b.second()).toList());
    }

    @Test
    void communitiesCoverEveryTiedState() {
        var covered = report.communities().stream().flatMap(c -> c.members().stream()).sorted().toList();
        assertEquals(List.of("AAA", "BBB", "CCC", "DDD", "EEE"), covered);
    }
}

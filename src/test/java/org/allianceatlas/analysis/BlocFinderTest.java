package org.allianceatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BlocFinderTest {

    private final BlocReport report = new BlocFinder().find(AnalysisFixture.view());

    @Test
    void theTriangleIsTheOnlyCliqueOfThreeOrMore() {
        assertEquals(1, report.cliques().size());
        assertEquals(List.of("AAA", "BBB", "CCC"), report.cliques().get(0).members());
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

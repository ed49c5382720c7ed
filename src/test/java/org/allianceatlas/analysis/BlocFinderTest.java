package org.allianceatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.testing.SyntheticDatasets;
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
        var dense = new AlignmentGraph(SyntheticDatasets.generate(1000, 300, 3000, 1))
                .view(FilterCriteria.forYear(2024));
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

    @Test
    void twoCliquesJoinedByOneTieAreTwoCommunitiesHeldTogetherByThatTie() {
        // AnalysisFixture.twoCliquesAndABridge: west = AAA BBB CCC DDD and east = EEE FFF GGG HHH, each a 4-clique of
        // the projection, and the single link DDD–EEE (clause de) between them.
        var r = new BlocFinder().find(AnalysisFixture.twoCliquesAndABridge());
        var west = List.of("AAA", "BBB", "CCC", "DDD");
        var east = List.of("EEE", "FFF", "GGG", "HHH");
        // Cliques: the two 4-cliques (equal sizes: by their members); DDD–EEE is a 2-clique, below the reported size.
        assertEquals(List.of(west, east), r.cliques().stream().map(Bloc::members).toList());
        // Communities: each side is more tied to itself (six links) than to the other (one link): with m = 13 links
        // and each side's degrees summing to 13, the split's modularity is 2 · (6/13 − (13/26)²) ≈ 0.42, against 0
        // for one community of all eight and ≈ 0.22 with DDD moved east. Label propagation is randomised; BlocFinder
        // fixes its seed, so the result is repeatable.
        assertEquals(Set.of(west, east), Set.copyOf(r.communities().stream().map(Bloc::members).toList()));
        // Without DDD or EEE, or without their link, one side loses every path to the other.
        assertEquals(List.of("DDD", "EEE"), r.cutPoints());
        assertEquals(List.of("DDD–EEE via de"), r.bridges().stream()
                .map(b -> b.first() + "–" + b.second() + " via " + String.join(", ", b.sortedReasons())).toList());
    }

    @Test
    void theTwoCliquesAreFoundAsTwoCommunitiesWhateverTheSeed() {
        // One label propagation run gets this split wrong for about one seed in twenty (a side split in two, or DDD
        // or EEE pulled across); the best of several runs by modularity (≈ 0.42 for the right split, see above) does
        // not, for any of these 200 first seeds.
        var west = List.of("AAA", "BBB", "CCC", "DDD");
        var east = List.of("EEE", "FFF", "GGG", "HHH");
        var view = AnalysisFixture.twoCliquesAndABridge();
        for (long seed = 0; seed < 200; seed++) {
            var r = new BlocFinder(BlocFinder.DEFAULT_CLIQUE_BUDGET_MILLIS, seed).find(view);
            assertEquals(Set.of(west, east), Set.copyOf(r.communities().stream().map(Bloc::members).toList()),
                    "first seed " + seed);
        }
    }
}

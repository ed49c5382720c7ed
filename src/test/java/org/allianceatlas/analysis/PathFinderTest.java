package org.allianceatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class PathFinderTest {

    private final PathFinder finder = new PathFinder();

    @Test
    void shortestPathIsExplainedHopByHop() {
        var r = finder.find(AnalysisFixture.view(), "AAA", "EEE");
        assertTrue(r.found());
        assertEquals(1, r.paths().size());
        var p = r.paths().get(0);
        assertEquals(List.of("AAA", "CCC", "DDD", "EEE"), p.states());
        assertEquals(List.of("tri"), p.hops().get(0).reasons());
        assertEquals("CCC – DDD (via cd)", p.hops().get(1).describe());
    }

    @Test
    void everyShortestPathIsReturnedEachHopExplained() {
        // The diamond: CCC and DDD are not tied; CCC–AAA–DDD and CCC–BBB–DDD are both two hops, and no path is shorter.
        var r = finder.find(AnalysisFixture.diamond(), "CCC", "DDD");
        assertEquals(2, r.paths().size(), r.paths().toString());
        var byMiddle = new TreeMap<String, AlignmentPath>();
        r.paths().forEach(p -> byMiddle.put(p.states().get(1), p));
        assertEquals(List.of("AAA", "BBB"), List.copyOf(byMiddle.keySet()));

        var viaAaa = byMiddle.get("AAA");
        assertEquals(List.of("CCC", "AAA", "DDD"), viaAaa.states());
        assertEquals(List.of("CCC – AAA (via ac)", "AAA – DDD (via ad)"),
                viaAaa.hops().stream().map(AlignmentPath.Hop::describe).toList());
        var viaBbb = byMiddle.get("BBB");
        assertEquals(List.of("CCC", "BBB", "DDD"), viaBbb.states());
        assertEquals(List.of("CCC – BBB (via bc)", "BBB – DDD (via bd)"),
                viaBbb.hops().stream().map(AlignmentPath.Hop::describe).toList());
        assertTrue(r.summary().contains("2 steps (2 shortest paths)"), r.summary());
    }

    @Test
    void aDirectTieIsTheOnlyShortestPath() {
        // AAA and BBB are tied: one hop, and the two-hop detours through CCC and DDD are longer, so not listed.
        var r = finder.find(AnalysisFixture.diamond(), "AAA", "BBB");
        assertEquals(1, r.paths().size());
        assertEquals(List.of("AAA – BBB (via ab)"),
                r.paths().get(0).hops().stream().map(AlignmentPath.Hop::describe).toList());
    }

    @Test
    void noPathIsSaidPlainly() {
        var r = finder.find(AnalysisFixture.view(), "AAA", "FFF");
        assertFalse(r.found());
        assertTrue(r.summary().startsWith("No path"), r.summary());
    }
}

package org.allianceatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
    void everyShortestPathIsReturned() {
        // BBB → DDD and AAA → DDD are both 2 hops through CCC only; AAA → BBB is direct.
        assertEquals(1, finder.find(AnalysisFixture.view(), "AAA", "BBB").paths().get(0).length());
    }

    @Test
    void noPathIsSaidPlainly() {
        var r = finder.find(AnalysisFixture.view(), "AAA", "FFF");
        assertFalse(r.found());
        assertTrue(r.summary().startsWith("No path"), r.summary());
    }
}

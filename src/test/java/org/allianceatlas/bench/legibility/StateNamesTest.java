package org.allianceatlas.bench.legibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateNamesTest {

    @TempDir
    Path dir;

    @Test
    void statesAreNamedByIdAndLabelAndOrganisationsAreNot() throws IOException {
        var gexf = Files.writeString(dir.resolve("view.gexf"), """
                <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>
                  <attributes class="node"><attribute id="k" title="kind" type="string"/></attributes>
                  <attributes class="edge"><attribute id="kind" title="tie_kind" type="string"/></attributes>
                  <nodes>
                    <node id="FRA" label="France"><attvalues><attvalue for="k" value="state"/></attvalues></node>
                    <node id="nato" label="NATO"><attvalues><attvalue for="k" value="organisation"/></attvalues></node>
                  </nodes>
                </graph></gexf>
                """);
        assertEquals(Set.of("FRA", "France"), StateNames.of(gexf));
        var isState = StateNames.predicate(StateNames.of(gexf));
        assertTrue(isState.test(SvgVertex.circle("FRA", null, 0, 0, 1)), "by Gephi's key");
        assertTrue(isState.test(SvgVertex.circle(null, "France", 0, 0, 1)), "by our tooltip");
        assertTrue(!isState.test(SvgVertex.circle("nato", "NATO", 0, 0, 1)));
    }

    @Test
    void aFileWithoutKindsIsRefused() throws IOException {
        var gexf = Files.writeString(dir.resolve("other.gexf"), "<gexf><graph><nodes/></graph></gexf>");
        var e = assertThrows(IOException.class, () -> StateNames.of(gexf));
        assertTrue(e.getMessage().contains("no node attribute titled \"kind\""), e.getMessage());
    }
}

package org.allianceatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SuccessionTest {

    private static Succession read(String text) throws Exception {
        return Succession.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "rules.txt");
    }

    @Test
    void theFirstExistingCandidateWithinItsYearsHoldsTheShape() throws Exception {
        var rules = read("# comment\nEST  SUN@1940-1990 EST\n\nDEU.E DDR DEU\n");
        Set<String> all = Set.of("SUN", "EST", "DDR", "DEU");
        assertEquals("SUN", rules.holder("EST", 1985, all::contains));
        assertEquals("EST", rules.holder("EST", 1935, all::contains), "before the annexation");
        assertEquals("EST", rules.holder("EST", 1985, Set.of("EST")::contains), "no SUN in the data");
        assertEquals("DEU", rules.holder("DEU.E", 1995, Set.of("DEU")::contains));
        assertEquals("FRA", rules.holder("FRA", 1995, Set.of("FRA")::contains), "no rule: its own id");
        assertNull(rules.holder("NAM", 1960, Set.of("ZAF")::contains), "no rule and no such state: nobody");
    }

    @Test
    void malformedLinesAreReportedWithFileAndLine() {
        var e = assertThrows(IllegalArgumentException.class, () -> read("RUS SUN RUS\nUKR sun\n"));
        assertTrue(e.getMessage().startsWith("rules.txt:2: 'sun' is not a candidate"), e.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () -> read("RUS SUN\nRUS RUS\n"));
        assertEquals("rules.txt:2: shape RUS has a rule already", twice.getMessage());
        var inverted = assertThrows(IllegalArgumentException.class, () -> read("EST SUN@1990-1940\n"));
        assertTrue(inverted.getMessage().contains("inverted"), inverted.getMessage());
        var alone = assertThrows(IllegalArgumentException.class, () -> read("EST\n"));
        assertTrue(alone.getMessage().startsWith("rules.txt:1: expected a shape id"), alone.getMessage());
    }

    @Test
    void theShippedRulesNameOnlyShapesOfTheMapAndStatesOfTheData() {
        var map = ShippedMap.map();
        var data = ShippedMap.dataset();
        for (var shape : map.succession().shapes()) {
            var piece = shape.contains(".") ? shape.substring(0, shape.indexOf('.')) : shape;
            assertTrue(map.shapeIds().contains(piece), "no shape " + piece + " for rule " + shape);
            if (shape.contains(".")) {
                assertTrue(map.regions(piece).stream().anyMatch(r -> r.name().equals(shape)), "no region " + shape);
            }
            for (var c : map.succession().candidates(shape)) {
                assertTrue(data.state(c.stateId()).isPresent(), "rule " + shape + " names unknown state "
                        + c.stateId());
            }
        }
    }
}

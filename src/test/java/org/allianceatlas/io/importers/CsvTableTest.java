package org.allianceatlas.io.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static CsvTable parse(String text) {
        return CsvTable.parse(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }

    @Test
    void anUnclosedQuoteIsLocatedAtTheRowWhereItOpens() {
        var t = parse("a,b\n1,x\n2,\"never closed\n3,y\n");
        assertEquals(1, t.problems().size(), t.problems()::toString);
        var p = t.problems().get(0);
        assertEquals("3:3", p.line() + ":" + p.column(), p::format);
        assertTrue(p.message().contains("quoted field is never closed"), p::format);
        assertFalse(p.message().matches(".*[A-Z][a-z]+(Exception|Error).*"), p::format);
    }

    @Test
    void textAfterAClosingQuoteIsLocated() {
        var t = parse("a,b\n1,\"x\"y\n");
        var p = t.problems().get(0);
        assertEquals(2, p.line(), p::format);
        assertTrue(p.message().contains("after the closing quote"), p::format);
        assertFalse(p.message().contains("Exception"), p::format);
    }
}

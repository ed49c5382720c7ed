package org.allianceatlas.io.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A research file with more rows than an import takes is refused before its rows are kept in memory. */
class RowLimitTest {

    private static byte[] csv(int rows) {
        var sb = new StringBuilder("a,b\n");
        for (int i = 0; i < rows; i++) {
            sb.append(i).append(",x\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fileWithMoreRowsThanTheLimitIsAnErrorWithoutRows() {
        var t = CsvTable.parse(csv(CsvTable.MAX_ROWS + 1), "big.csv");
        assertTrue(t.rows().isEmpty());
        assertEquals(1, t.problems().size(), t.problems()::toString);
        var p = t.problems().get(0);
        assertEquals(CsvTable.MAX_ROWS + 2, p.line(), p::format);
        var limit = String.format(java.util.Locale.ROOT, "%,d", CsvTable.MAX_ROWS);
        assertTrue(p.message().contains("more than " + limit + " rows"), p::format);
    }

    @Test
    void fileAtTheRowLimitIsRead() {
        assertEquals(CsvTable.MAX_ROWS, CsvTable.parse(csv(CsvTable.MAX_ROWS), "big.csv").rows().size());
    }
}

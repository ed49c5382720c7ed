package org.allianceatlas.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/data.md shows the coverage the shipped data really has: edit the data and this fails until the table follows. */
class CoverageTableTest {

    @Test
    void theDocsCarryTheCoverageTableOfTheShippedData() throws IOException {
        var table = CoverageTable.markdown(CoverageTable.load(null));
        var docs = Files.readString(Path.of("docs", "data.md"));
        assertTrue(docs.contains(table), "docs/data.md must contain this coverage table (regenerate it, see "
                + "CoverageTable):\n" + table);
    }
}

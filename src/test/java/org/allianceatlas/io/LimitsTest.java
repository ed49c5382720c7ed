package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size limits of a data file's content, each a located error that says what to do instead. */
class LimitsTest {

    @TempDir
    Path dir;

    /** {@code n} states AAA, AAB, … and one clause among all of them, on line 3. */
    private Path clauseWithParties(int n) throws IOException {
        var states = new StringBuilder();
        var parties = new StringBuilder();
        for (int i = 0; i < n; i++) {
            var id = "" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            states.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(id).append("\", \"name\": \"S\", "
                    + "\"region\": \"Europe\", \"subregion\": \"Western Europe\", \"lat\": 1, \"lon\": 1}");
            parties.append(i == 0 ? "" : ", ").append('"').append(id).append('"');
        }
        return Files.writeString(dir.resolve("clause.json"), "{\"states\": [" + states + "],\n\"clauses\": [\n"
                + "{\"id\": \"big\", \"name\": \"Big\", \"parties\": [" + parties + "], \"type\": \"consultation\", "
                + "\"signed\": \"2000\", \"binding\": false, \"sources\": [{\"title\": \"t\", \"url\": "
                + "\"https://example.org/\"}]}]}\n");
    }

    @Test
    void clauseWithMorePartiesThanTheLimitIsALocatedError() throws IOException {
        var result = Fixtures.load(clauseWithParties(DatasetReader.MAX_PARTIES + 1));
        assertEquals(1, result.report().problems().size(), result.report()::format);
        var p = result.report().problems().get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("3:41 $.clauses[0].parties", p.line() + ":" + p.column() + " " + p.jsonPath(), p::format);
        assertTrue(p.message().contains("at most " + DatasetReader.MAX_PARTIES + " parties"), p::format);
        assertTrue(p.message().contains("as an organisation"), p::format);
        assertTrue(result.dataset().clauses().isEmpty());
    }

    @Test
    void clauseAtThePartyLimitLoads() throws IOException {
        var result = Fixtures.load(clauseWithParties(DatasetReader.MAX_PARTIES));
        assertTrue(result.report().isEmpty(), result.report()::format);
        assertEquals(DatasetReader.MAX_PARTIES, result.dataset().clauses().iterator().next().parties().size());
    }
}

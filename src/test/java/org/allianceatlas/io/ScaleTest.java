package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs large enough that a quadratic check would take minutes (100,000 spells of one state took 98–178 s; 20,000
 * unknown source ids 72 s, given 336 known ones): they must load without hanging. The guard is a hang guard, not a
 * timing assertion: a minute, where the linear checks take a few seconds on a loaded 2-core machine, so it fails only
 * for the quadratic behaviour, never for a slow day; the figures are in docs/benchmarks.md.
 */
class ScaleTest {

    private static final Duration GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static String day(int i) {
        return LocalDate.of(1700, 1, 1).plusDays(i).toString();
    }

    @Test
    void oneHundredThousandSpellsOfOneStateAreCheckedForOverlapsInSeconds() throws IOException {
        var json = new StringBuilder("{\"sources\": {\"s\": {\"title\": \"t\", \"url\": \"https://example.org/\"}},\n"
                + "\"states\": [{\"id\": \"AAA\", \"name\": \"A\", \"region\": \"Europe\", \"subregion\": "
                + "\"Western Europe\", \"lat\": 1, \"lon\": 1}],\n\"organisations\": [{\"id\": \"org\", \"name\": "
                + "\"Org\", \"kind\": \"alliance\", \"founded\": \"1700\", \"tieTypes\": [\"consultation\"], "
                + "\"sources\": [\"s\"], \"members\": [\n");
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            // One-day spells with a day between them; the last one overlaps the 76th, far away in the file.
            var start = day(i == n - 1 ? 150 : 2 * i);
            var end = ", \"end\": \"" + day(i == n - 1 ? 151 : 2 * i + 1) + "\"";
            json.append(i == 0 ? "" : ",\n").append("{\"state\": \"AAA\", \"start\": \"").append(start).append('"')
                    .append(end).append(", \"sources\": [\"s\"]}");
        }
        json.append("]}]}\n");
        var file = Files.writeString(dir.resolve("spells.json"), json);
        var result = assertTimeoutPreemptively(GUARD, () -> Fixtures.load(file));
        assertEquals(1, result.report().errors().size(), result.report()::format);
        var p = result.report().errors().get(0);
        assertEquals(n + 3, p.line(), p::format);
        assertTrue(p.message().contains("overlaps the one at " + file + ":"), p::format);
    }

    @Test
    void twentyThousandUnknownSourceIdsAreReportedInSeconds() throws IOException {
        var json = new StringBuilder("{\"sources\": {");
        for (int i = 0; i < 2_000; i++) {
            json.append(i == 0 ? "" : ",\n").append("\"known-source-").append(i)
                    .append("\": {\"title\": \"t\", \"url\": \"https://example.org/\"}");
        }
        json.append("},\n\"states\": [");
        for (var id : new String[] {"AAA", "AAB"}) {
            json.append(id.equals("AAA") ? "" : ",\n").append("{\"id\": \"").append(id).append("\", \"name\": \"A\", "
                    + "\"region\": \"Europe\", \"subregion\": \"Western Europe\", \"lat\": 1, \"lon\": 1}");
        }
        int n = 20_000;
        json.append("],\n\"clauses\": [");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",\n").append("{\"id\": \"c-").append(i).append("\", \"name\": \"C\", "
                    + "\"parties\": [\"AAA\", \"AAB\"], \"type\": \"consultation\", \"signed\": \"2000\", \"binding\": "
                    + "false, \"sources\": [\"unknown-source-").append(i).append("\"]}");
        }
        json.append("]}\n");
        var file = Files.writeString(dir.resolve("unknown.json"), json);
        var result = assertTimeoutPreemptively(GUARD, () -> Fixtures.load(file));
        var unknown = result.report().errors().stream().filter(p -> p.message().startsWith("unknown source"))
                .toList();
        assertEquals(n, unknown.size());
        assertTrue(unknown.get(0).message().contains("did you mean"), "the first ones still get suggestions: "
                + unknown.get(0).format());
    }
}

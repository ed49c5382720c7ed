package org.allianceatlas.bench.legibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegibilityCountTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LegibilityCount.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneRowPerFile() throws IOException {
        var crowded = Files.writeString(dir.resolve("crowded.svg"), Svgs.slide(
                "<g class=\"labels\"><text x=\"10\" y=\"20\">One</text><text x=\"12\" y=\"22\">Two</text></g>"));
        var clear = Files.writeString(dir.resolve("clear.svg"), Svgs.slide(
                "<g class=\"labels\"><text x=\"10\" y=\"20\">One</text></g>"));
        assertEquals(0, run("--examples", crowded.toString(), clear.toString()), err.toString());
        var lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("| picture | labels |"));
        assertTrue(lines.get(2).startsWith("| " + crowded + " | 2 | 0 | 1 |"), lines.get(2));
        assertTrue(lines.get(3).startsWith("| " + clear + " | 1 | 0 | 0 |"), lines.get(3));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("- labels \"One\" and \"Two\" overlap"));
    }

    @Test
    void aMissingFileIsAnErrorAndBadUsageIsExitTwo() {
        assertEquals(1, run(dir.resolve("nowhere.svg").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: "), err.toString());
        assertEquals(2, run());
        assertEquals(2, run("--slide", "wide", "x.svg"));
        assertEquals(2, run("--bogus", "x.svg"));
    }
}

package org.allianceatlas.io.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.testing.UnusualPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths that are not CSV files on disk: each is refused with a message naming the path, never opened. */
class UnusualInputTest {

    /** Opening a pipe nobody writes to blocks for ever: the guard turns a hang into a failure. */
    private static final Duration HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static Problem onlyError(ImportResult result) {
        var errors = result.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), result.problems()::toString);
        return errors.get(0);
    }

    @Test
    void atopImporterRefusesANamedPipe() throws Exception {
        var pipe = UnusualPaths.fifo(dir.resolve("atop.csv"));
        var p = onlyError(assertTimeoutPreemptively(HANG, () -> ImportFixtures.atop().importFiles(List.of(pipe))));
        assertEquals(pipe.toString(), p.file());
        assertTrue(p.message().contains("not a regular file"), p::format);
    }

    @Test
    void cowImporterRefusesANamedPipe() throws Exception {
        var pipe = UnusualPaths.fifo(dir.resolve("cow.csv"));
        var p = onlyError(assertTimeoutPreemptively(HANG, () -> ImportFixtures.cow().importFiles(List.of(pipe))));
        assertTrue(p.message().contains("not a regular file"), p::format);
    }

    @Test
    void researchImportRefusesANamedPipeBeforeReadingItsHeader() throws Exception {
        var pipe = UnusualPaths.fifo(dir.resolve("data.csv"));
        var p = onlyError(assertTimeoutPreemptively(HANG,
                () -> ResearchImport.importFiles(List.of(pipe), ImportFixtures.crosswalk(), Map.of())));
        assertTrue(p.message().contains("not a regular file"), p::format);
    }

    @Test
    void missingCsvIsCalledMissingNotTheWrongKindOfFile() {
        var p = onlyError(ResearchImport.importFiles(List.of(dir.resolve("gone.csv")), ImportFixtures.crosswalk(),
                Map.of()));
        assertTrue(p.message().contains("no such file"), p::format);
    }

    @Test
    void folderNamedCsvIsCalledAFolder() throws Exception {
        var folder = Files.createDirectory(dir.resolve("data.csv"));
        var p = onlyError(ResearchImport.importFiles(List.of(folder), ImportFixtures.crosswalk(), Map.of()));
        assertTrue(p.message().contains("this is a folder"), p::format);
    }
}

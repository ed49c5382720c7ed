package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    /** Larger than any process number Linux hands out (pid_max is at most 2^22). */
    private static final long NO_SUCH_PROCESS = 99_999_999L;

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileCreatedByAnotherProgramWhileWritingIsNotReplaced() throws IOException {
        var target = dir.resolve("out.json");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFileWriter.write(target, false, out -> {
            Files.writeString(target, "theirs"); // after every check, before ours takes the name
            out.write("ours".getBytes(StandardCharsets.UTF_8));
        }));
        assertEquals("theirs", Files.readString(target));
        assertEquals(List.of("out.json"), names(), "no temporary file is left");
    }

    @Test
    void aTemporaryFileOfAKilledWriteIsRemovedByTheNextWriteToTheFolder() throws IOException {
        var killed = Files.writeString(dir.resolve(".map.svg.atlas-" + NO_SUCH_PROCESS + "-123.tmp"), "half");
        var running = Files.writeString(dir.resolve(".map.png.atlas-" + ProcessHandle.current().pid() + "-7.tmp"),
                "being written");
        var someoneElses = Files.writeString(dir.resolve(".notes.txt-12345.tmp"), "not ours");
        AtomicFileWriter.write(dir.resolve("other.json"), false, out -> out.write('{'));
        assertFalse(Files.exists(killed));
        assertTrue(Files.exists(running), "a write of a running process is left alone");
        assertTrue(Files.exists(someoneElses), "only our own temporary files are touched");
    }

    @Test
    void aVeryOldTemporaryFileIsStaleEvenIfItsProcessNumberIsInUse() throws IOException {
        var parent = ProcessHandle.current().parent().orElseThrow().pid();
        var old = Files.writeString(dir.resolve(".a.gexf.atlas-" + parent + "-5.tmp"), "old");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        var recent = Files.writeString(dir.resolve(".b.gexf.atlas-" + parent + "-6.tmp"), "recent");
        AtomicFileWriter.removeStale(dir);
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
    }

    @Test
    void replacingKeepsThePermissionsOfTheReplacedFile() throws IOException {
        var target = Files.writeString(dir.resolve("t.json"), "old");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        AtomicFileWriter.write(target, true, out -> out.write('x'));
        assertEquals("x", Files.readString(target));
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target)));
    }
}

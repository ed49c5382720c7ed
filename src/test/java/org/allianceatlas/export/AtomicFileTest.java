package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.allianceatlas.io.AtomicFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private static AtomicFileWriter.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesANewFile() throws Exception {
        var target = dir.resolve("a.txt");
        AtomicFile.write(target, false, text("hello"));
        assertEquals("hello", Files.readString(target));
        assertEquals(1, Files.list(dir).count(), "no temporary file left");
    }

    @Test
    void refusesToReplaceAnExistingFileUnlessAllowed() throws Exception {
        var target = Files.writeString(dir.resolve("a.txt"), "mine");
        var e = assertThrows(ExportException.class, () -> AtomicFile.write(target, false, text("new")));
        assertEquals(ExportException.Reason.EXISTS, e.reason());
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals("mine", Files.readString(target));
        AtomicFile.write(target, true, text("new"));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void aFailureHalfwayLeavesTheTargetAndNoTemporaryFile() throws Exception {
        var target = Files.writeString(dir.resolve("a.txt"), "mine");
        var e = assertThrows(ExportException.class, () -> AtomicFile.write(target, true, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals(ExportException.Reason.FAILED, e.reason());
        assertTrue(e.getMessage().contains("disk full") && e.getMessage().contains("not changed"), e.getMessage());
        assertEquals("mine", Files.readString(target));
        assertEquals(1, Files.list(dir).count());
    }

    @Test
    void aFailedCheckAbandonsTheWrite() throws Exception {
        var target = dir.resolve("a.txt");
        assertThrows(ExportException.class, () -> AtomicFile.write(target, false, text("bad"), written -> {
            throw new IOException("does not validate");
        }));
        assertTrue(Files.notExists(target));
        assertEquals(0, Files.list(dir).count());
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        var target = dir.resolve("no/such/folder/a.png");
        var e = assertThrows(ExportException.class, () -> AtomicFile.write(target, false, text("x")));
        assertEquals(ExportException.Reason.NO_FOLDER, e.reason());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aPathUnderAFileIsNotWritable() throws Exception {
        var file = Files.writeString(dir.resolve("plain.txt"), "x");
        var e = assertThrows(ExportException.class,
                () -> AtomicFile.write(file.resolve("a.png"), true, text("x")));
        assertEquals(ExportException.Reason.NO_FOLDER, e.reason());
    }

    @Test
    void aFolderAsTargetIsRefused() throws Exception {
        var folder = Files.createDirectory(dir.resolve("sub"));
        var e = assertThrows(ExportException.class, () -> AtomicFile.write(folder, true, text("x")));
        assertEquals(ExportException.Reason.NOT_WRITABLE, e.reason());
    }
}

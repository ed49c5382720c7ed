package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.allianceatlas.testing.UnusualPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not JSON data at all, or not there: each gives a report, never an exception. */
class FileRobustnessTest {

    @TempDir
    Path dir;

    private static Problem only(LoadResult result) {
        assertEquals(1, result.report().problems().size(), result.report()::format);
        return result.report().problems().get(0);
    }

    private static void assertLocated(Problem p, int line, int column, String messagePart) {
        assertEquals(Severity.ERROR, p.severity(), p::format);
        assertEquals(line + ":" + column, p.line() + ":" + p.column(), p::format);
        assertTrue(p.message().contains(messagePart), p::format);
    }

    @Test
    void emptyFileIsReported() {
        assertLocated(only(Fixtures.load(Fixtures.path("invalid/empty.json"))), 1, 1, "the file is empty");
    }

    @Test
    void whitespaceOnlyFileIsReportedAsEmpty() throws IOException {
        var file = Files.writeString(dir.resolve("blank.json"), "  \n\n ");
        assertLocated(only(Fixtures.load(file)), 1, 1, "the file is empty");
    }

    @Test
    void binaryFileIsReportedAtItsFirstNulByte() {
        var p = only(Fixtures.load(Fixtures.path("invalid/binary.json")));
        assertLocated(p, 3, 1, "looks like a binary file");
        assertTrue(p.message().contains("byte 8"), p::format);
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        var result = Fixtures.load(Fixtures.path("invalid/bom.json"));
        assertTrue(result.report().isEmpty(), result.report()::format);
        assertEquals("Norway", result.dataset().state("NOR").orElseThrow().name());
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() {
        var p = only(Fixtures.load(Fixtures.path("invalid/invalid-utf8.json")));
        assertLocated(p, 3, 32, "invalid UTF-8 (byte 0xE9");
        assertTrue(p.message().contains("save the file as UTF-8"), p::format);
    }

    @Test
    void utf16FileIsReported() throws IOException {
        var file = Files.write(dir.resolve("utf16.json"), "{\"states\": []}".getBytes(StandardCharsets.UTF_16));
        var p = only(Fixtures.load(file));
        assertEquals(0, p.line());
        assertTrue(p.message().contains("UTF-16; save it as UTF-8"), p::format);
    }

    @Test
    void fileOverTheSizeLimitIsReportedWithoutBeingRead() throws IOException {
        var file = dir.resolve("huge.json");
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(DatasetLoader.MAX_FILE_BYTES + 1); // sparse: costs no disk and is never read
        }
        var p = only(Fixtures.load(file));
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("huge.json", Path.of(p.file()).getFileName().toString());
        assertTrue(p.message().contains("too large (33554433 bytes; the limit is 33554432)"), p::format);
    }

    @Test
    void sizeLimitAppliesToWhatIsReadToo() {
        var result = new DatasetLoader(100).loadPaths(List.of(Fixtures.path("valid/2-ties.json")));
        var p = only(result);
        assertTrue(p.message().contains("too large"), p::format);
        assertTrue(p.message().contains("the limit is 100"), p::format);
    }

    @Test
    void deepNestingIsReportedAtTheValueThatCrossesTheLimit() {
        var p = only(Fixtures.load(Fixtures.path("invalid/deeply-nested.json")));
        // The root object is level 1 and the first '[' (column 18) level 2, so level 65 is 63 columns further.
        assertLocated(p, 2, 18 + JsonTreeReader.MAX_DEPTH - 1, "nested deeper than 64 levels");
        assertTrue(p.jsonPath().startsWith("$.description[0][0]"), p::format);
    }

    /** Jackson's stream-constraint errors carry no location; the reader reports the last one it knew. */
    @Test
    void numberLongerThanTheTokenLimitIsALocatedError() throws IOException {
        var file = Files.writeString(dir.resolve("long-number.json"),
                "{\"states\": [\n  {\"lat\": " + "9".repeat(1_001) + "}\n]}");
        var p = only(Fixtures.load(file));
        assertEquals(Severity.ERROR, p.severity(), p::format);
        assertEquals(2, p.line(), p::format);
        assertTrue(p.column() >= 3, p::format);
        assertTrue(p.message().contains("number longer than 1000 digits"), p::format);
        assertFalse(p.message().contains("StreamReadConstraints"), p::format);
    }

    @Test
    void keyLongerThanTheTokenLimitIsALocatedError() throws IOException {
        var file = Files.writeString(dir.resolve("long-key.json"),
                "{\"states\": [\n  {\"" + "k".repeat(50_001) + "\": 1}\n]}");
        var p = only(Fixtures.load(file));
        assertEquals(2, p.line(), p::format);
        assertTrue(p.message().contains("key longer than 50000 characters"), p::format);
    }

    @Test
    void stringLongerThanTheTokenLimitIsALocatedError() throws IOException {
        var file = Files.writeString(dir.resolve("long-string.json"),
                "{\"description\":\n \"" + "s".repeat(JsonTreeReader.MAX_STRING_CHARS + 1) + "\"}");
        var p = only(Fixtures.load(file));
        assertEquals(2, p.line(), p::format);
        assertTrue(p.message().contains("text longer than " + JsonTreeReader.MAX_STRING_CHARS + " characters"),
                p::format);
    }

    @Test
    void namedPipeIsRefusedWithoutBeingOpened() throws Exception {
        var pipe = UnusualPaths.fifo(dir.resolve("pipe.json"));
        // Opening a pipe nobody writes to blocks for ever: the guard turns a hang into a failure.
        var p = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> only(Fixtures.load(pipe)));
        assertEquals(Severity.ERROR, p.severity(), p::format);
        assertTrue(p.message().contains("not a regular file"), p::format);
    }

    @Test
    void namedPipeInAFolderIsSkipped() throws Exception {
        UnusualPaths.fifo(dir.resolve("pipe.json"));
        Files.writeString(dir.resolve("a.json"), "{\"description\": \"fine\"}");
        var result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fixtures.load(dir));
        assertTrue(result.report().isEmpty(), result.report()::format);
    }

    @Test
    void unreadableSubFolderIsAProblemOfItsOwnAndTheRestIsLoaded() throws Exception {
        Files.writeString(dir.resolve("a.json"), "{\"description\": 1}");
        UnusualPaths.deepFolder(dir);
        try {
            var problems = Fixtures.load(dir).report().problems();
            assertEquals(2, problems.size(), problems::toString);
            assertEquals(dir.resolve("a.json").toString(), problems.get(0).file(), problems::toString);
            var unreadable = problems.get(1);
            assertTrue(unreadable.file().startsWith(dir.resolve("d".repeat(200)).toString()), unreadable::format);
            assertTrue(unreadable.message().startsWith("cannot be read ("), unreadable::format);
            assertTrue(unreadable.message().contains("no data file in it is loaded"), unreadable::format);
            assertTrue(unreadable.message().length() < 200, "the path is not repeated in the message");
        } finally {
            UnusualPaths.removeDeep(dir);
        }
    }

    @Test
    void folderGivenAsAFileInAFolderListIsWalked() throws IOException {
        Files.writeString(dir.resolve("a.json"), "{\"description\": 1}");
        var p = only(Fixtures.load(dir));
        assertTrue(p.message().contains("'description' must be a string"), p::format);
    }

    /** Text XML 1.0 cannot carry would make every XML export malformed: refused where it is written. */
    @Test
    void controlCharactersNoncharactersAndLoneSurrogatesAreLocatedErrors() throws IOException {
        var file = Files.writeString(dir.resolve("hostile.json"), String.join("\n",
                "{\"description\": \"tabs\\tand\\nbreaks are fine\",",
                " \"states\": [{\"name\": \"Fr\\u0001ance\"},",
                "  {\"name\": \"Rev\uFFFEx\"},",
                "  {\"name\": \"Lone\\ud800<\"}, {\"\\u001b[31m\": 1}]}"), StandardCharsets.UTF_8);
        var errors = Fixtures.load(file).report().errors().stream()
                .filter(p -> p.message().contains("cannot be shown")).toList();
        assertEquals(List.of("2:22 $.states[0].name U+0001 at character 3",
                        "3:12 $.states[1].name U+FFFE at character 4",
                        "4:12 $.states[2].name U+D800 at character 5",
                        "4:29 $.states[3]['\\u001B[31m'] U+001B at character 1"),
                errors.stream().map(p -> p.line() + ":" + p.column() + " " + p.jsonPath() + " "
                        + p.message().replaceAll(".*\\((U\\+[0-9A-F]{4} at character \\d+)\\).*", "$1")).toList(),
                () -> Fixtures.load(file).report().format());
    }

    @Test
    void missingPathIsReported() {
        var missing = dir.resolve("nowhere.json");
        var p = only(Fixtures.load(missing));
        assertEquals(missing.toString(), p.file());
        assertEquals("", p.jsonPath());
        assertEquals(missing + ": error: no such file or folder: check the path", p.format());
    }

    @Test
    void pathBelowAFileIsReportedAsMissing() {
        var p = only(Fixtures.load(Fixtures.path("valid/1-states.json").resolve("child.json")));
        assertTrue(p.message().contains("no such file"), p::format);
    }

    @Test
    void folderIsWalkedInPathOrderSkippingSchemaAndOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("schema"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("schema/alliance-atlas.schema.json"), "not even JSON");
        Files.writeString(dir.resolve("README.md"), "# notes");
        Files.writeString(dir.resolve("b/2.json"), "{\"description\": 1}");
        Files.writeString(dir.resolve("a.json"), "{\"description\": 2}");
        var problems = Fixtures.load(dir).report().problems();
        assertEquals(List.of(dir.resolve("a.json").toString(), dir.resolve("b/2.json").toString()),
                problems.stream().map(Problem::file).toList());
    }

    @Test
    void folderWithoutDataFilesIsAWarning() {
        var p = only(Fixtures.load(dir));
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.message().contains("no *.json data files"), p::format);
    }

    @Test
    void fileGivenTwiceIsReadOnce() {
        var file = Fixtures.path("valid/1-states.json");
        var result = Fixtures.load(file, Fixtures.valid(), file);
        assertTrue(result.report().isEmpty(), result.report()::format);
    }

    @Test
    void shippedDataListsOnlyDataFiles() {
        for (var input : DataInput.shipped()) {
            assertTrue(input.isResource());
            assertTrue(input.resource().startsWith(DataInput.SHIPPED_ROOT) && input.resource().endsWith(".json"));
            assertFalse(input.resource().contains("/schema/"), input.resource());
            assertTrue(input.displayName().startsWith("<shipped>/"), input.displayName());
        }
    }

    @Test
    void shippedDataIsListedFromAJar() throws IOException {
        var jar = dir.resolve("app.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var name : List.of("org/allianceatlas/data/", "org/allianceatlas/data/b.json",
                    "org/allianceatlas/data/europe/a.json", "org/allianceatlas/data/schema/s.json",
                    "org/allianceatlas/data/notes.txt", "org/allianceatlas/Other.class")) {
                out.putNextEntry(new JarEntry(name));
                out.closeEntry();
            }
        }
        var url = new URL("jar:" + jar.toUri() + "!/" + DataInput.SHIPPED_ROOT);
        assertEquals(List.of("org/allianceatlas/data/b.json", "org/allianceatlas/data/europe/a.json"),
                DataInput.list(url));
    }

    @Test
    void shippedResourcesLoadThroughTheClassPath() {
        var input = DataInput.shippedResource("org/allianceatlas/io/valid/1-states.json".replace(
                "org/allianceatlas/io/valid/", DataInput.SHIPPED_ROOT));
        var p = only(new DatasetLoader().load(List.of(input)));
        assertEquals("<shipped>/1-states.json", p.file());
        assertTrue(p.message().contains("missing from the class path"), p::format);
    }
}

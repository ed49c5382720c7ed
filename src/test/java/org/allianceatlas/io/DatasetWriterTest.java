package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.allianceatlas.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {

    @TempDir
    Path dir;

    private final Dataset original = Fixtures.load(Fixtures.valid()).dataset();
    private final DatasetWriter writer = new DatasetWriter();

    /** Every component of every entry, in a stable order: records print all their components. */
    private static List<String> content(Dataset d) {
        return Stream.of(d.states(), d.organisations(), d.memberships(), d.clauses())
                .flatMap(Collection::stream).map(Object::toString).sorted().toList();
    }

    @Test
    void writtenDatasetLoadsBackWithTheSameContent() throws IOException {
        var file = dir.resolve("out.json");
        writer.write(original, file, false);
        var reloaded = Fixtures.load(file);
        assertTrue(reloaded.report().isEmpty(), reloaded.report().format());
        assertEquals(content(original), content(reloaded.dataset()));
    }

    @Test
    void existingFileIsNotReplacedUnlessAsked() throws IOException {
        var file = dir.resolve("mine.json");
        Files.writeString(file, "{\"description\": \"keep me\"}");
        assertThrows(FileAlreadyExistsException.class, () -> writer.write(original, file, false));
        assertEquals("{\"description\": \"keep me\"}", Files.readString(file));
        writer.write(original, file, true);
        assertTrue(Files.readString(file).contains("\"aachen-2019\""));
    }

    /**
     * A name that is taken although {@code Files.exists} says it is free (a symbolic link to nothing, as a file
     * another program is creating looks between our check and our write) must not be replaced.
     */
    @Test
    void aTakenNameIsNeverReplacedEvenWhenItsExistenceCheckPasses() throws IOException {
        var link = Files.createSymbolicLink(dir.resolve("out.json"), dir.resolve("elsewhere.json"));
        assertThrows(FileAlreadyExistsException.class, () -> writer.write(original, link, false));
        assertTrue(Files.isSymbolicLink(link), "the link is still there");
        assertTrue(Files.notExists(dir.resolve("elsewhere.json")));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        writer.write(original, dir.resolve("a.json"), false);
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void missingFolderFailsWithoutCreatingAnything() {
        assertThrows(IOException.class, () -> writer.write(original, dir.resolve("no/such/out.json"), false));
        assertTrue(Files.notExists(dir.resolve("no")));
    }

    @Test
    void subsetWritesMembershipsOfAbsentOrganisationsAtTopLevel() throws IOException {
        var sweden = original.membershipsOfState("SWE");
        var subset = Dataset.of(List.of(), List.of(), sweden, List.of());
        var json = writer.toJson(subset);
        assertTrue(json.contains("\"memberships\": ["), json);
        assertTrue(json.contains("\"organisation\": \"nato\""), json);
        // Loaded together with the full dataset minus Sweden's spells, the subset restores them.
        var file = dir.resolve("sweden.json");
        writer.write(subset, file, false);
        var reloaded = Fixtures.load(file);
        assertEquals(sweden, reloaded.dataset().memberships());
        assertTrue(reloaded.report().format().contains("unknown state 'SWE'"), reloaded.report().format());
    }

    @Test
    void namedSourcesAreWrittenOnceAndCitedById() {
        var json = writer.toJson(original);
        assertEquals(1, json.split("\"nato-members\": \\{", -1).length - 1, json);
        assertTrue(json.replaceAll("\\s+", "").contains("\"sources\":[\"nato-members\"]"), json);
    }
}

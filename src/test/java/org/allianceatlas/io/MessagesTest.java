package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages say what is wrong in the user's words: no parser internals, no raw control characters, no endless values.
 */
class MessagesTest {

    @TempDir
    Path dir;

    private Problem only(String name, byte[] content) throws IOException {
        var result = Fixtures.load(Files.write(dir.resolve(name), content));
        assertEquals(1, result.report().problems().size(), result.report()::format);
        return result.report().problems().get(0);
    }

    private Problem only(String name, String content) throws IOException {
        return only(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parserFeatureNamesNeverReachTheUser() throws IOException {
        var p = only("nan.json", "{\"description\": NaN}");
        assertEquals(1, p.line(), p::format);
        assertFalse(p.message().contains("JsonReadFeature") || p.message().contains("`"), p::format);
        assertTrue(p.message().contains("'NaN' is not a JSON value"), p::format);
    }

    @Test
    void characterCodesOfTheParserAreLeftOut() throws IOException {
        var p = only("comma.json", "{\"states\": [1,]}");
        assertFalse(p.message().contains("(code"), p::format);
        assertTrue(p.message().contains("unexpected character ']'"), p::format);
    }

    @Test
    void utf16WithoutAByteOrderMarkIsCalledUtf16NotBinary() throws IOException {
        var p = only("le.json", "{\"states\": []}".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(p.message().contains("UTF-16"), p::format);
        assertFalse(p.message().contains("binary"), p::format);
        var be = only("be.json", "{\"states\": []}".getBytes(StandardCharsets.UTF_16BE));
        assertTrue(be.message().contains("UTF-16"), be::format);
    }

    @Test
    void controlCharactersInMessagesAreEscaped() throws IOException {
        var problems = Fixtures.load(Files.writeString(dir.resolve("esc.json"), "{\"\\u001b[2J\": 1}"))
                .report().problems();
        var unknown = problems.stream().filter(p -> p.message().startsWith("unknown field")).findFirst()
                .orElseThrow();
        assertTrue(unknown.message().contains("'\\u001B[2J'"), unknown::format);
        for (var p : problems) {
            assertTrue(p.format().chars().noneMatch(c -> c < 0x20), p::format);
        }
    }

    @Test
    void veryLongValuesAreCutInMessages() throws IOException {
        var file = Files.writeString(dir.resolve("long.json"), "{\"states\": [{\"id\": \"" + "X".repeat(100_000)
                + "\"}]}");
        var p = Fixtures.load(file).report().problems().stream().filter(q -> q.jsonPath().endsWith(".id"))
                .findFirst().orElseThrow();
        assertTrue(p.message().length() < 1_000, () -> p.message().length() + " characters");
        assertTrue(p.message().contains("100000 characters"), p::format);
    }
}

package org.allianceatlas.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.allianceatlas.io.JsonValue.JsonArray;
import org.allianceatlas.io.JsonValue.JsonBoolean;
import org.allianceatlas.io.JsonValue.JsonNull;
import org.allianceatlas.io.JsonValue.JsonNumber;
import org.allianceatlas.io.JsonValue.JsonObject;
import org.allianceatlas.io.JsonValue.JsonString;
import org.allianceatlas.io.JsonValue.Member;

/**
 * Turns the bytes of one file into a located JSON tree with Jackson's streaming parser, reporting what stops it:
 * an empty or binary file, invalid UTF-8, malformed JSON, nesting deeper than {@link #MAX_DEPTH}, content after
 * the document. A UTF-8 byte order mark is accepted and skipped. Duplicate keys are reported and the first kept.
 *
 * <p>Malformed JSON ends the file's reading at the first syntax error: past it, the parser cannot know what the
 * writer meant. Everything else a file gets wrong is reported by the {@link DatasetReader}, all at once.
 */
final class JsonTreeReader {

    /**
     * Deepest nesting accepted, counting the root object as 1. Our format needs 7 (root, organisations, an
     * organisation, its members, a membership, its sources, an inline source); the margin leaves room for future
     * fields while stopping pathological input before it costs stack or memory.
     */
    static final int MAX_DEPTH = 64;

    /**
     * Longest string value accepted, in characters (1,000,000). The longest text of the shipped data (a note) is
     * under 2,000 characters; Jackson's default (20 million) would let one value take most of the file limit.
     */
    static final int MAX_STRING_CHARS = 1_000_000;

    /** Longest key accepted, in characters (Jackson's default, 50,000); our keys are single words. */
    static final int MAX_KEY_CHARS = 50_000;

    /** Longest number accepted, in digits (Jackson's default, 1,000); coordinates and years need fewer than 20. */
    static final int MAX_NUMBER_DIGITS = 1_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // Our own depth check reports first and names the path; Jackson's limit is only a backstop.
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8)
                    .maxStringLength(MAX_STRING_CHARS).maxNameLength(MAX_KEY_CHARS)
                    .maxNumberLength(MAX_NUMBER_DIGITS).build())
            .build();

    private final String file;
    private final List<Problem> problems;
    /** The path of the value being read, so that a syntax error can say where it happened. */
    private String currentPath = "$";
    /**
     * The start of the last value or key read. Jackson's stream-constraint errors carry no location, so an
     * oversized token is reported here: at the value it belongs to, or just before it.
     */
    private Location lastKnown;

    private JsonTreeReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /**
     * Parses a whole file. Returns the root value, or empty when nothing usable could be read; every problem found is
     * added to {@code problems}.
     */
    static Optional<JsonValue> read(String file, byte[] bytes, List<Problem> problems) {
        return new JsonTreeReader(file, problems).read(bytes);
    }

    private Optional<JsonValue> read(byte[] bytes) {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3; // a UTF-8 byte order mark: some Windows editors write one; it carries no meaning
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            problems.add(Problem.ofFile(Severity.ERROR, file,
                    "the file is encoded as UTF-16; save it as UTF-8 (without BOM)"));
            return Optional.empty();
        }
        if (looksLikeUtf16(bytes, offset)) {
            problems.add(Problem.ofFile(Severity.ERROR, file, "the file is encoded as UTF-16 (without a byte order "
                    + "mark); save it as UTF-8"));
            return Optional.empty();
        }
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(at(bytes, offset, i, "this looks like a binary file, not JSON text (a NUL byte at byte "
                        + i + "); data files are UTF-8 JSON"));
                return Optional.empty();
            }
        }
        var text = decode(bytes, offset);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.add(new Problem(Severity.ERROR, file, 1, 1, "$",
                    "the file is empty; a data file is a JSON object, e.g. {\"states\": []}"));
            return Optional.empty();
        }
        return parse(text.get());
    }

    /**
     * True for text saved as UTF-16 without a byte order mark: JSON starts with ASCII ({@code {}, spaces), which
     * UTF-16 writes as a zero byte beside each character, little- or big-endian.
     */
    private static boolean looksLikeUtf16(byte[] bytes, int offset) {
        int n = Math.min(bytes.length - offset, 64) & ~1;
        if (n < 2) {
            return false;
        }
        boolean le = true;
        boolean be = true;
        for (int i = offset; i < offset + n; i += 2) {
            le &= bytes[i] != 0 && bytes[i + 1] == 0;
            be &= bytes[i] == 0 && bytes[i + 1] != 0;
        }
        return le || be;
    }

    /** Decodes strictly, so that a file saved in Latin-1 or cut inside a character is reported, not garbled. */
    private Optional<String> decode(byte[] bytes, int offset) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        var out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            problems.add(at(bytes, offset, bad, String.format(
                    "invalid UTF-8 (byte 0x%02X at byte %d); save the file as UTF-8", bytes[bad] & 0xFF, bad)));
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    /** A problem at a byte offset, with line and column counted in characters as an editor shows them. */
    private Problem at(byte[] bytes, int start, int offset, String message) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
                column++;
            }
        }
        return new Problem(Severity.ERROR, file, line, column, "", message);
    }

    private Optional<JsonValue> parse(String text) {
        lastKnown = new Location(file, 1, 1, "$");
        try (var parser = FACTORY.createParser(text)) {
            parser.nextToken();
            var root = readValue(parser, "$", 1);
            try {
                if (parser.nextToken() != null) {
                    problems.add(location(parser.currentTokenLocation(), "$").error(
                            "unexpected content after the end of the JSON document: a file holds one object; "
                                    + "remove what follows it or merge it into the object"));
                }
            } catch (JsonProcessingException e) {
                problems.add(location(e.getLocation(), "$").error(
                        "unexpected content after the end of the JSON document: remove it"));
            }
            return Optional.of(root);
        } catch (StreamConstraintsException e) {
            problems.add(lastKnown.withPath(currentPath).error(tooLong(e)));
        } catch (TooDeep e) {
            problems.add(e.where.error("JSON nested deeper than " + MAX_DEPTH
                    + " levels; a data file needs no more than 7: flatten the structure"));
        } catch (JsonProcessingException e) {
            problems.add(location(e.getLocation(), currentPath).error(syntaxMessage(e)));
        } catch (IOException e) {
            problems.add(Problem.ofFile(Severity.ERROR, file, "cannot parse: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** Names the token that crossed a limit, in the file's terms rather than Jackson's. */
    private static String tooLong(StreamConstraintsException e) {
        var m = String.valueOf(e.getOriginalMessage());
        String what;
        if (m.startsWith("Number")) {
            what = "a number longer than " + MAX_NUMBER_DIGITS + " digits";
        } else if (m.startsWith("Name")) {
            what = "a key longer than " + MAX_KEY_CHARS + " characters";
        } else if (m.startsWith("String")) {
            what = "a text longer than " + MAX_STRING_CHARS + " characters";
        } else {
            what = "a value larger than this reader accepts";
        }
        return what + " here or just after: no data file needs one; is this really an Alliance Atlas data file? "
                + "Shorten the value";
    }

    private static String syntaxMessage(JsonProcessingException e) {
        var original = e.getOriginalMessage();
        if (original.contains("end-of-input")) {
            return "the file ends before the JSON is complete (an object, array or string is not closed): "
                    + "is the file truncated?";
        }
        // Jackson appends "at [Source: ...]" and a second line with advice meant for programmers; keep the first.
        int cut = original.indexOf('\n');
        var first = cut < 0 ? original : original.substring(0, cut);
        return "malformed JSON: " + plainWords(first.strip()) + "; fix the syntax here";
    }

    /**
     * Jackson's words without what only a programmer can use: the parser features it suggests enabling, the
     * character codes after a quoted character, the source description.
     */
    static String plainWords(String message) {
        var m = message;
        var nonStandard = java.util.regex.Pattern.compile("Non-standard token '([^']*)'.*").matcher(m);
        if (nonStandard.matches()) {
            return "'" + nonStandard.group(1) + "' is not a JSON value (write a number, a string in quotes, true, "
                    + "false or null)";
        }
        m = m.replaceAll("\\s*\\[Source:.*", "");
        m = m.replaceAll(":?\\s*enable `[^`]*`[^;,.]*", "");
        m = m.replaceAll("`[^`]*`", "");
        m = m.replaceAll("\\(('.{1,2}') \\(code \\d+(?: / 0x[0-9a-fA-F]+)?\\)\\)", "$1");
        m = m.replaceAll("\\(\\((CTRL-CHAR), code (\\d+)\\)\\)", "(a control character, code $2)");
        if (m.startsWith("Unexpected character")) {
            m = "unexpected character" + m.substring("Unexpected character".length());
        }
        return m.strip();
    }

    private JsonValue readValue(JsonParser p, String path, int depth) throws IOException {
        currentPath = path;
        var loc = location(p.currentTokenLocation(), path);
        lastKnown = loc;
        var token = p.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
            throw new TooDeep(loc);
        }
        return switch (token) {
            case START_OBJECT -> readObject(p, loc, depth);
            case START_ARRAY -> readArray(p, loc, depth);
            case VALUE_STRING -> new JsonString(loc, checkedText(p.getText(), loc, "text"));
            case VALUE_NUMBER_INT -> new JsonNumber(loc, p.getDoubleValue(), true);
            case VALUE_NUMBER_FLOAT -> new JsonNumber(loc, p.getDoubleValue(), false);
            case VALUE_TRUE -> new JsonBoolean(loc, true);
            case VALUE_FALSE -> new JsonBoolean(loc, false);
            case VALUE_NULL -> new JsonNull(loc);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + path);
        };
    }

    /**
     * Reports the first character of {@code text} that XML 1.0 cannot carry — a control character other than tab,
     * line feed and carriage return, U+FFFE, U+FFFF, or half of a surrogate pair — since every name and note ends up
     * in the SVG, GEXF and GraphML exports, which would be malformed. Returns {@code text} either way: the error
     * makes the load fail, and the reader still reports the file's other problems.
     */
    private String checkedText(String text, Location where, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                i++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c)) {
                problems.add(where.error(String.format("this %s holds a character that cannot be shown or exported "
                        + "(U+%04X at character %d): remove it; text may hold tabs and line breaks but no other "
                        + "control characters", what, (int) c, i + 1)));
                break;
            }
        }
        return text;
    }

    private JsonObject readObject(JsonParser p, Location loc, int depth) throws IOException {
        var members = new LinkedHashMap<String, Member>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            var key = p.currentName();
            var childPath = loc.child(key);
            var keyLoc = location(p.currentTokenLocation(), childPath);
            lastKnown = keyLoc;
            checkedText(key, keyLoc, "key");
            p.nextToken();
            var value = readValue(p, childPath, depth + 1);
            var earlier = members.get(key);
            if (earlier != null) {
                problems.add(keyLoc.error("duplicate key '" + key + "' (first at line " + earlier.keyLocation().line()
                        + "); remove one: only the first is used"));
            } else {
                members.put(key, new Member(key, keyLoc, value));
            }
            currentPath = loc.path();
        }
        return new JsonObject(loc, members);
    }

    private JsonArray readArray(JsonParser p, Location loc, int depth) throws IOException {
        var elements = new ArrayList<JsonValue>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            elements.add(readValue(p, loc.element(elements.size()), depth + 1));
            currentPath = loc.path();
        }
        return new JsonArray(loc, elements);
    }

    /** A location from Jackson's; where it has none (some of its errors), the last one known. */
    private Location location(JsonLocation l, String path) {
        if (l == null || l.getLineNr() < 1) {
            return (lastKnown != null ? lastKnown : new Location(file, 1, 1, path)).withPath(path);
        }
        return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()), path);
    }

    /** Thrown to unwind the recursion when nesting exceeds {@link #MAX_DEPTH}. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Location where;

        TooDeep(Location where) {
            super(null, null, false, false);
            this.where = where;
        }
    }
}

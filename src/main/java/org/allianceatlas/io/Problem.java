package org.allianceatlas.io;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with the input, located as precisely as the input allows.
 *
 * @param file     the display name of the file (a path as given, or {@code shipped:} plus a resource name)
 * @param line     1-based line, or 0 when the problem concerns the whole file (missing, unreadable, too large)
 * @param column   1-based column in characters, or 0 with {@code line} 0
 * @param jsonPath where in the JSON document, e.g. {@code $.organisations[3].members[2].start}; empty when the
 *                 problem concerns the whole file
 * @param message  what is wrong and what to do about it
 */
public record Problem(Severity severity, String file, int line, int column, String jsonPath, String message) {

    /** Longest quoted value a message repeats in full; longer ones are cut in the middle. */
    static final int MAX_QUOTED = 120;

    private static final Pattern QUOTED = Pattern.compile("'([^']{" + (MAX_QUOTED + 1) + ",})'");

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        jsonPath = jsonPath == null ? "" : escaped(jsonPath);
        file = escaped(file);
        message = escaped(cutQuotedValues(message));
    }

    /**
     * Control characters as {@code \u001B}: a problem is printed on a terminal, where an escape sequence from a
     * hostile file would move the cursor, clear the screen or hide the rest of the line.
     */
    private static String escaped(String text) {
        if (text.chars().noneMatch(c -> c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0)) {
            return text;
        }
        var sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Values quoted in a message ({@code 'value'}) longer than {@link #MAX_QUOTED} shown by their ends only. */
    private static String cutQuotedValues(String message) {
        if (message.length() <= MAX_QUOTED + 2) {
            return message;
        }
        return QUOTED.matcher(message).replaceAll(m -> {
            var v = m.group(1);
            return Matcher.quoteReplacement("'" + v.substring(0, 60) + "…" + v.substring(v.length() - 20) + "' ("
                    + v.length() + " characters)");
        });
    }

    /** A problem with the whole file rather than a place in it. */
    public static Problem ofFile(Severity severity, String file, String message) {
        return new Problem(severity, file, 0, 0, "", message);
    }

    /**
     * The compiler-style line editors and CI logs understand:
     * {@code file:line:col: error: message (at $.organisations[3].members[2].start)}. Without a location it is
     * {@code file: error: message}.
     */
    public String format() {
        var where = line > 0 ? file + ":" + line + ":" + column : file;
        var at = jsonPath.isEmpty() ? "" : " (at " + jsonPath + ")";
        return where + ": " + severity.label() + ": " + message + at;
    }
}

package org.allianceatlas.io;

import java.util.Objects;

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

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        jsonPath = jsonPath == null ? "" : jsonPath;
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

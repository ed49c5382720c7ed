package org.allianceatlas.service;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.allianceatlas.io.InputFiles;

/**
 * What a front end tells the user about a failure it did not foresee: the failure's own words (the core's exceptions
 * say which file and what to do), an input/output error in plain words, running out of memory with what to do —
 * and never a Java class name; where there are no words, the log has the details.
 */
public final class FailureMessage {

    private FailureMessage() {
    }

    public static String of(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return InsufficientMemoryException.describe();
        }
        if (error instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
            return InputFiles.describe(unchecked.getCause());
        }
        if (error instanceof IOException io) {
            return InputFiles.describe(io);
        }
        var m = error.getMessage();
        return m == null || m.isBlank() ? "an internal error stopped this; the log has the details" : m;
    }
}

package org.allianceatlas.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

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
        return of(error, "the log has the details");
    }

    /** As {@link #of(Throwable)}, with where the details of a failure without words can be found. */
    public static String of(Throwable error, String whereTheDetailsAre) {
        if (error instanceof OutOfMemoryError) {
            return InsufficientMemoryException.describe();
        }
        if (error instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
            return inputOutput(unchecked.getCause());
        }
        if (error instanceof IOException io) {
            return inputOutput(io);
        }
        var m = error.getMessage();
        return m == null || m.isBlank() ? "an internal error stopped this; " + whereTheDetailsAre : m;
    }

    /** An input/output error in plain words, after the file it concerns where the error knows it. */
    private static String inputOutput(IOException error) {
        var what = InputFiles.describe(error);
        return error instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " + what : what;
    }
}

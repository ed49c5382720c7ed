package org.allianceatlas.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An export that could not be written. The message says which file and what to do; {@link #reason()} lets a front
 * end phrase its own hint (the CLI suggests {@code --force} for {@link Reason#EXISTS}). The target is never left
 * half-written: it is either untouched or completely replaced.
 */
public final class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why an export failed. */
    public enum Reason {
        /** The target exists and overwriting was not allowed. */
        EXISTS,
        /** The target's folder does not exist. */
        NO_FOLDER,
        /** The target or its folder cannot be written (permissions, read-only file system, a folder in the way). */
        NOT_WRITABLE,
        /** The options cannot be honoured (an image too large to hold in memory). */
        INVALID_OPTIONS,
        /** Writing failed part-way (disk full, I/O error); the target is unchanged. */
        FAILED
    }

    private final Reason reason;
    private final transient Path target;

    public ExportException(Reason reason, Path target, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.target = target;
    }

    public ExportException(Reason reason, Path target, String message) {
        this(reason, target, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The file that could not be written, or null when the failure is not about one file. */
    public Path target() {
        return target;
    }
}

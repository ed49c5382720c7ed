package org.allianceatlas.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CancellationException;

/**
 * Writes a file atomically: the content goes to a temporary file in the target's folder, is flushed to disk and
 * checked, and only then moved to the target, so that a crash, a full disk or an exception in the middle never
 * leaves a half-written export, and an existing file is never replaced unless {@code overwrite} is set.
 *
 * <p>Without {@code overwrite}, the temporary file is hard-linked to the target name, which fails if the name is
 * taken even when another program creates it in the meantime; on file systems without hard links it falls back to a
 * move that refuses to replace. With {@code overwrite}, an atomic rename replaces the target.
 */
public final class AtomicFile {

    /** Produces the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Checks a written temporary file before it replaces the target; throws to abandon the export. */
    @FunctionalInterface
    public interface Check {
        void verify(Path written) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target}.
     *
     * @throws ExportException {@link ExportException.Reason#EXISTS} when the target exists and {@code overwrite} is
     *                         false; {@code NO_FOLDER}, {@code NOT_WRITABLE} or {@code FAILED} otherwise. The target
     *                         is then unchanged and no temporary file is left behind.
     */
    public static void write(Path target, boolean overwrite, Content content) throws ExportException {
        write(target, overwrite, content, written -> { });
    }

    /** Like {@link #write(Path, boolean, Content)}, running {@code check} on the written file before the move. */
    public static void write(Path target, boolean overwrite, Content content, Check check) throws ExportException {
        writeFile(target, overwrite, temp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            check.verify(temp);
        });
    }

    /** Produces a file at a given path, for writers that need a file rather than a stream (an MP4 muxer seeks). */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path temp) throws IOException;
    }

    /**
     * Like {@link #write(Path, boolean, Content)}, for content written to a path: {@code content} writes the
     * temporary file (in the target's folder), which then replaces the target. A {@link CancellationException}
     * thrown by {@code content} (a cancelled export) is rethrown as it is, after the temporary file is removed.
     */
    public static void writeFile(Path target, boolean overwrite, FileContent content) throws ExportException {
        var absolute = target.toAbsolutePath().normalize();
        checkTarget(target, absolute, overwrite);
        var folder = absolute.getParent();
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName() + "-", ".tmp");
        } catch (IOException e) {
            throw new ExportException(ExportException.Reason.NOT_WRITABLE, target,
                    "Cannot write " + target + ": the folder " + folder + " is not writable (" + describe(e) + ")", e);
        }
        try {
            content.writeTo(temp);
            giveUsualPermissions(absolute, temp);
            moveIntoPlace(target, absolute, temp, overwrite);
        } catch (ExportException | CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ExportException(ExportException.Reason.FAILED, target,
                    "Cannot write " + target + ": " + describe(e) + "; the file was not changed", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The export itself succeeded or already failed with a better message; a stray temp file named
                // after the target is harmless and visible.
            }
        }
    }

    /**
     * Fails fast, before any work, for the problems that can be seen up front: an existing target, a missing
     * folder, a folder in the way.
     */
    public static void checkTarget(Path target, boolean overwrite) throws ExportException {
        checkTarget(target, target.toAbsolutePath().normalize(), overwrite);
    }

    private static void checkTarget(Path target, Path absolute, boolean overwrite) throws ExportException {
        var folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, target,
                    "Cannot write " + target + ": the folder " + folder + " does not exist; create it first");
        }
        if (Files.isDirectory(absolute)) {
            throw new ExportException(ExportException.Reason.NOT_WRITABLE, target,
                    "Cannot write " + target + ": it is a folder; give a file name");
        }
        if (!overwrite && Files.exists(absolute)) {
            throw new ExportException(ExportException.Reason.EXISTS, target,
                    "Not writing " + target + ": the file exists; allow overwriting to replace it");
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException(ExportException.Reason.NOT_WRITABLE, target,
                    "Cannot write " + target + ": the folder " + folder + " is not writable");
        }
    }

    private static void moveIntoPlace(Path target, Path absolute, Path temp, boolean overwrite) throws IOException {
        if (overwrite) {
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            } catch (AccessDeniedException e) {
                throw notWritable(target, e);
            }
            return;
        }
        try {
            Files.createLink(absolute, temp);
        } catch (FileAlreadyExistsException e) {
            throw new ExportException(ExportException.Reason.EXISTS, target,
                    "Not writing " + target + ": the file exists; allow overwriting to replace it", e);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof AccessDeniedException denied) {
                throw notWritable(target, denied);
            }
            try {
                Files.move(temp, absolute);
            } catch (FileAlreadyExistsException exists) {
                throw new ExportException(ExportException.Reason.EXISTS, target,
                        "Not writing " + target + ": the file exists; allow overwriting to replace it", exists);
            }
        }
    }

    private static ExportException notWritable(Path target, IOException e) {
        return new ExportException(ExportException.Reason.NOT_WRITABLE, target,
                "Cannot write " + target + ": permission denied", e);
    }

    /** A temporary file is created owner-only; an export should be readable like any file the user saves. */
    private static void giveUsualPermissions(Path target, Path temp) throws IOException {
        var view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    static String describe(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        var m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}

package org.allianceatlas.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.allianceatlas.io.AtomicFileWriter;
import org.allianceatlas.io.InputFiles;

/**
 * Writes an export atomically with {@link AtomicFileWriter} (the one way the application writes files: a temporary
 * file in the target's folder, checked, then given the target's name; an existing name is never replaced unless
 * {@code overwrite}, even when another program takes it meanwhile), and turns its failures into
 * {@link ExportException}s whose words say which file and what to do.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target}.
     *
     * @throws ExportException {@link ExportException.Reason#EXISTS} when the target exists and {@code overwrite} is
     *                         false; {@code NO_FOLDER}, {@code NOT_WRITABLE} or {@code FAILED} otherwise. The target
     *                         is then unchanged and no temporary file is left behind.
     */
    public static void write(Path target, boolean overwrite, AtomicFileWriter.Content content)
            throws ExportException {
        write(target, overwrite, content, written -> { });
    }

    /** Like {@link #write(Path, boolean, AtomicFileWriter.Content)}, running {@code check} before the move. */
    public static void write(Path target, boolean overwrite, AtomicFileWriter.Content content,
                             AtomicFileWriter.Check check) throws ExportException {
        writeWith(target, overwrite, absolute -> AtomicFileWriter.write(absolute, overwrite, content, check));
    }

    /**
     * Like {@link #write(Path, boolean, AtomicFileWriter.Content)}, for content written to a path (an MP4 muxer or a
     * slide deck writer). A {@link CancellationException} thrown by {@code content} (a cancelled export) is rethrown
     * as it is, after the temporary file is removed.
     */
    public static void writeFile(Path target, boolean overwrite, AtomicFileWriter.FileContent content)
            throws ExportException {
        writeWith(target, overwrite, absolute -> AtomicFileWriter.writeFile(absolute, overwrite, content));
    }

    private static void writeWith(Path target, boolean overwrite, AtomicFileWriter.FileContent writer)
            throws ExportException {
        var absolute = target.toAbsolutePath().normalize();
        checkTarget(target, absolute, overwrite);
        try {
            writer.writeTo(absolute);
        } catch (FileAlreadyExistsException e) {
            throw exists(target, e);
        } catch (AccessDeniedException e) {
            throw new ExportException(ExportException.Reason.NOT_WRITABLE, target,
                    "Cannot write " + target + ": permission denied", e);
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ExportException(ExportException.Reason.FAILED, target,
                    "Cannot write " + target + ": " + describe(e) + "; the file was not changed", e);
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
        if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(target, null);
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException(ExportException.Reason.NOT_WRITABLE, target,
                    "Cannot write " + target + ": the folder " + folder + " is not writable");
        }
    }

    /** The words both front ends use: the app asks before replacing, the command line has {@code --force}. */
    private static ExportException exists(Path target, IOException cause) {
        return new ExportException(ExportException.Reason.EXISTS, target, "Not writing " + target
                + ": the file exists; choose to replace it (--force on the command line) or give another name",
                cause);
    }

    static String describe(Throwable e) {
        if (e instanceof IOException io) {
            return InputFiles.describe(io);
        }
        var m = e.getMessage();
        return m == null || m.isBlank() ? "an internal error" : m;
    }
}

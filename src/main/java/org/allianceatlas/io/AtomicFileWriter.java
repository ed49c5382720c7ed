package org.allianceatlas.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The one way Alliance Atlas writes a file (data files, exports, tables): the content goes to a temporary file in the
 * target's folder, is flushed to disk and checked, and only then takes the target's name, so that a crash, a full
 * disk or an exception halfway never leaves a half-written file.
 *
 * <p>Without {@code overwrite} the temporary file is hard-linked to the target name, which fails when the name is
 * taken — also when another program created it after any check of ours; on file systems without hard links a move
 * that refuses to replace stands in. With {@code overwrite} an atomic rename replaces the target, keeping its POSIX
 * permissions.
 *
 * <p>Temporary files are named {@code .TARGET.atlas-PID-RANDOM.tmp} after the process that writes them. One left
 * behind by a process that was killed is removed by the next write to the same folder ({@link #removeStale}).
 * Stateless and thread-safe.
 */
public final class AtomicFileWriter {

    /** Produces the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces a file at a given path, for writers that need a file rather than a stream (an MP4 muxer seeks). */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path temp) throws IOException;
    }

    /** Checks a written temporary file before it takes the target's name; throws to abandon the write. */
    @FunctionalInterface
    public interface Check {
        void verify(Path written) throws IOException;
    }

    private static final String MARK = ".atlas-";
    private static final Pattern OURS = Pattern.compile("\\..+\\.atlas-(\\d+)-\\d+\\.tmp");
    /** A temporary file this old is stale even if a process of its number runs (numbers are reused). */
    private static final Duration STALE_AFTER = Duration.ofHours(6);

    private AtomicFileWriter() {
    }

    /**
     * Writes {@code content} to {@code target}; see the class comment.
     *
     * @throws FileAlreadyExistsException when the target exists (or appears meanwhile) and {@code overwrite} is false
     * @throws IOException                when the folder is missing or not writable, the disk is full, the content or
     *                                    the check fails; the target is then unchanged and no temporary file is left
     */
    public static void write(Path target, boolean overwrite, Content content, Check check) throws IOException {
        writeVia(target, overwrite, temp -> {
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true); // on the disk before it takes the name: a power cut leaves old or new
            }
        }, check);
    }

    /**
     * Like {@link #write(Path, boolean, Content, Check)} for content written to a path: {@code content} writes the
     * temporary file (in the target's folder), which is then forced to disk and takes the target's name. An unchecked
     * exception from {@code content} (a cancelled export) passes through unchanged, after the temporary file is
     * removed.
     */
    public static void writeFile(Path target, boolean overwrite, FileContent content) throws IOException {
        writeVia(target, overwrite, temp -> {
            content.writeTo(temp);
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }, written -> { });
    }

    private static void writeVia(Path target, boolean overwrite, FileContent fill, Check check) throws IOException {
        var absolute = target.toAbsolutePath().normalize();
        var folder = absolute.getParent();
        removeStale(folder);
        var temp = Files.createTempFile(folder, "." + absolute.getFileName() + MARK + ProcessHandle.current().pid()
                + "-", ".tmp");
        try {
            fill.writeTo(temp);
            check.verify(temp);
            keepPermissions(absolute, temp);
            moveIntoPlace(absolute, temp, overwrite);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The write succeeded or failed with a better message; the next write here removes the file.
            }
        }
    }

    /** {@link #write(Path, boolean, Content, Check)} without a check. */
    public static void write(Path target, boolean overwrite, Content content) throws IOException {
        write(target, overwrite, content, written -> { });
    }

    private static void moveIntoPlace(Path absolute, Path temp, boolean overwrite) throws IOException {
        if (overwrite) {
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems (network shares) cannot rename atomically; a plain replace is the best left.
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        try {
            Files.createLink(absolute, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof AccessDeniedException denied) {
                throw denied;
            }
            Files.move(temp, absolute); // refuses to replace: FileAlreadyExistsException
        }
    }

    /**
     * A temporary file is created owner-only (rw-------); give the result the permissions of the file it replaces,
     * or rw-r--r-- for a new file, as an editor would.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        var view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * Removes our temporary files in {@code folder} that no write will finish: those of a process that no longer
     * runs, and any older than six hours. Those of this process and of other running ones are left alone (they may
     * be writing). Never fails: a file that cannot be removed stays.
     */
    public static void removeStale(Path folder) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, ".*" + MARK + "*.tmp")) {
            for (var file : stream) {
                var m = OURS.matcher(file.getFileName().toString());
                if (m.matches() && isStale(file, Long.parseLong(m.group(1)))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Cleaning up is a courtesy; the write itself reports what matters.
        }
    }

    private static boolean isStale(Path file, long pid) throws IOException {
        if (pid == ProcessHandle.current().pid()) {
            return false;
        }
        boolean running = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return !running || Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(STALE_AFTER));
    }
}

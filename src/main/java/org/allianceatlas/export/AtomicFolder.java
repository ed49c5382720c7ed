package org.allianceatlas.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/**
 * Writes a folder of files (a PNG sequence) as {@link AtomicFile} writes one file: into a hidden temporary folder
 * beside the target, which is renamed to the target only when every file is written, so that a failure or a
 * cancellation leaves nothing behind and a reader never sees half a sequence. An existing target is replaced only
 * with {@code overwrite}: it is renamed aside, the new folder renamed into place, then the old one deleted.
 */
public final class AtomicFolder {

    /** Fills a folder. */
    @FunctionalInterface
    public interface Content {
        void writeInto(Path folder) throws IOException;
    }

    private AtomicFolder() {
    }

    /**
     * Writes {@code content} into a new folder {@code target}.
     *
     * @throws ExportException {@code EXISTS} when the target exists and {@code overwrite} is false; {@code NO_FOLDER}
     *                         when its parent is missing; {@code NOT_WRITABLE} or {@code FAILED} otherwise. The
     *                         target is then unchanged and no temporary folder is left behind.
     * @throws CancellationException when {@code content} was cancelled; nothing is left behind
     */
    public static void write(Path target, boolean overwrite, Content content) throws ExportException {
        var absolute = target.toAbsolutePath().normalize();
        var parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, target,
                    "Cannot write " + target + ": the folder " + parent + " does not exist; create it first");
        }
        if (!overwrite && Files.exists(absolute)) {
            throw new ExportException(ExportException.Reason.EXISTS, target,
                    "Not writing " + target + ": it exists; allow overwriting to replace it");
        }
        Path temp;
        try {
            temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + "-");
        } catch (IOException e) {
            throw new ExportException(ExportException.Reason.NOT_WRITABLE, target, "Cannot write " + target
                    + ": the folder " + parent + " is not writable (" + AtomicFile.describe(e) + ")", e);
        }
        try {
            content.writeInto(temp);
            var view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (view != null) {
                view.setPermissions(PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            moveIntoPlace(target, absolute, temp, overwrite);
        } catch (ExportException | CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ExportException(ExportException.Reason.FAILED, target,
                    "Cannot write " + target + ": " + AtomicFile.describe(e) + "; nothing was changed", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void moveIntoPlace(Path target, Path absolute, Path temp, boolean overwrite) throws IOException {
        if (!Files.exists(absolute)) {
            try {
                Files.move(temp, absolute);
                return;
            } catch (FileAlreadyExistsException e) {
                if (!overwrite) {
                    throw new ExportException(ExportException.Reason.EXISTS, target,
                            "Not writing " + target + ": it exists; allow overwriting to replace it", e);
                }
            } catch (AccessDeniedException e) {
                throw new ExportException(ExportException.Reason.NOT_WRITABLE, target,
                        "Cannot write " + target + ": permission denied", e);
            }
        }
        // Replace: the old content goes aside first, so that the target name is never half old, half new.
        var aside = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + "-old-");
        Files.delete(aside);
        Files.move(absolute, aside);
        try {
            Files.move(temp, absolute);
        } catch (IOException | RuntimeException e) {
            Files.move(aside, absolute); // put the old one back
            throw e;
        }
        deleteQuietly(aside);
    }

    /** Deletes a file or a folder and everything below it, ignoring what cannot be deleted. */
    static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover hidden temporary folder is visible and harmless
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}

package org.allianceatlas.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Which paths may be read as input, and walking folders without giving up at the first unreadable corner. Only
 * regular files are read: opening a named pipe blocks until something writes to it, and a device never ends, so
 * either would hang a load; they are refused with a message before they are opened.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * Why {@code path} cannot be read as an input file, in words for the user, or empty when it can. Looks at the
     * path only; never opens it.
     *
     * @param what what a good input is, for the advice: "a data file", "the CSV file"
     */
    public static Optional<String> problem(Path path, String what) {
        if (!Files.exists(path)) {
            return Optional.of("no such file or folder: check the path");
        }
        if (Files.isDirectory(path)) {
            return Optional.of("this is a folder, not a file: give " + what + " itself");
        }
        if (!Files.isRegularFile(path)) {
            return Optional.of("not a regular file (a pipe, a device or a socket), so it is not read: give " + what
                    + " saved on disk");
        }
        if (!Files.isReadable(path)) {
            return Optional.of("permission denied: check the file's permissions");
        }
        return Optional.empty();
    }

    /** An I/O failure in words for the user, without a Java class name. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        // A FileSystemException's message repeats the path, which the problem names already.
        var m = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return m == null || m.isBlank() ? "an input/output error" : m;
    }

    /**
     * The regular files below {@code folder}, in no particular order. A sub-folder or file that cannot be read is
     * passed to {@code failed} with what went wrong, and the walk goes on; symbolic links to folders are not
     * followed (no cycles).
     *
     * @throws IOException only when {@code folder} itself cannot be read
     */
    static List<Path> regularFilesBelow(Path folder, BiConsumer<Path, String> failed) throws IOException {
        var found = new ArrayList<Path>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(folder)) {
                    throw e;
                }
                failed.accept(file, describe(e));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    if (dir.equals(folder)) {
                        throw e;
                    }
                    failed.accept(dir, describe(e));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }
}

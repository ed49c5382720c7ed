package org.allianceatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.allianceatlas.model.Dataset;

/**
 * Loads a dataset from files, folders and shipped resources, reporting every problem at once and never throwing for
 * bad input: a missing or unreadable path, an empty, binary, oversized or malformed file, and every problem of the
 * content (see {@link DatasetReader} and {@link DatasetValidator}) end up in the {@link ValidationReport}.
 *
 * <p>Folders are walked: every {@code *.json} file below, sorted by path, except under {@code schema/}. Inputs are
 * read in the order given, and that order matters: a later file may add to an earlier one (memberships of a shipped
 * organisation) but may not redefine its ids. A file given twice is read once.
 *
 * <p>Stateless and thread-safe.
 */
public final class DatasetLoader {

    /**
     * Largest file read, in bytes (32 MiB). The whole shipped dataset is well under 1 MiB; a larger file is almost
     * certainly not ours (an export of another tool, a disk image) and is reported without being read, so that a
     * mistaken path cannot exhaust memory.
     */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private final long maxFileBytes;

    public DatasetLoader() {
        this(MAX_FILE_BYTES);
    }

    /** A loader with another size limit, in bytes; for tests of the limit without writing 32 MiB. */
    DatasetLoader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** Loads the inputs in order; see the class comment. */
    public LoadResult load(List<DataInput> inputs) {
        var problems = new ArrayList<Problem>();
        var roots = new ArrayList<JsonValue>();
        var seen = new HashSet<Object>();
        for (var input : inputs) {
            for (var file : expand(input, problems)) {
                if (!seen.add(identity(file))) {
                    continue;
                }
                read(file, problems).flatMap(bytes -> JsonTreeReader.read(file.displayName(), bytes, problems))
                        .ifPresent(roots::add);
            }
        }
        var reader = new DatasetReader(problems);
        var validator = new DatasetValidator(problems);
        var namedSources = validator.indexSources(roots.stream().flatMap(r -> reader.readNamedSources(r).stream())
                .toList());
        var contents = roots.stream().map(r -> reader.read(r, namedSources)).toList();
        var checked = validator.validate(contents);
        var dataset = Dataset.of(checked.states(), checked.organisations(), checked.memberships(), checked.clauses());
        return new LoadResult(dataset, ValidationReport.of(problems));
    }

    private static Object identity(DataInput file) {
        return file.isResource() ? file.resource() : file.path().toAbsolutePath().normalize();
    }

    /** The files an input stands for: itself, or a folder's data files. */
    private static List<DataInput> expand(DataInput input, List<Problem> problems) {
        if (input.isResource() || !Files.isDirectory(input.path())) {
            return List.of(input);
        }
        try {
            var files = DataInput.jsonFiles(input.path(), "").stream()
                    .map(rel -> DataInput.of(input.path().resolve(rel))).toList();
            if (files.isEmpty()) {
                problems.add(Problem.ofFile(Severity.WARNING, input.displayName(),
                        "this folder holds no *.json data files (schema/ is skipped)"));
            }
            return files;
        } catch (IOException e) {
            problems.add(Problem.ofFile(Severity.ERROR, input.displayName(), "cannot list this folder: "
                    + describe(e)));
            return List.of();
        }
    }

    /** The file's bytes, or empty (reported) when it is missing, unreadable or too large. */
    Optional<byte[]> read(DataInput file, List<Problem> problems) {
        try {
            if (file.isResource()) {
                try (var in = file.openResource()) {
                    if (in == null) {
                        problems.add(Problem.ofFile(Severity.ERROR, file.displayName(),
                                "shipped data file missing from the class path (a broken installation)"));
                        return Optional.empty();
                    }
                    return limited(file, in, problems);
                }
            }
            var path = file.path();
            if (!Files.exists(path)) {
                problems.add(Problem.ofFile(Severity.ERROR, file.displayName(),
                        "no such file or folder: check the path"));
                return Optional.empty();
            }
            long size = Files.size(path);
            if (size > maxFileBytes) {
                problems.add(tooLarge(file, size));
                return Optional.empty();
            }
            try (var in = Files.newInputStream(path)) {
                return limited(file, in, problems); // the file may have grown since it was measured
            }
        } catch (IOException e) {
            problems.add(Problem.ofFile(Severity.ERROR, file.displayName(), "cannot read: " + describe(e)));
            return Optional.empty();
        }
    }

    private Optional<byte[]> limited(DataInput file, InputStream in, List<Problem> problems) throws IOException {
        var bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        if (bytes.length > maxFileBytes) {
            problems.add(tooLarge(file, bytes.length));
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    private Problem tooLarge(DataInput file, long size) {
        return Problem.ofFile(Severity.ERROR, file.displayName(), "the file is too large (" + size + " bytes; "
                + "the limit is " + maxFileBytes + "): is it really an Alliance Atlas data file? Split it if so");
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Convenience: load files and folders. */
    public LoadResult loadPaths(List<Path> paths) {
        return load(paths.stream().map(DataInput::of).toList());
    }
}

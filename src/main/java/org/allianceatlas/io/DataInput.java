package org.allianceatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Something to load: a file or folder on disk ({@code path}), or a data file bundled on the class path
 * ({@code resource}). Exactly one of the two is set.
 *
 * @param displayName what messages call it: the path as given, or {@code <shipped>/} plus the file's path in the
 *                    project's {@code data/} folder
 * @param path        a file or folder, or null
 * @param resource    a class-path resource name such as {@code org/allianceatlas/data/states.json}, or null
 */
public record DataInput(String displayName, Path path, String resource) {

    /** Where the build puts the shipped {@code data/} folder on the class path (see the pom). */
    public static final String SHIPPED_ROOT = "org/allianceatlas/data/";

    /** The prefix of a shipped file's display name. No colon, so {@code file:line:col} stays parseable. */
    public static final String SHIPPED_PREFIX = "<shipped>/";

    public DataInput {
        Objects.requireNonNull(displayName, "displayName");
        if ((path == null) == (resource == null)) {
            throw new IllegalArgumentException("a DataInput is a path or a resource, exactly one");
        }
    }

    /** A file, or a folder whose {@code *.json} files are all read (except under {@code schema/}). */
    public static DataInput of(Path path) {
        return new DataInput(path.toString(), path, null);
    }

    /** A class-path resource below {@link #SHIPPED_ROOT}. */
    public static DataInput shippedResource(String resource) {
        return new DataInput(SHIPPED_PREFIX + resource.substring(SHIPPED_ROOT.length()), null, resource);
    }

    public boolean isResource() {
        return resource != null;
    }

    /** Opens a resource input; null when the resource is missing. Paths are read by the loader itself. */
    InputStream openResource() {
        return DataInput.class.getClassLoader().getResourceAsStream(resource);
    }

    /**
     * The data files shipped with the application, sorted by name, schema files excluded. They are found by walking
     * {@link #SHIPPED_ROOT} wherever the class path holds it: a folder ({@code target/classes} when running from the
     * work tree or in tests) or a jar (the packaged application). Empty when no data is bundled.
     *
     * @throws UncheckedIOException when the class path cannot be read (a broken installation, not bad data)
     */
    public static List<DataInput> shipped() {
        var names = new TreeSet<String>();
        try {
            var urls = DataInput.class.getClassLoader().getResources(SHIPPED_ROOT);
            while (urls.hasMoreElements()) {
                names.addAll(list(urls.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the shipped data on the class path", e);
        }
        var inputs = new ArrayList<DataInput>();
        for (var name : names) {
            inputs.add(shippedResource(name));
        }
        return inputs;
    }

    /** The data files below one class-path location of {@link #SHIPPED_ROOT}: a folder or a folder in a jar. */
    static List<String> list(URL url) throws IOException {
        try {
            if (url.getProtocol().equals("file")) {
                return jsonFiles(Path.of(url.toURI()), SHIPPED_ROOT);
            }
            if (url.getProtocol().equals("jar")) {
                // jar:file:/…/app.jar!/org/allianceatlas/data/ — open the jar as a file system and walk the folder.
                var spec = url.toString();
                var jar = URI.create(spec.substring(0, spec.indexOf("!/")));
                try {
                    return jsonFiles(FileSystems.getFileSystem(jar).getPath("/" + SHIPPED_ROOT), SHIPPED_ROOT);
                } catch (FileSystemNotFoundException notOpenYet) {
                    try (var fs = FileSystems.newFileSystem(jar, Map.of())) {
                        return jsonFiles(fs.getPath("/" + SHIPPED_ROOT), SHIPPED_ROOT);
                    }
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException("unexpected class-path URL " + url, e);
        }
        return List.of();
    }

    /**
     * The {@code *.json} files below {@code folder}, sorted, except those under a {@code schema} folder, as
     * {@code prefix} plus their path relative to {@code folder} with {@code /} separators.
     *
     * @throws IOException when the folder or anything below it cannot be read
     */
    static List<String> jsonFiles(Path folder, String prefix) throws IOException {
        var failures = new ArrayList<String>();
        var files = jsonFiles(folder, prefix, (path, why) -> failures.add(path + ": " + why));
        if (!failures.isEmpty()) {
            throw new IOException(String.join("; ", failures));
        }
        return files;
    }

    /**
     * As {@link #jsonFiles(Path, String)}, passing each sub-folder or file that cannot be read to {@code failed}
     * (with what went wrong) and going on with the rest.
     *
     * @throws IOException only when {@code folder} itself cannot be read
     */
    static List<String> jsonFiles(Path folder, String prefix, BiConsumer<Path, String> failed) throws IOException {
        return InputFiles.regularFilesBelow(folder, failed).stream()
                .map(folder::relativize)
                .filter(DataInput::isDataFile)
                .map(rel -> prefix + rel.toString().replace(rel.getFileSystem().getSeparator(), "/"))
                .sorted()
                .toList();
    }

    /** A {@code *.json} file not under a {@code schema} folder (the JSON Schema is not data). */
    static boolean isDataFile(Path relative) {
        for (var part : relative) {
            if (part.toString().equals("schema")) {
                return false;
            }
        }
        return relative.getFileName().toString().endsWith(".json");
    }
}

package org.allianceatlas.ui.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.allianceatlas.io.DataInput;

/**
 * What the user asked to see: the shipped data or not, plus files and folders in the order they were opened.
 * File &gt; Open replaces the choice with one path; File &gt; Add appends one. Paths are kept as given.
 *
 * <p>Invariant: not empty (the shipped data, or at least one path).
 */
public record DatasetChoice(boolean shipped, List<Path> paths) {

    public DatasetChoice {
        paths = List.copyOf(paths);
        if (!shipped && paths.isEmpty()) {
            throw new IllegalArgumentException("a dataset choice needs the shipped data or at least one path");
        }
    }

    /** The data that ships with the application. */
    public static DatasetChoice shippedData() {
        return new DatasetChoice(true, List.of());
    }

    /** Exactly one file or folder, without the shipped data (File &gt; Open). */
    public static DatasetChoice only(Path path) {
        return new DatasetChoice(false, List.of(path));
    }

    /** This choice plus one more file or folder (File &gt; Add); a path already chosen is not added twice. */
    public DatasetChoice plus(Path path) {
        Objects.requireNonNull(path, "path");
        if (paths.contains(path)) {
            return this;
        }
        var more = new ArrayList<>(paths);
        more.add(path);
        return new DatasetChoice(shipped, more);
    }

    /** The user's files and folders as loader inputs (the shipped data is the service's to add). */
    public List<DataInput> extraInputs() {
        return paths.stream().map(DataInput::of).toList();
    }

    /** What the status bar and title call it: "Shipped data + my-treaties.json", "data". */
    public String displayName() {
        var names = new ArrayList<String>();
        if (shipped) {
            names.add("Shipped data");
        }
        for (var p : paths) {
            var file = p.getFileName();
            names.add(file == null ? p.toString() : file.toString());
        }
        return String.join(" + ", names);
    }
}

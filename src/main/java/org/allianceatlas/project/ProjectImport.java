package org.allianceatlas.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;

/**
 * A research import (ATOP, COW) that a project makes on top of its data files: the same choices as the app's
 * File › Import… ({@code ui.research.ImportChoice}), with absolute paths.
 *
 * <p>Invariant: at least one file.
 *
 * @param prefer      which side wins where both describe an organisation; meaningless when {@code alone}
 * @param alone       true: the import replaces the project's other data instead of joining it
 * @param skipBadRows true: rows with errors are left out (each still reported) when nothing else is wrong
 */
public record ProjectImport(ResearchDataset dataset, List<Path> files, Precedence prefer, boolean alone,
                            boolean skipBadRows) {

    public ProjectImport {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(prefer, "prefer");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a research import needs at least one file");
        }
    }
}

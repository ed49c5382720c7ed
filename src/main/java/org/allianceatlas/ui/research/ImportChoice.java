package org.allianceatlas.ui.research;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;

/**
 * One File &gt; Import… as the user made it, so that the next session can make it again: which dataset, its files,
 * whether it is shown alone or merged into the loaded data, and, merged, which side wins where both describe an
 * organisation.
 *
 * <p>Invariant: at least one file.
 *
 * @param precedence which side wins in a merge; meaningless when {@code alone}
 * @param alone      true: the import replaces the loaded data instead of joining it
 */
public record ImportChoice(ResearchDataset kind, List<Path> files, Precedence precedence, boolean alone) {

    /** An import merged into the loaded data. */
    public ImportChoice(ResearchDataset kind, List<Path> files, Precedence precedence) {
        this(kind, files, precedence, false);
    }

    public ImportChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(precedence, "precedence");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("an import needs at least one file");
        }
    }

    /** "ATOP file atop5_1m.csv", "2 COW files". */
    public String describe() {
        return files.size() == 1 ? kind.label() + " file " + files.get(0).getFileName()
                : files.size() + " " + kind.label() + " files";
    }
}

package org.allianceatlas.ui.research;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;

/**
 * One File &gt; Import… as the user made it, so that the next session can make it again: which dataset, its files,
 * whether it is shown alone or merged into the loaded data, and, merged, which side wins where both describe an
 * organisation; and whether the user agreed to leave out rows with errors.
 *
 * <p>Invariant: at least one file.
 *
 * @param precedence  which side wins in a merge; meaningless when {@code alone}
 * @param alone       true: the import replaces the loaded data instead of joining it
 * @param skipBadRows true: rows with errors are left out (each still reported) when nothing else is wrong
 */
public record ImportChoice(ResearchDataset kind, List<Path> files, Precedence precedence, boolean alone,
                           boolean skipBadRows) {

    /** An import merged into the loaded data. */
    public ImportChoice(ResearchDataset kind, List<Path> files, Precedence precedence) {
        this(kind, files, precedence, false);
    }

    /** An import that refuses rows with errors. */
    public ImportChoice(ResearchDataset kind, List<Path> files, Precedence precedence, boolean alone) {
        this(kind, files, precedence, alone, false);
    }

    public ImportChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(precedence, "precedence");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("an import needs at least one file");
        }
    }

    /** The same import, leaving out rows with errors. */
    public ImportChoice skippingBadRows() {
        return new ImportChoice(kind, files, precedence, alone, true);
    }

    /** "ATOP file atop5_1m.csv", "2 COW files". */
    public String describe() {
        return files.size() == 1 ? kind.label() + " file " + files.get(0).getFileName()
                : files.size() + " " + kind.label() + " files";
    }
}

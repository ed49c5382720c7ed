package org.allianceatlas.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.allianceatlas.io.importers.DatasetMerger;
import org.allianceatlas.io.importers.ResearchDataset;

/**
 * What {@link AtlasService#importToFile} imports and where it writes it. A value: the {@code with…} methods return
 * changed copies.
 *
 * @param kind        which research dataset the files come from
 * @param files       its CSV files (ATOP: member-level, optionally alliance-level; COW: by-member and/or dyads)
 * @param target      the data file to write
 * @param merge       write the current data merged with the import, instead of the import alone
 * @param precedence  with {@code merge}: which side wins where both describe an organisation
 * @param skipBadRows when the only errors are rows, leave those rows out (listed as warnings) and write the rest
 * @param overwrite   replace {@code target} if it exists; otherwise an existing file is an error
 */
public record ImportRequest(ResearchDataset kind, List<Path> files, Path target, boolean merge,
                            DatasetMerger.Precedence precedence, boolean skipBadRows, boolean overwrite) {

    public ImportRequest {
        Objects.requireNonNull(kind, "kind");
        files = List.copyOf(files);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(precedence, "precedence");
    }

    /** The import alone, bad rows stopping it, an existing target refused. */
    public ImportRequest(ResearchDataset kind, List<Path> files, Path target) {
        this(kind, files, target, false, DatasetMerger.Precedence.BASE, false, false);
    }

    public ImportRequest merging(boolean mergeWithCurrent, DatasetMerger.Precedence winner) {
        return new ImportRequest(kind, files, target, mergeWithCurrent, winner, skipBadRows, overwrite);
    }

    public ImportRequest skippingBadRows(boolean skip) {
        return new ImportRequest(kind, files, target, merge, precedence, skip, overwrite);
    }

    public ImportRequest overwriting(boolean replace) {
        return new ImportRequest(kind, files, target, merge, precedence, skipBadRows, replace);
    }
}

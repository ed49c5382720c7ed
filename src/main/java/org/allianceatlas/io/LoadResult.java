package org.allianceatlas.io;

import java.util.List;
import java.util.Objects;

import org.allianceatlas.model.Dataset;

/**
 * What a load produced. When {@code report} has errors, {@code dataset} holds what could be read, for display in a
 * problem list only: callers must treat it as unusable (the UI keeps its previous data, the CLI exits with 1) —
 * unless the only errors are rows that an import left out ({@link #onlyRowsSkipped()}) and the user agrees to go on
 * without them ({@link #acceptingSkippedRows()}).
 *
 * @param skippedRows the problems of ATOP/COW rows that an import left out (each also in {@code report}): errors,
 *                    or warnings once accepted; empty for loads of our JSON format
 */
public record LoadResult(Dataset dataset, ValidationReport report, List<Problem> skippedRows) {

    public LoadResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
        skippedRows = List.copyOf(skippedRows);
    }

    /** A load without imported research rows. */
    public LoadResult(Dataset dataset, ValidationReport report) {
        this(dataset, report, List.of());
    }

    /** True when the dataset may be used: no errors (warnings are fine). */
    public boolean usable() {
        return !report.hasErrors();
    }

    /**
     * True when there are errors and each is a row that an import left out: the dataset holds everything else and
     * is usable once those rows are {@linkplain #acceptingSkippedRows() accepted} as left out.
     */
    public boolean onlyRowsSkipped() {
        return report.hasErrors() && skippedRows.containsAll(report.errors());
    }

    /** This result with the skipped rows' errors as warnings (so that it is usable when {@link #onlyRowsSkipped}). */
    public LoadResult acceptingSkippedRows() {
        return new LoadResult(dataset, report.accepting(skippedRows), skippedRows);
    }
}

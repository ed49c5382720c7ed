package org.allianceatlas.io.importers;

import java.util.List;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.model.Dataset;

/**
 * What an import produced: a dataset (states, organisations, memberships, clauses) and every problem found, each
 * with file, line and column. A row with an error is left out and the rest is imported; such errors are also listed
 * in {@code skippedRows}. Errors that are not rows (a missing column, an unreadable file) mean the import is
 * incomplete in ways no row list describes.
 *
 * @param skippedRows the problems (each also in {@code problems}) of rows that were left out
 */
public record ImportResult(Dataset dataset, List<Problem> problems, List<Problem> skippedRows) {

    public ImportResult {
        problems = List.copyOf(problems);
        skippedRows = List.copyOf(skippedRows);
    }

    /** An import that left no row out. */
    public ImportResult(Dataset dataset, List<Problem> problems) {
        this(dataset, problems, List.of());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** True when there are errors and each is a row that was left out: the dataset holds everything else. */
    public boolean onlyRowsSkipped() {
        return hasErrors() && problems.stream().filter(p -> p.severity() == Severity.ERROR)
                .allMatch(skippedRows::contains);
    }

    /** This result with the skipped rows' errors as warnings: the user chose to go on without those rows. */
    public ImportResult acceptingSkippedRows() {
        return new ImportResult(dataset, ValidationReport.of(problems).accepting(skippedRows).problems(),
                skippedRows);
    }
}

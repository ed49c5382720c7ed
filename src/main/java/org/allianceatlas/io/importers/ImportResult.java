package org.allianceatlas.io.importers;

import java.util.List;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.model.Dataset;

/**
 * What an import produced: a dataset (states, organisations, memberships, clauses) and every problem found, each
 * with file, line and column. Rows with errors are skipped; the rest is imported.
 */
public record ImportResult(Dataset dataset, List<Problem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}

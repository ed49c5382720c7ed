package org.allianceatlas.io;

import java.util.Objects;

import org.allianceatlas.model.Dataset;

/**
 * What a load produced. When {@code report} has errors, {@code dataset} holds what could be read, for display in a
 * problem list only: callers must treat it as unusable (the UI keeps its previous data, the CLI exits with 1).
 */
public record LoadResult(Dataset dataset, ValidationReport report) {

    public LoadResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
    }

    /** True when the dataset may be used: no errors (warnings are fine). */
    public boolean usable() {
        return !report.hasErrors();
    }
}

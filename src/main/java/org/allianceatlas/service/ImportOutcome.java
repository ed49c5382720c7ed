package org.allianceatlas.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.model.Dataset;

/**
 * What {@link AtlasService#importToFile} did. Nothing was written when {@code written} is null; {@code report} then
 * has at least one error saying why (a row, a missing column, a file that exists, an output too large to load).
 *
 * @param dataset         what was (or would have been) written
 * @param report          every problem of the import and of the written file, in report order
 * @param onlyRowsSkipped true when every error is a research row that {@link ImportRequest#skipBadRows} would
 *                        leave out
 * @param skippedRows     the rows left out (as warnings) when {@code skipBadRows} applied; else empty
 * @param written         the file written, or null
 */
public record ImportOutcome(Dataset dataset, ValidationReport report, boolean onlyRowsSkipped,
                            List<Problem> skippedRows, Path written) {

    public ImportOutcome {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
        skippedRows = List.copyOf(skippedRows);
    }

    public boolean wasWritten() {
        return written != null;
    }
}

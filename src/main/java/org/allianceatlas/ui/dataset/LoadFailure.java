package org.allianceatlas.ui.dataset;

import java.util.Objects;

import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.ui.shared.Labels;

/**
 * A load that did not replace the data on screen: the validator found errors, or loading failed unexpectedly.
 *
 * @param choice         what the user tried to load
 * @param report         every problem found (empty when the load failed before validation)
 * @param unexpected     a description of an unexpected failure (a bug or a broken installation), or empty
 * @param previousKept   true when earlier data is still on screen; false for the first load of a session
 */
public record LoadFailure(DatasetChoice choice, ValidationReport report, String unexpected, boolean previousKept) {

    public LoadFailure {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(report, "report");
        unexpected = unexpected == null ? "" : unexpected;
    }

    /**
     * One paragraph for the dialog's header: how many problems, in what, and what is on screen now.
     */
    public String summary() {
        var what = unexpected.isEmpty()
                ? Labels.count(report.errors().size(), "error") + " and "
                        + Labels.count(report.warnings().size(), "warning") + " in " + choice.displayName() + "."
                : "Loading " + choice.displayName() + " failed unexpectedly: " + unexpected;
        var after = previousKept ? " Nothing was changed: the previous data is still shown."
                : " The shipped data is shown instead.";
        return what + after + (unexpected.isEmpty() ? " Fix the problems listed below and open the data again."
                : "");
    }

    /** The full report, one problem a line as {@code file:line:col: error: message (at $.path)}. */
    public String reportText() {
        return report.isEmpty() ? unexpected : report.format();
    }
}

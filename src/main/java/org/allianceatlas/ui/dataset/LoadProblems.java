package org.allianceatlas.ui.dataset;

import java.util.Objects;

import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.ui.shared.Labels;

/**
 * What went wrong in a load, and what is on screen because of it.
 *
 * @param choice     what the user tried to load
 * @param report     every problem found (empty when the load failed before validation)
 * @param unexpected a description of an unexpected failure (a bug or a broken installation), or empty
 * @param outcome    what the app shows now
 */
public record LoadProblems(DatasetChoice choice, ValidationReport report, String unexpected, Outcome outcome) {

    /** What is on screen after the load. */
    public enum Outcome {
        /** The data loaded; the report holds warnings only. */
        LOADED_WITH_WARNINGS,
        /** The data has errors; the data shown before is still shown. */
        PREVIOUS_KEPT,
        /**
         * The data shown before is still shown, and every error is a row of an imported ATOP/COW file: the import
         * can be made without those rows.
         */
        ROWS_CAN_BE_LEFT_OUT,
        /** The remembered data of the last session has errors; the shipped data is loaded instead. */
        SHIPPED_INSTEAD,
        /** The project of the last session could not be opened; the data of the last session is loaded instead. */
        SESSION_DATA_INSTEAD,
        /** Nothing could be loaded, not even the shipped data (a broken installation). */
        NOTHING_SHOWN
    }

    public LoadProblems {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(outcome, "outcome");
        unexpected = unexpected == null ? "" : unexpected;
    }

    /** True when the load did not replace what was on screen. */
    public boolean failed() {
        return outcome != Outcome.LOADED_WITH_WARNINGS;
    }

    /** The dialog's header: "The data could not be loaded" or "Loaded with warnings". */
    public String headline() {
        return failed() ? "The data could not be loaded" : "Loaded with warnings";
    }

    /** One paragraph for the dialog: how many problems, in what, and what is on screen now. */
    public String summary() {
        var what = unexpected.isEmpty()
                ? Labels.count(report.errors().size(), "error") + " and "
                        + Labels.count(report.warnings().size(), "warning") + " in " + choice.displayName() + "."
                : "Loading " + choice.displayName() + " failed unexpectedly: " + unexpected;
        var after = switch (outcome) {
            case LOADED_WITH_WARNINGS -> " The data is shown; the warnings below may still deserve a look.";
            case PREVIOUS_KEPT -> " Nothing was changed: the previous data is still shown.";
            case ROWS_CAN_BE_LEFT_OUT -> " Nothing was changed yet. Each error is one row of the imported files: "
                    + "import without these rows to see everything else (they stay listed in the report), or fix them "
                    + "and import again.";
            case SHIPPED_INSTEAD -> " The shipped data is shown instead.";
            case SESSION_DATA_INSTEAD -> " The data of the last session is shown instead.";
            case NOTHING_SHOWN -> " No data could be shown: reinstall the application or open a data folder.";
        };
        var advice = failed() && unexpected.isEmpty() && outcome != Outcome.ROWS_CAN_BE_LEFT_OUT
                ? " Fix the problems listed below and open the data again." : "";
        return what + after + advice;
    }

    /** The full report, one problem a line as {@code file:line:col: error: message (at $.path)}. */
    public String reportText() {
        return report.isEmpty() ? unexpected : report.format();
    }
}

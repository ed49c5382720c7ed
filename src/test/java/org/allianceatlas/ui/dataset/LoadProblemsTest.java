package org.allianceatlas.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.ui.dataset.LoadProblems.Outcome;
import org.junit.jupiter.api.Test;

class LoadProblemsTest {

    private final DatasetChoice choice = DatasetChoice.only(Path.of("/data/mine.json"));
    private final ValidationReport report = ValidationReport.of(List.of(
            new Problem(Severity.ERROR, "/data/mine.json", 3, 19, "$.states[0]", "expected ',' or '}'"),
            new Problem(Severity.WARNING, "/data/mine.json", 7, 5, "$.clauses[0].colour", "unknown field"),
            new Problem(Severity.ERROR, "/data/mine.json", 9, 1, "", "unexpected end")));

    @Test
    void summaryCountsProblemsAndSaysWhatIsOnScreen() {
        var p = new LoadProblems(choice, report, "", Outcome.PREVIOUS_KEPT);
        assertTrue(p.failed());
        assertEquals("The data could not be loaded", p.headline());
        assertEquals("2 errors and 1 warning in mine.json. Nothing was changed: the previous data is still shown. "
                + "Fix the problems listed below and open the data again.", p.summary());
    }

    @Test
    void reportListsEveryProblemWithFileLineAndColumn() {
        var lines = new LoadProblems(choice, report, "", Outcome.PREVIOUS_KEPT).reportText().split("\n");
        assertEquals(3, lines.length);
        assertEquals("/data/mine.json:3:19: error: expected ',' or '}' (at $.states[0])", lines[0]);
        assertEquals("/data/mine.json:7:5: warning: unknown field (at $.clauses[0].colour)", lines[1]);
    }

    @Test
    void warningsOnlyMeanTheDataLoaded() {
        var p = new LoadProblems(choice, ValidationReport.of(List.of(report.warnings().get(0))), "",
                Outcome.LOADED_WITH_WARNINGS);
        assertFalse(p.failed());
        assertEquals("Loaded with warnings", p.headline());
        assertTrue(p.summary().startsWith("0 errors and 1 warning in mine.json. The data is shown"), p.summary());
    }

    @Test
    void anUnexpectedFailureIsDescribedWithoutAReport() {
        var p = new LoadProblems(choice, ValidationReport.empty(), "OutOfMemoryError", Outcome.SHIPPED_INSTEAD);
        assertEquals("Loading mine.json failed unexpectedly: OutOfMemoryError The shipped data is shown instead.",
                p.summary());
        assertEquals("OutOfMemoryError", p.reportText());
    }

    @Test
    void rowsThatCanBeLeftOutAreOfferedNotJustRefused() {
        var p = new LoadProblems(choice, report, "", Outcome.ROWS_CAN_BE_LEFT_OUT);
        assertTrue(p.failed());
        assertEquals("2 errors and 1 warning in mine.json. Nothing was changed yet. Each error is one row of the "
                + "imported files: import without these rows to see everything else (they stay listed in the report), "
                + "or fix them and import again.", p.summary());
    }
}

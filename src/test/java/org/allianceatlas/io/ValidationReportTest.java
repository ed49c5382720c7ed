package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceatlas.model.Dataset;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static final Problem LATE = new Problem(Severity.ERROR, "b.json", 12, 3, "$.states[1].lat", "bad lat");
    private static final Problem EARLY = new Problem(Severity.WARNING, "b.json", 2, 9, "$.x", "unknown field");
    private static final Problem OTHER_FILE = new Problem(Severity.ERROR, "a.json", 40, 1, "$", "bad");
    private static final Problem WHOLE_FILE = Problem.ofFile(Severity.ERROR, "b.json", "too large");

    @Test
    void problemFormatsLikeACompilerMessage() {
        assertEquals("b.json:12:3: error: bad lat (at $.states[1].lat)", LATE.format());
        assertEquals("b.json:2:9: warning: unknown field (at $.x)", EARLY.format());
        assertEquals("b.json: error: too large", WHOLE_FILE.format());
    }

    @Test
    void problemsAreSortedByFileLineAndColumn() {
        var report = ValidationReport.of(List.of(LATE, EARLY, OTHER_FILE, WHOLE_FILE));
        assertEquals(List.of(OTHER_FILE, WHOLE_FILE, EARLY, LATE), report.problems());
        assertEquals(String.join("\n", OTHER_FILE.format(), WHOLE_FILE.format(), EARLY.format(), LATE.format()),
                report.format());
    }

    @Test
    void errorsAndWarningsAreSeparated() {
        var report = ValidationReport.of(List.of(LATE, EARLY));
        assertTrue(report.hasErrors());
        assertEquals(List.of(LATE), report.errors());
        assertEquals(List.of(EARLY), report.warnings());
        assertFalse(ValidationReport.of(List.of(EARLY)).hasErrors());
        assertTrue(ValidationReport.empty().isEmpty());
        assertEquals("", ValidationReport.empty().format());
    }

    @Test
    void acceptedErrorsBecomeWarningsAndNothingElseChanges() {
        var report = ValidationReport.of(List.of(LATE, EARLY, OTHER_FILE)).accepting(List.of(LATE));
        assertEquals(List.of(OTHER_FILE), report.errors());
        assertEquals(List.of("b.json:2:9: warning: unknown field (at $.x)", "b.json:12:3: warning: bad lat (at "
                + "$.states[1].lat)"), report.warnings().stream().map(Problem::format).toList());
    }

    @Test
    void aLoadWhoseOnlyErrorsAreSkippedRowsBecomesUsableOnceTheyAreAccepted() {
        var rows = new LoadResult(Dataset.empty(), ValidationReport.of(List.of(LATE, EARLY)),
                List.of(LATE));
        assertFalse(rows.usable());
        assertTrue(rows.onlyRowsSkipped());
        var accepted = rows.acceptingSkippedRows();
        assertTrue(accepted.usable());
        assertEquals(2, accepted.report().warnings().size());
        assertEquals(List.of(LATE), accepted.skippedRows(), "the left-out rows stay known");

        var more = new LoadResult(Dataset.empty(),
                ValidationReport.of(List.of(LATE, WHOLE_FILE)), List.of(LATE));
        assertFalse(more.onlyRowsSkipped(), "a whole-file error is not a row to leave out");
        assertFalse(more.acceptingSkippedRows().usable());
        assertFalse(new LoadResult(Dataset.empty(), ValidationReport.of(List.of(EARLY)),
                List.of()).onlyRowsSkipped(), "no errors: nothing to accept");
    }
}

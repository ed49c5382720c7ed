package org.allianceatlas.io;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every problem found in one load, sorted by file, line and column (problems without a line come first in their
 * file). Immutable.
 */
public final class ValidationReport {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    private final List<Problem> problems;

    private ValidationReport(List<Problem> problems) {
        this.problems = problems;
    }

    public static ValidationReport of(Collection<Problem> problems) {
        return problems.isEmpty() ? EMPTY : new ValidationReport(problems.stream().sorted(ORDER).toList());
    }

    public static ValidationReport empty() {
        return EMPTY;
    }

    /** All problems, errors and warnings, in report order. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    public List<Problem> errors() {
        return bySeverity(Severity.ERROR);
    }

    public List<Problem> warnings() {
        return bySeverity(Severity.WARNING);
    }

    private List<Problem> bySeverity(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * This report with the {@code accepted} errors as warnings, for errors the user chose to live with (rows that an
     * import left out); every other problem is unchanged.
     */
    public ValidationReport accepting(Collection<Problem> accepted) {
        var set = Set.copyOf(accepted);
        return of(problems.stream().map(p -> p.severity() == Severity.ERROR && set.contains(p)
                ? new Problem(Severity.WARNING, p.file(), p.line(), p.column(), p.jsonPath(), p.message()) : p)
                .toList());
    }

    /** Every problem as {@link Problem#format()}, one a line, no trailing newline; empty when there is none. */
    public String format() {
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return "ValidationReport[" + errors().size() + " errors, " + warnings().size() + " warnings]";
    }
}

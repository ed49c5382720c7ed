package org.allianceatlas.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The required {@code --year Y} option of the commands that answer for one year, mixed into them; the value is
 * checked while parsing, so that a year out of range is bad usage (exit 2).
 */
final class YearOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private int year;

    @Option(names = "--year", paramLabel = "Y", required = true, description = "The year (as of 31 December).")
    void setYear(int value) {
        year = check(spec, value);
    }

    int year() {
        return year;
    }

    /** The year if it is one the data can speak of (1 to 9999), else a usage error (exit 2). */
    static int check(CommandSpec spec, int year) {
        if (year < 1 || year > 9999) {
            throw new ParameterException(spec.commandLine(), "--year must be between 1 and 9999, not " + year);
        }
        return year;
    }
}

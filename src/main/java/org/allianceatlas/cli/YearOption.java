package org.allianceatlas.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The check shared by the commands that take {@code --year}. */
final class YearOption {

    private YearOption() {
    }

    /** The year if it is one the data can speak of (1 to 9999), else a usage error (exit 2). */
    static int check(CommandSpec spec, int year) {
        if (year < 1 || year > 9999) {
            throw new ParameterException(spec.commandLine(), "--year must be between 1 and 9999, not " + year);
        }
        return year;
    }
}

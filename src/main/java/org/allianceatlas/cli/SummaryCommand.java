package org.allianceatlas.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summary [--year Y]}: how many states, organisations, memberships and clauses, in all or in force. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Count states, organisations, memberships and clauses: all of them, or those in force on "
                + "31 December of the year given.")
final class SummaryCommand extends DataCommand {

    @Spec
    private CommandSpec spec;

    private Integer year;

    @Option(names = "--year", paramLabel = "Y", description = "Count what is in force on 31 December of Y.")
    void setYear(int value) {
        year = YearOption.check(spec, value);
    }

    @Override
    void answer(AtlasCli.Loaded loaded, PrintWriter out) {
        var service = loaded.service();
        var s = year == null ? service.summary() : service.summary(year, root().basis());
        if (s.year() != null) {
            out.println("year: " + s.year());
        }
        out.println("states: " + s.states());
        out.println("organisations: " + s.organisations());
        out.println("memberships: " + s.memberships());
        out.println("clauses: " + s.clauses());
    }
}

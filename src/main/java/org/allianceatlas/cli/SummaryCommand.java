package org.allianceatlas.cli;

import java.util.concurrent.Callable;

import org.allianceatlas.service.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code summary [--year Y]}: how many states, organisations, memberships and clauses, in all or in force. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Count states, organisations, memberships and clauses: all of them, or those in force on "
                + "31 December of the year given.")
final class SummaryCommand implements Callable<Integer> {

    @ParentCommand
    private AtlasCli root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--year", paramLabel = "Y", description = "Count what is in force on 31 December of Y.")
    private Integer year;

    @Override
    public Integer call() {
        if (year != null) {
            YearOption.check(spec, year);
        }
        var loaded = root.load();
        if (loaded.isEmpty()) {
            return AtlasCli.DATA_PROBLEM;
        }
        var service = loaded.get().service();
        Summary s = year == null ? service.summary() : service.summary(year, root.basis());
        var out = spec.commandLine().getOut();
        if (s.year() != null) {
            out.println("year: " + s.year());
        }
        out.println("states: " + s.states());
        out.println("organisations: " + s.organisations());
        out.println("memberships: " + s.memberships());
        out.println("clauses: " + s.clauses());
        return 0;
    }
}

package org.allianceatlas.cli;

import java.util.concurrent.Callable;

import org.allianceatlas.service.ClauseLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ties STATE --year Y}: a state's ties in a year, one a line: {@code membership nato member}, then
 * {@code clause aachen-2019 mutual_defence DEU} (the other parties; for a directed clause, then this state's end:
 * {@code supplier} or {@code recipient}).
 */
@Command(name = "ties", mixinStandardHelpOptions = true,
        description = {"List a state's ties on 31 December of a year.", "One a line:",
                "  membership ORG_ID ROLE",
                "  clause CLAUSE_ID TYPE OTHER_PARTIES... [supplier|recipient]"})
final class TiesCommand implements Callable<Integer> {

    @ParentCommand
    private AtlasCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "STATE", description = "The state's ISO 3166 alpha-3 code, e.g. SWE.")
    private String state;

    @Option(names = "--year", paramLabel = "Y", required = true, description = "The year (as of 31 December).")
    private int year;

    @Override
    public Integer call() {
        YearOption.check(spec, year);
        var loaded = root.load();
        if (loaded.isEmpty()) {
            return AtlasCli.DATA_PROBLEM;
        }
        var service = loaded.get().service();
        var ties = service.ties(state, year, root.basis());
        var out = spec.commandLine().getOut();
        for (var m : ties.memberships()) {
            out.println("membership " + m.organisationId() + " " + m.role().key());
        }
        for (var c : ties.clauses()) {
            out.println(line(c));
        }
        return 0;
    }

    private static String line(ClauseLink link) {
        var line = new StringBuilder("clause ").append(link.clause().id()).append(' ')
                .append(link.clause().type().key());
        link.otherParties().forEach(p -> line.append(' ').append(p));
        if (link.directedRole() != null) {
            line.append(' ').append(link.directedRole());
        }
        return line.toString();
    }
}

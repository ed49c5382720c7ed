package org.allianceatlas.cli;

import java.io.PrintWriter;

import org.allianceatlas.service.ClauseLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ties STATE --year Y}: a state's ties in a year, one a line: {@code membership nato member}, then
 * {@code clause aachen-2019 mutual_defence DEU} (the other parties; for a directed clause, then this state's end:
 * {@code supplier} or {@code recipient}).
 */
@Command(name = "ties", mixinStandardHelpOptions = true,
        description = {"List a state's ties on 31 December of a year.", "One a line:",
                "  membership ORG_ID ROLE",
                "  clause CLAUSE_ID TYPE OTHER_PARTIES... [supplier|recipient]"})
final class TiesCommand extends DataCommand {

    @Parameters(paramLabel = "STATE", description = "The state's ISO 3166 alpha-3 code, e.g. SWE.")
    private String state;

    @Mixin
    private YearOption year;

    @Override
    void answer(AtlasCli.Loaded loaded, PrintWriter out) {
        var ties = loaded.service().ties(state, year.year(), root().basis());
        for (var m : ties.memberships()) {
            out.println("membership " + m.organisationId() + " " + m.role().key());
        }
        for (var c : ties.clauses()) {
            out.println(line(c));
        }
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

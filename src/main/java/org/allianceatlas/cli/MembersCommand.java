package org.allianceatlas.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code members ORG_ID --year Y}: the ISO codes of an organisation's members in a year, one a line, sorted. */
@Command(name = "members", mixinStandardHelpOptions = true,
        description = "List the members of an organisation on 31 December of a year: ISO 3166 alpha-3 codes, one a "
                + "line, sorted.")
final class MembersCommand extends DataCommand {

    @Parameters(paramLabel = "ORG_ID", description = "The organisation's id, e.g. nato.")
    private String organisation;

    @Mixin
    private YearOption year;

    @Override
    void answer(AtlasCli.Loaded loaded, PrintWriter out) {
        loaded.service().members(organisation, year.year()).stateIds().forEach(out::println);
    }
}

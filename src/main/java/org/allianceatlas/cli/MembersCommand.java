package org.allianceatlas.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code members ORG_ID --year Y}: the ISO codes of an organisation's members in a year, one a line, sorted. */
@Command(name = "members", mixinStandardHelpOptions = true,
        description = "List the members of an organisation on 31 December of a year: ISO 3166 alpha-3 codes, one a "
                + "line, sorted.")
final class MembersCommand implements Callable<Integer> {

    @ParentCommand
    private AtlasCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ORG_ID", description = "The organisation's id, e.g. nato.")
    private String organisation;

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
        var out = spec.commandLine().getOut();
        service.members(organisation, year).stateIds().forEach(out::println);
        return 0;
    }
}

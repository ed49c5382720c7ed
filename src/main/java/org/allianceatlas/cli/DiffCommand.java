package org.allianceatlas.cli;

import java.io.PrintWriter;

import org.allianceatlas.graph.FilterCriteria;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diff --from A --to B [filters]}: the ties added and ended between two years, one a line, by year. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"What changed between two years: ties added and ended, one a line, by year:",
            "  2024 — SWE joined nato", "  2020 — GBR left eu"})
final class DiffCommand extends ViewCommand {

    @Spec
    private CommandSpec spec;

    private int from;
    private int to;

    @Option(names = "--from", required = true, paramLabel = "A", description = "The earlier year.")
    void setFrom(int value) {
        from = YearOption.check(spec, value);
    }

    @Option(names = "--to", required = true, paramLabel = "B", description = "The later year.")
    void setTo(int value) {
        to = YearOption.check(spec, value);
    }

    @Override
    void answer(AtlasCli.Loaded loaded, FilterCriteria criteria, PrintWriter out) {
        var diff = loaded.service().compare(criteria, from, to);
        if (diff.changes().isEmpty()) {
            out.println("No changes between " + diff.from() + " and " + diff.to() + ".");
        }
        diff.lines().forEach(out::println);
    }
}

package org.allianceatlas.cli;

import java.io.PrintWriter;

import org.allianceatlas.graph.FilterCriteria;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code path FROM TO [filters]}: the shortest alignment paths between two states, each hop explained. */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"Shortest alignment paths between two states in the view of a year.",
            "Each step names the organisations and clauses the two states share. \"No path\" means no chain of "
                    + "shared ties links them."})
final class PathCommand extends ViewCommand {

    @Parameters(index = "0", paramLabel = "FROM", description = "ISO 3166 alpha-3 code, e.g. GRC.")
    private String from;

    @Parameters(index = "1", paramLabel = "TO", description = "ISO 3166 alpha-3 code, e.g. NOR.")
    private String to;

    @Override
    void answer(AtlasCli.Loaded loaded, FilterCriteria criteria, PrintWriter out) {
        var r = loaded.service().path(from, to, criteria);
        out.println(r.summary());
        for (int i = 0; i < r.paths().size(); i++) {
            var p = r.paths().get(i);
            out.println("path " + (i + 1) + ": " + String.join(" → ", p.states()));
            p.hops().forEach(h -> out.println("  " + h.describe()));
        }
    }
}

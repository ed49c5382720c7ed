package org.allianceatlas.cli;

import java.io.PrintWriter;
import java.util.List;

import org.allianceatlas.analysis.Bloc;
import org.allianceatlas.analysis.BlocFinder;
import org.allianceatlas.analysis.BlocReport;
import org.allianceatlas.graph.FilterCriteria;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code blocs [filters] [--top N]}: cliques, communities, cut-points and bridges of the state–state projection. */
@Command(name = "blocs", mixinStandardHelpOptions = true,
        description = "Blocs of states in the view of a year: maximal cliques, communities, and the states and ties "
                + "that hold groups to the rest.")
final class BlocsCommand extends ViewCommand {

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "List at most N cliques and N communities, largest first (default 20; 0: all).")
    private int top;

    @Override
    void answer(AtlasCli.Loaded loaded, FilterCriteria criteria, PrintWriter out) {
        var r = loaded.service().blocs(criteria);
        out.println("Blocs in " + r.year() + " (state–state projection: states tied when they share an "
                + "organisation or a clause)");
        section(out, "Cliques", Bloc.Kind.CLIQUE.description() + " At least " + BlocFinder.MIN_CLIQUE_SIZE
                + " states.", r.cliques());
        if (!r.cliquesComplete()) {
            out.println("  (the clique search stopped at its time limit: the list is incomplete)");
        }
        section(out, "Communities", Bloc.Kind.COMMUNITY.description(), r.communities());
        out.println();
        out.println("Cut-points: " + BlocReport.CUT_POINT_DESCRIPTION);
        out.println("  " + (r.cutPoints().isEmpty() ? "none" : String.join(" ", r.cutPoints())));
        out.println("Bridges: " + BlocReport.BRIDGE_DESCRIPTION);
        if (r.bridges().isEmpty()) {
            out.println("  none");
        }
        for (var b : r.bridges()) {
            out.println("  " + b.first() + " – " + b.second() + " (via " + String.join(", ", b.sortedReasons()) + ")");
        }
    }

    private void section(PrintWriter out, String title, String description, List<Bloc> blocs) {
        out.println();
        out.println(title + " (" + blocs.size() + "): " + description);
        int n = top > 0 ? Math.min(top, blocs.size()) : blocs.size();
        for (var b : blocs.subList(0, n)) {
            out.println("  " + b.index() + ". [" + b.size() + "] " + String.join(" ", b.members()));
        }
        if (n < blocs.size()) {
            out.println("  … " + (blocs.size() - n) + " more (use --top 0 for all)");
        }
    }
}

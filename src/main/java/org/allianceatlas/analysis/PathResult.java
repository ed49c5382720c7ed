package org.allianceatlas.analysis;

import java.util.List;

/**
 * The shortest alignment paths between two states in a view (all of minimal length, up to a limit), or none.
 */
public record PathResult(String from, String to, int year, List<AlignmentPath> paths, String problem) {

    public PathResult {
        paths = List.copyOf(paths);
    }

    public boolean found() {
        return !paths.isEmpty();
    }

    /** A plain-language summary: the first path, or why there is none. */
    public String summary() {
        if (problem != null) {
            return problem;
        }
        if (paths.isEmpty()) {
            return "No path: in " + year + " no chain of shared organisations or clauses links " + from + " to " + to
                    + " in this view.";
        }
        var p = paths.get(0);
        return from + " to " + to + " in " + year + ": " + p.length() + (p.length() == 1 ? " step" : " steps")
                + (paths.size() > 1 ? " (" + paths.size() + " shortest paths)" : "") + ": "
                + String.join(" → ", p.states());
    }
}

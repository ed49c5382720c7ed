package org.allianceatlas.analysis;

import java.util.List;

import org.allianceatlas.graph.StateLink;

/**
 * The blocs of a view: maximal cliques (largest first, at least three states), communities (largest first), the
 * cut-points (states whose removal splits their component) and bridges (ties whose removal does).
 */
public record BlocReport(int year, List<Bloc> cliques, boolean cliquesComplete, List<Bloc> communities,
                         List<String> cutPoints, List<StateLink> bridges) {

    public static final String CUT_POINT_DESCRIPTION =
            "A cut-point is a state that holds a group to the rest: without it, some states lose every path to the "
                    + "others.";
    public static final String BRIDGE_DESCRIPTION =
            "A bridge is a tie that holds a group to the rest: without it, some states lose every path to the others.";

    public BlocReport {
        cliques = List.copyOf(cliques);
        communities = List.copyOf(communities);
        cutPoints = List.copyOf(cutPoints);
        bridges = List.copyOf(bridges);
    }

    /** True when the given states together form one of the maximal cliques, or lie inside one. */
    public boolean inOneClique(List<String> states) {
        return cliques.stream().anyMatch(c -> c.members().containsAll(states));
    }
}

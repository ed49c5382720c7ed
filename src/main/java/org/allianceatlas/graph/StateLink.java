package org.allianceatlas.graph;

import java.util.List;
import java.util.Set;

/**
 * An edge of the state–state projection: two states share at least one visible organisation or clause.
 * {@code reasons} holds the organisation and clause ids (sorted); the edge's weight is their number.
 */
public record StateLink(String first, String second, Set<String> reasons) {

    public StateLink {
        reasons = Set.copyOf(reasons);
    }

    public int weight() {
        return reasons.size();
    }

    public List<String> sortedReasons() {
        return reasons.stream().sorted().toList();
    }
}

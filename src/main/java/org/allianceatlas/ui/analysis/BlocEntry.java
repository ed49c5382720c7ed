package org.allianceatlas.ui.analysis;

import java.util.List;

import org.allianceatlas.graph.StateLink;

/**
 * One line of the blocs panel: a clique, a community, a cut-point or a bridge.
 *
 * @param title       "Clique 1 · 8 states", "Cut-point TUR", "Bridge GRC – CYP"
 * @param members     the states it is about (ids, sorted)
 * @param links       for a bridge, the link itself; empty otherwise
 * @param description what this kind of entry means, in one sentence
 */
public record BlocEntry(String title, List<String> members, List<StateLink> links, String description) {

    public BlocEntry {
        members = List.copyOf(members);
        links = List.copyOf(links);
    }

    /** The members as one line ("DNK, EST, FIN"). */
    public String memberLine() {
        return String.join(", ", members);
    }
}

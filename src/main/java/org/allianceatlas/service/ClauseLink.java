package org.allianceatlas.service;

import java.util.List;

import org.allianceatlas.model.Clause;

/**
 * A clause seen from one of its parties.
 *
 * @param otherParties the other parties, in the clause's order
 * @param directedRole for a directed clause, {@code "supplier"} or {@code "recipient"} (this party's end of the
 *                     direction), or null when the clause is undirected or this party is neither end
 */
public record ClauseLink(Clause clause, List<String> otherParties, String directedRole) {

    public ClauseLink {
        otherParties = List.copyOf(otherParties);
    }
}

package org.allianceatlas.analysis;

import java.util.List;

/**
 * A shortest alignment path between two states: the states in order and, for each hop, the organisations and
 * clauses that tie the two states of that hop.
 */
public record AlignmentPath(List<String> states, List<Hop> hops) {

    /** One step: {@code from} and {@code to} share the organisations and clauses in {@code reasons}. */
    public record Hop(String from, String to, List<String> reasons) {
        public Hop {
            reasons = List.copyOf(reasons);
        }

        /** "GRC – FRA (via nato, eu, fra-grc-2021)". */
        public String describe() {
            return from + " – " + to + " (via " + String.join(", ", reasons) + ")";
        }
    }

    public AlignmentPath {
        states = List.copyOf(states);
        hops = List.copyOf(hops);
    }

    public int length() {
        return hops.size();
    }
}

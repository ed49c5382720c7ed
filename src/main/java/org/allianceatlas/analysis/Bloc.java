package org.allianceatlas.analysis;

import java.util.List;

/**
 * A group of states found in the state–state projection.
 *
 * @param members state ids, sorted
 */
public record Bloc(Kind kind, int index, List<String> members) {

    /** How the bloc was found. */
    public enum Kind {
        CLIQUE("Every state in it is tied to every other (a maximal clique: no state can be added)."),
        COMMUNITY("States more tied to each other than to the rest (label propagation).");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public Bloc {
        members = List.copyOf(members);
    }

    public int size() {
        return members.size();
    }
}

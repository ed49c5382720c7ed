package org.allianceatlas.ui.search;

import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Clause;

/**
 * One suggestion of the search box: a state or organisation ({@code actor}), or a treaty clause ({@code clause});
 * exactly one of the two is set.
 *
 * @param label  what the list shows: "Greece (GRC)", "NATO — North Atlantic Treaty Organization", "Treaty of Aachen"
 * @param detail the second line: "State · Southern Europe", "Alliance · since 1949",
 *               "Clause · Mutual defence · France, Germany · signed 2019"
 */
public record SearchHit(Actor actor, Clause clause, String label, String detail) {

    public SearchHit {
        if ((actor == null) == (clause == null)) {
            throw new IllegalArgumentException("a hit is an actor or a clause, not both or neither");
        }
    }

    /** A state or organisation. */
    public static SearchHit of(Actor actor, String label, String detail) {
        return new SearchHit(actor, null, label, detail);
    }

    /** A treaty clause. */
    public static SearchHit of(Clause clause, String label, String detail) {
        return new SearchHit(null, clause, label, detail);
    }

    /** The actor or the clause. */
    public Object target() {
        return actor != null ? actor : clause;
    }

    @Override
    public String toString() {
        return label;
    }
}

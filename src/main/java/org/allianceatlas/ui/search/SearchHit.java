package org.allianceatlas.ui.search;

import org.allianceatlas.model.Actor;

/**
 * One suggestion of the search box.
 *
 * @param label  what the list shows: "Greece (GRC)", "NATO — North Atlantic Treaty Organization"
 * @param detail the second line: "State · Southern Europe", "Alliance · since 1949"
 */
public record SearchHit(Actor actor, String label, String detail) {

    @Override
    public String toString() {
        return label;
    }
}

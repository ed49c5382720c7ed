package org.allianceatlas.service;

import java.util.List;

import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;

/**
 * The members of an organisation in force as of 31 December of {@code year}.
 *
 * @param spells the membership spells in force, sorted by state id (one per state: spells never overlap)
 */
public record Members(Organisation organisation, int year, List<Membership> spells) {

    public Members {
        spells = List.copyOf(spells);
    }

    /** The members' state ids, sorted. */
    public List<String> stateIds() {
        return spells.stream().map(Membership::stateId).toList();
    }
}

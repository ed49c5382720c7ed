package org.allianceatlas.service;

import java.util.List;

import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;

/**
 * The members of an organisation in force as of 31 December of {@code year}, in the roles asked for.
 *
 * @param spells the membership spells in force, sorted by state id (one per state: spells never overlap)
 */
public record Members(Organisation organisation, int year, List<Membership> spells) {

    public Members {
        spells = List.copyOf(spells);
    }

    /** The organisation's name in {@code year}: the European Economic Community in 1960 ({@link Organisation#nameIn}). */
    public String organisationName() {
        return organisation.nameIn(year);
    }

    /** The organisation's short label in {@code year}: EEC in 1960, EU in 2000. */
    public String organisationLabel() {
        return organisation.shortLabelIn(year);
    }

    /** The members' state ids, sorted. */
    public List<String> stateIds() {
        return spells.stream().map(Membership::stateId).toList();
    }
}

package org.allianceatlas.graph;

import java.util.Set;

import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.TieType;

/** A state's membership spell in an organisation: an edge from the state to the organisation. */
public record MembershipTie(Membership membership, Organisation organisation) implements Tie {

    @Override
    public String id() {
        return "m:" + membership.key();
    }

    @Override
    public Set<TieType> types() {
        return organisation.tieTypes();
    }

    @Override
    public boolean activeIn(int year, DateBasis basis) {
        return membership.activeIn(year);
    }

    @Override
    public String reasonId() {
        return organisation.id();
    }
}

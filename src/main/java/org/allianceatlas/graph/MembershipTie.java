package org.allianceatlas.graph;

import java.util.Set;

import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.TieType;

/** A state's membership spell in an organisation: an edge from the state to the organisation. */
public record MembershipTie(Membership membership, Organisation organisation) implements Tie {

    /**
     * Consistent with the record's {@code equals} (equal ties have equal state, organisation and span) but cheap: the
     * record's own hash walks every source and note of the membership, and every year change hashes each tie of the
     * graph several times (building the view, then its mask on each iteration). With full-scale research data that
     * was most of the cost of a year change (docs/benchmarks-scale.md).
     */
    @Override
    public int hashCode() {
        return 31 * (31 * membership.stateId().hashCode() + membership.organisationId().hashCode())
                + membership.span().hashCode();
    }

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

package org.allianceatlas.service;

import java.util.List;

import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.State;

/**
 * The ties of one state in force as of 31 December of {@code year}: its memberships (sorted by organisation id)
 * and the clauses it is party to (sorted by clause id), the latter counted on {@code basis}.
 */
public record StateTies(State state, int year, DateBasis basis, List<Membership> memberships,
                        List<ClauseLink> clauses) {

    public StateTies {
        memberships = List.copyOf(memberships);
        clauses = List.copyOf(clauses);
    }
}

package org.allianceatlas.graph;

import java.util.Set;

import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.TieType;

/**
 * An edge of the alignment graph. Ties are unique by {@code equals} (JGraphT and SmartGraph both require it), and
 * parallel ties between the same two vertices are allowed (a state with two spells in one organisation; two clauses
 * between the same states).
 */
public sealed interface Tie permits MembershipTie, ClauseTie {

    /** A stable id, unique in the graph (used by exporters and the UI adapter). */
    String id();

    /** The tie types this tie carries: an organisation's obligations, or a clause's type. */
    Set<TieType> types();

    /** True when the tie is in force on 31 December of {@code year}. */
    boolean activeIn(int year, DateBasis basis);

    /** The id of the organisation or clause that makes this tie. */
    String reasonId();
}

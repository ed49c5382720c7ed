package org.allianceatlas.graph;

import java.util.Set;

import org.allianceatlas.model.Clause;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.TieType;

/**
 * One pair of parties of a clause. A bilateral clause is one tie; a minilateral clause with {@code n} parties is
 * {@code n(n-1)/2} ties, one per pair, so that each pair of parties is adjacent (docs/architecture.md). For a
 * directed clause, {@code first} is the supplier and {@code second} the recipient.
 */
public record ClauseTie(Clause clause, String first, String second) implements Tie {

    @Override
    public String id() {
        return "c:" + clause.id() + ":" + first + "-" + second;
    }

    @Override
    public Set<TieType> types() {
        return Set.of(clause.type());
    }

    @Override
    public boolean activeIn(int year, DateBasis basis) {
        return clause.activeIn(year, basis);
    }

    @Override
    public String reasonId() {
        return clause.id();
    }

    /** True when the clause has a supplier → recipient direction and this tie runs along it. */
    public boolean isDirected() {
        return clause.direction() != null;
    }
}

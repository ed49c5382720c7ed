package org.allianceatlas.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bilateral or minilateral agreement between states, or one clause of it (the Treaty of Aachen's mutual assistance
 * clause, Article 4(1)).
 *
 * @param parties   two or more distinct state ids
 * @param inForce   entry into force, or null when unknown or never
 * @param end       first day it no longer holds, or null
 * @param binding   true for a treaty, false for a political declaration
 * @param direction supplier → recipient for directed types, or null
 */
public record Clause(String id, String name, List<String> parties, TieType type, PartialDate signed,
                     PartialDate inForce, PartialDate end, String article, boolean binding, Direction direction,
                     List<Source> sources, String note, boolean disputed) {

    public Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(signed, "signed");
        parties = List.copyOf(parties);
        sources = List.copyOf(sources);
    }

    /**
     * The period the clause counts in: from signature (the default), or from entry into force, in which case a
     * clause that never entered into force has none.
     */
    public Optional<YearSpan> span(DateBasis basis) {
        if (basis == DateBasis.ENTRY_INTO_FORCE) {
            return inForce == null ? Optional.empty() : Optional.of(new YearSpan(inForce, end));
        }
        return Optional.of(new YearSpan(signed, end));
    }

    public boolean activeIn(int year, DateBasis basis) {
        return span(basis).map(s -> s.activeIn(year)).orElse(false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clause c && c.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}

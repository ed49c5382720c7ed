package org.allianceatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * One spell of a state in an organisation. A state that left and rejoined has several memberships; spells of one
 * state in one organisation never overlap (the validator checks it), so {@code (stateId, organisationId, start)}
 * identifies a membership.
 */
public record Membership(String stateId, String organisationId, YearSpan span, Role role, List<Source> sources,
                         String note, boolean disputed) {

    public Membership {
        Objects.requireNonNull(stateId, "stateId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(span, "span");
        role = role == null ? Role.MEMBER : role;
        sources = List.copyOf(sources);
    }

    public boolean activeIn(int year) {
        return span.activeIn(year);
    }

    /** A stable identifier, e.g. {@code SWE@nato@2024-03-07}. */
    public String key() {
        return stateId + "@" + organisationId + "@" + span.start();
    }
}

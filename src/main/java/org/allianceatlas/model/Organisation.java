package org.allianceatlas.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An alliance, union, coalition, format or other body that states belong to.
 *
 * @param lifetime founding (inclusive) to dissolution (first day it no longer exists)
 * @param tieTypes what membership carries (NATO: mutual defence); never empty
 * @param informal true for formats with no founding treaty or secretariat
 * @param parent   id of the organisation this one belongs to (a UDCG capability coalition), or null
 */
public record Organisation(String id, String name, String acronym, OrganisationKind kind, YearSpan lifetime,
                           Set<TieType> tieTypes, boolean informal, String parent, String description, String url,
                           List<Source> sources, String note) implements Actor {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lifetime, "lifetime");
        tieTypes = Set.copyOf(tieTypes);
        sources = List.copyOf(sources);
    }

    public boolean existsIn(int year) {
        return lifetime.activeIn(year);
    }

    @Override
    public String shortLabel() {
        return acronym != null && !acronym.isBlank() ? acronym : name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}

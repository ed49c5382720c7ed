package org.allianceatlas.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An alliance, union, coalition, format or other body that states belong to.
 *
 * @param lifetime founding (inclusive) to dissolution (first day it no longer exists)
 * @param tieTypes what membership carries (NATO: mutual defence); never empty
 * @param informal true for formats with no founding treaty or secretariat
 * @param parent   id of the organisation this one belongs to (a UDCG capability coalition), or null
 * @param name     the current name (for a dissolved organisation, its last name); {@link #nameIn} gives the name of a
 *                 year
 * @param acronym  the current acronym, or null
 * @param names    the dated names, sorted by {@link OrganisationName#from()}; empty when the organisation was never
 *                 renamed. When not empty, the last one is normally the current {@code name} and {@code acronym}
 */
public record Organisation(String id, String name, String acronym, OrganisationKind kind, YearSpan lifetime,
                           Set<TieType> tieTypes, boolean informal, String parent, String description, String url,
                           List<Source> sources, String note, List<OrganisationName> names) implements Actor {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lifetime, "lifetime");
        tieTypes = Set.copyOf(tieTypes);
        sources = List.copyOf(sources);
        names = names == null ? List.of()
                : names.stream().sorted(Comparator.comparing(OrganisationName::from)).toList();
    }

    /** An organisation that was never renamed (no dated names). */
    public Organisation(String id, String name, String acronym, OrganisationKind kind, YearSpan lifetime,
                        Set<TieType> tieTypes, boolean informal, String parent, String description, String url,
                        List<Source> sources, String note) {
        this(id, name, acronym, kind, lifetime, tieTypes, informal, parent, description, url, sources, note,
                List.of());
    }

    /**
     * The dated name in force on 31 December of {@code year} (the year rule of {@link YearSpan}): the last one whose
     * {@code from} year is {@code year} or earlier. Empty before the first dated name, and when there are none.
     */
    public Optional<OrganisationName> datedNameIn(int year) {
        OrganisationName found = null;
        for (var n : names) {
            if (n.from().year() > year) {
                break;
            }
            found = n;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The name in force on 31 December of {@code year}: the European Economic Community in 1966, the European Union in
     * 1993 (renamed on 1993-11-01). Falls back to {@link #name()} when no dated name covers the year.
     */
    @Override
    public String nameIn(int year) {
        return datedNameIn(year).map(OrganisationName::name).orElse(name);
    }

    /**
     * The short label in force on 31 December of {@code year}: the dated name's acronym (or its name when it had
     * none), falling back to {@link #shortLabel()} when no dated name covers the year. EEC in 1966, EU in 1993.
     */
    public String shortLabelIn(int year) {
        return datedNameIn(year).map(OrganisationName::shortLabel).orElseGet(this::shortLabel);
    }

    public boolean existsIn(int year) {
        return lifetime.activeIn(year);
    }

    /** The current short label: the acronym, or the name when there is none. */
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

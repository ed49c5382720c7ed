package org.allianceatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A name an organisation bore from a date on: the European Economic Community (EEC) from 1958, the European
 * Communities (EC) from 1967-07-01, the European Union (EU) from 1993-11-01. A name holds from {@code from} until
 * the next name's {@code from}; the last one holds to date (or to the organisation's dissolution).
 *
 * @param from    the first day the name was in use, at the precision the source gives
 * @param name    the full name; never blank
 * @param acronym the short form in use then, or null when it had none
 * @param sources what documents the name and its date; empty when the organisation's own sources do
 */
public record OrganisationName(PartialDate from, String name, String acronym, List<Source> sources) {

    public OrganisationName {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an organisation name must not be blank");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A dated name documented by its organisation's sources. */
    public OrganisationName(PartialDate from, String name, String acronym) {
        this(from, name, acronym, List.of());
    }

    /** The acronym when there is one, else the name: what a drawing labels the organisation with. */
    public String shortLabel() {
        return acronym != null && !acronym.isBlank() ? acronym : name;
    }
}

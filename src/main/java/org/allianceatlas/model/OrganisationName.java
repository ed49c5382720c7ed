package org.allianceatlas.model;

import java.util.Objects;

/**
 * A name an organisation bore from a date on: the European Economic Community (EEC) from 1958, the European
 * Communities (EC) from 1967-07-01, the European Union (EU) from 1993-11-01. A name holds from {@code from} until
 * the next name's {@code from}; the last one holds to date (or to the organisation's dissolution).
 *
 * @param from    the first day the name was in use, at the precision the source gives
 * @param name    the full name; never blank
 * @param acronym the short form in use then, or null when it had none
 */
public record OrganisationName(PartialDate from, String name, String acronym) {

    public OrganisationName {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an organisation name must not be blank");
        }
    }

    /** The acronym when there is one, else the name: what a drawing labels the organisation with. */
    public String shortLabel() {
        return acronym != null && !acronym.isBlank() ? acronym : name;
    }
}

package org.allianceatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A name a state bore for a while under the same id: West Germany (the Federal Republic, 1949-05-23 to 1990-10-03)
 * for {@code DEU}, Zaire (1971-10-27 to 1997-05-17) for {@code COD}. Outside every dated name the state's own
 * {@link State#name()} holds, so only the names that differ from today's are dated.
 *
 * @param span     from the first day the name was in use to the first day it no longer was ({@code end} null: to
 *                 date); the year rule of {@link YearSpan} decides which name a year shows. A state's first name
 *                 may hold from its start, or from {@link #SINCE_THE_RECORD_BEGINS} for a state without a start
 * @param name     the short common English name of the time; never blank
 * @param sources  what documents the name and its dates; never empty when read from a file
 * @param note     why the dates are what they are (a date other sources give), or null
 * @param disputed true when sources disagree about the dates
 */
public record StateName(YearSpan span, String name, List<Source> sources, String note, boolean disputed) {

    /**
     * The start of a first name given without one, for a state that has no start of its own: the name holds from
     * before every date of the record (Turkey until 2022 for {@code TUR}). Never shown; written back as no start.
     */
    public static final PartialDate SINCE_THE_RECORD_BEGINS = PartialDate.ofYear(1);

    /** True when the name holds from before every date of the record ({@link #SINCE_THE_RECORD_BEGINS}). */
    public boolean sinceTheRecordBegins() {
        return span.start().equals(SINCE_THE_RECORD_BEGINS);
    }

    public StateName {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a state name must not be blank");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A dated name without a note. */
    public StateName(YearSpan span, String name, List<Source> sources) {
        this(span, name, sources, null, false);
    }
}

package org.allianceatlas.model;

/** Something that can be a vertex of the alignment graph: a state or an organisation. */
public sealed interface Actor permits State, Organisation {

    /** ISO 3166 alpha-3 code for a state, slug for an organisation. */
    String id();

    /** The current name (for a dissolved organisation or a historical state, its last name). */
    String name();

    /**
     * The name in force on 31 December of {@code year}, the name every view of that year shows: West Germany in 1985,
     * the European Economic Community in 1966. Falls back to {@link #name()} when the actor was never renamed.
     */
    String nameIn(int year);

    /** A short label for drawings: the ISO code for a state, the acronym (or name) for an organisation. */
    String shortLabel();
}

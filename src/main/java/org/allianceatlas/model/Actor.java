package org.allianceatlas.model;

/** Something that can be a vertex of the alignment graph: a state or an organisation. */
public sealed interface Actor permits State, Organisation {

    /** ISO 3166 alpha-3 code for a state, slug for an organisation. */
    String id();

    String name();

    /** A short label for drawings: the ISO code for a state, the acronym (or name) for an organisation. */
    String shortLabel();
}

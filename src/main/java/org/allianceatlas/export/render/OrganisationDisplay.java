package org.allianceatlas.export.render;

import org.allianceatlas.model.Keyed;

/** How organisations appear in a picture. */
public enum OrganisationDisplay implements Keyed {
    /** Each organisation is a vertex tied to its visible members. */
    VERTICES,
    /**
     * No organisation vertex: two states are tied by what they share (the state–state projection), each tie
     * explained by the organisations and clauses behind it.
     */
    HIDDEN
}

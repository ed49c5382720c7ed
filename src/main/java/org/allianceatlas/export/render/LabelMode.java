package org.allianceatlas.export.render;

import org.allianceatlas.model.Keyed;

/** What a vertex label says: the actor's name where it fits ("France", "NATO"), or its compact code. */
public enum LabelMode implements Keyed {
    /** A state's name and an organisation's acronym (or name) as of the year shown. */
    NAMES,
    /** A state's ISO 3166 alpha-3 code and an organisation's acronym: the compact fallback. */
    CODES
}

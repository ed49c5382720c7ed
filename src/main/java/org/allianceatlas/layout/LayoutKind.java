package org.allianceatlas.layout;

import org.allianceatlas.model.Keyed;

/** The layouts users can choose. */
public enum LayoutKind implements Keyed {
    /** Capitals projected on a world map; organisations among their members. */
    GEOGRAPHIC,
    /** Force-directed, computed headless with JGraphT. */
    FORCE,
    /** Vertices on a circle, grouped by region. */
    CIRCULAR
}

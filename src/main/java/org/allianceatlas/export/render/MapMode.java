package org.allianceatlas.export.render;

import org.allianceatlas.model.Keyed;

/** What map a picture draws, if any (geographic layout only). */
public enum MapMode implements Keyed {
    /** No map: the graph on the page colour. */
    NONE,
    /** Land, sea and country borders under the graph. */
    UNDER_GRAPH,
    /** The alliance map: countries filled by the organisations they belong to in the year shown. */
    ALLIANCES
}

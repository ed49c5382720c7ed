package org.allianceatlas.export.style;

import org.allianceatlas.model.Keyed;

/** Light or dark colours for screen and export. */
public enum Theme implements Keyed {
    LIGHT, DARK
}

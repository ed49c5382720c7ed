package org.allianceatlas.export.render;

/** Which point of a text line its x coordinate names (SVG {@code text-anchor}). */
public enum Anchor {
    START, MIDDLE, END
}

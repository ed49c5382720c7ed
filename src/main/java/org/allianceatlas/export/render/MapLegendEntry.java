package org.allianceatlas.export.render;

import java.util.Objects;

import org.allianceatlas.export.style.Rgb;

/**
 * One row of the legend of an alliance map: a swatch (fill, and stripes for states in several organisations) and
 * what it means ("NATO", "NATO and EU", "None of these", "Joined since 1985").
 *
 * @param hatch stripes over the fill, or null
 */
public record MapLegendEntry(Rgb fill, Drawable.Hatch hatch, String text) {

    public MapLegendEntry {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(text, "text");
    }
}

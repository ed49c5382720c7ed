package org.allianceatlas.export.render;

import java.util.Objects;

import org.allianceatlas.export.style.Rgb;

/**
 * A tie's look set by an overlay (a comparison's "added" and "ended" colours): it outranks the theme and the
 * highlight, and is drawn above every other tie.
 *
 * @param width stroke width in symbol units, or NaN to keep the tie's own width
 */
public record TieLook(Rgb colour, double width) {

    public TieLook {
        Objects.requireNonNull(colour, "colour");
        if (!Double.isNaN(width) && !(width > 0)) {
            throw new IllegalArgumentException("width must be positive or NaN: " + width);
        }
    }
}

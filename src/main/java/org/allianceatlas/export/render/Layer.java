package org.allianceatlas.export.render;

import java.util.List;
import java.util.Objects;

/**
 * A named group of drawables, drawn in order ({@code ties}, {@code vertices}, {@code labels}, {@code legend},
 * {@code title}, {@code caption}); SVG writes each as a {@code <g>} so that editors can select them as units.
 */
public record Layer(String name, List<Drawable> items) {

    public Layer {
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
    }
}

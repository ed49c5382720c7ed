package org.allianceatlas.export.render;

import java.util.List;
import java.util.Objects;

import org.allianceatlas.export.style.Rgb;

/**
 * A picture as a toolkit-neutral list of drawables, ready for any renderer (SVG, Java2D for PNG and PDF). All
 * coordinates are page units (see {@link PageSize}); every drawable lies within the page.
 *
 * @param background   page colour, or null for a transparent page
 * @param title        the picture's title (document metadata), or null
 * @param fontFamilies preferred font families, first available wins; the last is a generic family
 * @param scene        the graph part as decided once for every renderer (its drawables are in the layers), or null
 *                     when nothing is drawn
 */
public record RenderModel(double width, double height, Rgb background, String title, List<String> fontFamilies,
                          List<Layer> layers, Scene scene) {

    public RenderModel {
        Objects.requireNonNull(fontFamilies, "fontFamilies");
        fontFamilies = List.copyOf(fontFamilies);
        layers = List.copyOf(layers);
    }

    /** A picture with no scene (a map alone, a legend sample). */
    public RenderModel(double width, double height, Rgb background, String title, List<String> fontFamilies,
                       List<Layer> layers) {
        this(width, height, background, title, fontFamilies, layers, null);
    }

    /** The layer with the given name, or an empty one. */
    public Layer layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst().orElse(new Layer(name, List.of()));
    }

    /** Every drawable in drawing order. */
    public List<Drawable> drawables() {
        return layers.stream().flatMap(l -> l.items().stream()).toList();
    }
}

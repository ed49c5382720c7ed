package org.allianceatlas.export.render;

import java.util.List;

/**
 * The map of a picture: its layers, drawn first and in order ({@value MapLayers#SEA}, {@value MapLayers#LAND},
 * {@value MapLayers#BORDERS}, {@value MapLayers#DOTS}), and the legend rows that explain the alliance map's fills
 * (empty under the graph).
 */
public record MapPicture(List<Layer> layers, List<MapLegendEntry> legend) {

    public MapPicture {
        layers = List.copyOf(layers);
        legend = List.copyOf(legend);
    }

    /** No map. */
    public static MapPicture none() {
        return new MapPicture(List.of(), List.of());
    }
}

package org.allianceatlas.map;

import java.util.List;

/**
 * What a renderer draws for a year's map, in layout units and back to front: the {@code sphere} (the outline of the
 * Equal Earth world, filled as sea), the {@code shapes} (land: states and land of no state), the {@code coasts} and the
 * {@code borders} between states (each border once, however many shapes share it).
 */
public record MapDrawing(MapPath sphere, List<MapShape> shapes, MapPath coasts, MapPath borders) {

    public MapDrawing {
        shapes = List.copyOf(shapes);
    }
}

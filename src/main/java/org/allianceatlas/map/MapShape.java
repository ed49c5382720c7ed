package org.allianceatlas.map;

import java.util.Objects;

/**
 * One filled shape of a year's map: a state's territory (the union of the shapes it held that year), or land that
 * belongs to no state of the dataset in that year (a dependency such as Greenland, a colony before independence,
 * Antarctica, a disputed area).
 *
 * @param stateId the state's id, or null for land of no state
 * @param key     the state's id, or for land of no state the id of today's shape (an ISO 3166 alpha-3 code such as
 *                {@code GRL}, or a map-only id starting with {@code _}); unique within a map
 * @param path    closed rings in layout units
 * @param area    area in square layout units
 */
public record MapShape(String stateId, String key, MapPath path, double area) {

    public MapShape {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(path, "path");
        if (!path.closed()) {
            throw new IllegalArgumentException("a shape's path must be closed");
        }
    }

    public boolean isState() {
        return stateId != null;
    }
}

package org.allianceatlas.map;

import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.layout.EqualEarthProjection;
import org.allianceatlas.layout.Point;
import org.allianceatlas.model.Dataset;

/** The shipped map and dataset, loaded once for the map tests. */
public final class ShippedMap {

    private static Dataset dataset;

    private ShippedMap() {
    }

    public static synchronized Dataset dataset() {
        if (dataset == null) {
            var result = new DatasetLoader().load(DataInput.shipped());
            dataset = result.dataset();
        }
        return dataset;
    }

    public static WorldMap map() {
        return WorldMap.shipped();
    }

    public static YearMap year(int year) {
        return map().year(year, dataset());
    }

    /** A place in layout units. */
    public static Point at(double lat, double lon) {
        return EqualEarthProjection.project(lat, lon);
    }
}

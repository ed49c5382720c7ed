package org.allianceatlas.ui.filter;

import java.util.List;

import org.allianceatlas.model.Region;
import org.allianceatlas.model.Subregion;

/** A region and its sub-regions, as the region filter's tree shows them. */
public record RegionGroup(Region region, List<CheckItem<Subregion>> subregions) {

    public RegionGroup {
        subregions = List.copyOf(subregions);
    }
}

package org.allianceatlas.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * UN M49 sub-regions; for Africa and the Americas the M49 intermediate regions, which are the level users filter by
 * (M49's "Sub-Saharan Africa" and "Latin America and the Caribbean" are too coarse for that).
 */
public enum Subregion {
    NORTHERN_AFRICA("Northern Africa", Region.AFRICA),
    EASTERN_AFRICA("Eastern Africa", Region.AFRICA),
    MIDDLE_AFRICA("Middle Africa", Region.AFRICA),
    SOUTHERN_AFRICA("Southern Africa", Region.AFRICA),
    WESTERN_AFRICA("Western Africa", Region.AFRICA),
    CARIBBEAN("Caribbean", Region.AMERICAS),
    CENTRAL_AMERICA("Central America", Region.AMERICAS),
    SOUTH_AMERICA("South America", Region.AMERICAS),
    NORTHERN_AMERICA("Northern America", Region.AMERICAS),
    CENTRAL_ASIA("Central Asia", Region.ASIA),
    EASTERN_ASIA("Eastern Asia", Region.ASIA),
    SOUTH_EASTERN_ASIA("South-eastern Asia", Region.ASIA),
    SOUTHERN_ASIA("Southern Asia", Region.ASIA),
    WESTERN_ASIA("Western Asia", Region.ASIA),
    EASTERN_EUROPE("Eastern Europe", Region.EUROPE),
    NORTHERN_EUROPE("Northern Europe", Region.EUROPE),
    SOUTHERN_EUROPE("Southern Europe", Region.EUROPE),
    WESTERN_EUROPE("Western Europe", Region.EUROPE),
    AUSTRALIA_AND_NEW_ZEALAND("Australia and New Zealand", Region.OCEANIA),
    MELANESIA("Melanesia", Region.OCEANIA),
    MICRONESIA("Micronesia", Region.OCEANIA),
    POLYNESIA("Polynesia", Region.OCEANIA);

    private final String label;
    private final Region region;

    Subregion(String label, Region region) {
        this.label = label;
        this.region = region;
    }

    public String label() {
        return label;
    }

    public Region region() {
        return region;
    }

    /** Case-insensitive look-up by label, e.g. {@code "Northern Europe"}. */
    public static Optional<Subregion> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label)).findFirst();
    }
}

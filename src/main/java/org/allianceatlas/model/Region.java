package org.allianceatlas.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** UN M49 macro-regions. */
public enum Region {
    AFRICA("Africa"),
    AMERICAS("Americas"),
    ASIA("Asia"),
    EUROPE("Europe"),
    OCEANIA("Oceania");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    /** The name used in data files and shown to users, e.g. {@code "Europe"}. */
    public String label() {
        return label;
    }

    public List<Subregion> subregions() {
        return Arrays.stream(Subregion.values()).filter(s -> s.region() == this).toList();
    }

    /** Case-insensitive look-up by label. */
    public static Optional<Region> fromLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equalsIgnoreCase(label)).findFirst();
    }
}

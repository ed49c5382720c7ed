package org.allianceatlas.model;

import java.util.Objects;

/** Supplier → recipient of an arms transfer or of assistance. */
public record Direction(String from, String to) {
    public Direction {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}

package org.allianceatlas.analysis;

import org.allianceatlas.graph.Tie;

/**
 * One tie that differs between two years: added (in force in the later year only) or ended (in the earlier year
 * only). {@code year} is when it happened as far as the data says (the spell's start or end year), else the year
 * compared.
 */
public record Change(Kind kind, int year, Tie tie, String text) {

    public enum Kind {
        ADDED, ENDED
    }
}

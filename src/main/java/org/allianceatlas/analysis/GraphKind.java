package org.allianceatlas.analysis;

/** Which graph a metric is computed on. */
public enum GraphKind {
    /** States and organisations with membership and clause ties, as drawn. */
    TWO_MODE("two-mode graph (states and organisations)"),
    /** States only, tied when they share an organisation or a clause; weight = number of shared ties. */
    STATE_PROJECTION("state–state projection");

    private final String label;

    GraphKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

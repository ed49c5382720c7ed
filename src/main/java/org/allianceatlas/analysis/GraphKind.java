package org.allianceatlas.analysis;

/** Which graph a metric is computed on. */
public enum GraphKind {
    /** States and organisations with membership and clause ties, as drawn. */
    TWO_MODE("two-mode graph (states and organisations)",
            "Counted on the graph as drawn, so organisations have one too."),
    /** States only, tied when they share an organisation or a clause; weight = number of shared ties. */
    STATE_PROJECTION("state–state projection",
            "Computed on the state–state projection (two states tied when they share an organisation or a clause):"
                    + " organisations show —.");

    private final String label;
    private final String explanation;

    GraphKind(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** One sentence a non-specialist understands: what the graph is, and what that means for organisations. */
    public String explanation() {
        return explanation;
    }
}

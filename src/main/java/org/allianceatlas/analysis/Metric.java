package org.allianceatlas.analysis;

import org.allianceatlas.model.Keyed;

/** The centrality metrics of the metrics panel and the {@code metrics} command, each with a plain explanation. */
public enum Metric implements Keyed {
    DEGREE("Degree", GraphKind.TWO_MODE,
            "How many ties it has: memberships and clauses in force (for an organisation, its members)."),
    WEIGHTED_DEGREE("Weighted degree", GraphKind.STATE_PROJECTION,
            "How many shared organisations and clauses tie it to other states, summed over all partners."),
    BETWEENNESS("Betweenness", GraphKind.STATE_PROJECTION,
            "How often it lies on the shortest alignment path between two other states (0–1): a broker."),
    CLOSENESS("Closeness", GraphKind.STATE_PROJECTION,
            "How few steps it takes to reach the states it is connected to (0–1): being near the centre of its "
                    + "component."),
    PAGERANK("PageRank", GraphKind.STATE_PROJECTION,
            "Importance from being tied to other important states (sums to 1 over all states)."),
    EIGENVECTOR("Eigenvector", GraphKind.STATE_PROJECTION,
            "Like PageRank: high when its partners are themselves well connected (largest is 1)."),
    CLUSTERING("Clustering coefficient", GraphKind.STATE_PROJECTION,
            "How many of its partners are also tied to each other (0–1): 1 means its partners form a closed club."),
    CORENESS("Coreness (k-core)", GraphKind.STATE_PROJECTION,
            "The largest k such that it belongs to a group where every state has at least k partners in the group.");

    private final String label;
    private final GraphKind graph;
    private final String description;

    Metric(String label, GraphKind graph, String description) {
        this.label = label;
        this.graph = graph;
        this.description = description;
    }

    public String label() {
        return label;
    }

    /** The graph the metric is computed on. */
    public GraphKind graph() {
        return graph;
    }

    /** One sentence a non-specialist understands. */
    public String description() {
        return description;
    }

    /** True when organisations get a value too (two-mode metrics). */
    public boolean appliesToOrganisations() {
        return graph == GraphKind.TWO_MODE;
    }
}

package org.allianceatlas.graph;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;
import org.jgrapht.Graph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * What one {@link FilterCriteria} shows of an {@link AlignmentGraph}: a JGraphT {@link MaskSubgraph} over the full
 * graph (no copy) plus the visible vertex and tie sets in graph order. Immutable.
 */
public final class AlignmentView {

    private final AlignmentGraph source;
    private final FilterCriteria criteria;
    private final Set<Actor> vertices;
    private final Set<Tie> ties;
    private final Graph<Actor, Tie> graph;

    AlignmentView(AlignmentGraph source, FilterCriteria criteria, Set<Actor> vertices, Set<Tie> ties) {
        this.source = source;
        this.criteria = criteria;
        this.vertices = Collections.unmodifiableSet(vertices);
        this.ties = Collections.unmodifiableSet(ties);
        this.graph = new MaskSubgraph<>(source.graph(), v -> !vertices.contains(v), e -> !ties.contains(e));
    }

    /**
     * This view plus {@code extra} ties of the same graph and their ends (compare mode draws the ties of an earlier
     * year that ended on top of the later year's view). The criteria stay this view's.
     */
    public AlignmentView plus(Collection<? extends Tie> extra) {
        var v = new LinkedHashSet<Actor>(vertices);
        var t = new LinkedHashSet<Tie>(ties);
        for (var tie : extra) {
            if (t.add(tie)) {
                v.add(source.graph().getEdgeSource(tie));
                v.add(source.graph().getEdgeTarget(tie));
            }
        }
        return new AlignmentView(source, criteria, v, t);
    }

    public AlignmentGraph source() {
        return source;
    }

    public FilterCriteria criteria() {
        return criteria;
    }

    /** The visible part of the graph, as a read-only JGraphT view. */
    public Graph<Actor, Tie> graph() {
        return graph;
    }

    /** Visible vertices (states and organisations). Membership is O(1). */
    public Set<Actor> vertices() {
        return vertices;
    }

    /** Visible ties. Membership is O(1). */
    public Set<Tie> ties() {
        return ties;
    }

    public boolean contains(Actor a) {
        return vertices.contains(a);
    }

    public List<State> states() {
        return vertices.stream().filter(State.class::isInstance).map(State.class::cast).toList();
    }

    public List<Organisation> organisations() {
        return vertices.stream().filter(Organisation.class::isInstance).map(Organisation.class::cast).toList();
    }

    public List<MembershipTie> membershipTies() {
        return ties.stream().filter(MembershipTie.class::isInstance).map(MembershipTie.class::cast).toList();
    }

    public List<ClauseTie> clauseTies() {
        return ties.stream().filter(ClauseTie.class::isInstance).map(ClauseTie.class::cast).toList();
    }

    /** The two ends of a visible tie. */
    public Actor first(Tie t) {
        return source.graph().getEdgeSource(t);
    }

    public Actor second(Tie t) {
        return source.graph().getEdgeTarget(t);
    }
}

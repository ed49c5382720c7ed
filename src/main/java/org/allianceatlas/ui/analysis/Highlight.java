package org.allianceatlas.ui.analysis;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.StateLink;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Actor;

/**
 * What the canvas should highlight for a bloc, a path or a bridge: actors and ties of one view. Analyses speak of
 * states and state–state links (the projection); the canvas draws organisations and ties, so a link "GRC – FRA via
 * nato, fra-grc-2021" becomes the two states, the organisation {@code nato} with both membership ties, and the clause
 * tie of {@code fra-grc-2021}. Only what the view contains is included.
 *
 * @param actors states and organisations to highlight
 * @param ties   ties to highlight
 */
public record Highlight(Set<Actor> actors, Set<Tie> ties) {

    public static final Highlight NONE = new Highlight(Set.of(), Set.of());

    public Highlight {
        actors = Set.copyOf(actors);
        ties = Set.copyOf(ties);
    }

    public boolean isEmpty() {
        return actors.isEmpty() && ties.isEmpty();
    }

    /** The states with these ids that the view contains. */
    public static Highlight ofStates(AlignmentView view, Collection<String> stateIds) {
        var actors = new LinkedHashSet<Actor>();
        for (var s : view.states()) {
            if (stateIds.contains(s.id())) {
                actors.add(s);
            }
        }
        return new Highlight(actors, Set.of());
    }

    /** The states of {@code links} and, for each link, the organisations and clause ties that make it. */
    public static Highlight ofLinks(AlignmentView view, Collection<StateLink> links) {
        var actors = new LinkedHashSet<Actor>();
        var ties = new LinkedHashSet<Tie>();
        for (var link : links) {
            addLink(view, link.first(), link.second(), link.reasons(), actors, ties);
        }
        return new Highlight(actors, ties);
    }

    /** Adds the two states of a hop and what ties them ({@code reasons}: organisation and clause ids). */
    static void addLink(AlignmentView view, String a, String b, Collection<String> reasons, Set<Actor> actors,
                        Set<Tie> ties) {
        for (var s : view.states()) {
            if (s.id().equals(a) || s.id().equals(b)) {
                actors.add(s);
            }
        }
        for (var t : view.ties()) {
            if (t instanceof MembershipTie m && reasons.contains(m.organisation().id())
                    && (m.membership().stateId().equals(a) || m.membership().stateId().equals(b))) {
                ties.add(t);
                actors.add(m.organisation());
            } else if (t instanceof ClauseTie c && reasons.contains(c.clause().id())
                    && (c.first().equals(a) && c.second().equals(b) || c.first().equals(b) && c.second().equals(a))) {
                ties.add(t);
            }
        }
    }
}

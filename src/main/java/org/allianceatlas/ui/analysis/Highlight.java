package org.allianceatlas.ui.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.StateLink;
import org.allianceatlas.graph.StateProjection;
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

    /**
     * The states with these ids that the view contains and the links among them: every organisation both ends of a
     * pair belong to, with the two memberships, and every clause tie between two of them — what makes a clique or a
     * community hang together. Links to states outside the set are left out.
     */
    public static Highlight ofMembers(AlignmentView view, Collection<String> stateIds) {
        var members = Set.copyOf(stateIds);
        var links = StateProjection.of(view).graph().edgeSet().stream()
                .filter(l -> members.contains(l.first()) && members.contains(l.second()))
                .map(l -> new Hop(l.first(), l.second(), l.reasons()))
                .toList();
        var states = ofStates(view, members);
        var ties = of(view, links);
        var actors = new LinkedHashSet<Actor>(states.actors());
        actors.addAll(ties.actors());
        return new Highlight(actors, ties.ties());
    }

    /** The states of {@code links} and, for each link, the organisations and clause ties that make it. */
    public static Highlight ofLinks(AlignmentView view, Collection<StateLink> links) {
        return of(view, links.stream().map(l -> new Hop(l.first(), l.second(), l.reasons())).toList());
    }

    /**
     * Two states and what ties them.
     *
     * @param reasons organisation and clause ids, as in a {@link StateLink} or a path hop
     */
    record Hop(String a, String b, Collection<String> reasons) {
    }

    /**
     * The states of the hops and what ties each pair, in one pass over the view's ties (a community's links are
     * hundreds, the view's ties thousands: this runs on the FX thread at each redraw).
     */
    static Highlight of(AlignmentView view, Collection<Hop> hops) {
        var stateIds = new HashSet<String>();
        var reasonsOfState = new HashMap<String, Set<String>>();
        var clausePairs = new HashSet<String>();
        for (var h : hops) {
            stateIds.add(h.a());
            stateIds.add(h.b());
            reasonsOfState.computeIfAbsent(h.a(), k -> new HashSet<>()).addAll(h.reasons());
            reasonsOfState.computeIfAbsent(h.b(), k -> new HashSet<>()).addAll(h.reasons());
            for (var r : h.reasons()) {
                clausePairs.add(pairKey(r, h.a(), h.b()));
            }
        }
        var actors = new LinkedHashSet<Actor>();
        var ties = new LinkedHashSet<Tie>();
        for (var s : view.states()) {
            if (stateIds.contains(s.id())) {
                actors.add(s);
            }
        }
        for (var t : view.ties()) {
            if (t instanceof MembershipTie m && reasonsOfState.getOrDefault(m.membership().stateId(), Set.of())
                    .contains(m.organisation().id())) {
                ties.add(t);
                actors.add(m.organisation());
            } else if (t instanceof ClauseTie c && clausePairs.contains(pairKey(c.clause().id(), c.first(),
                    c.second()))) {
                ties.add(t);
            }
        }
        return new Highlight(actors, ties);
    }

    private static String pairKey(String reason, String a, String b) {
        return a.compareTo(b) < 0 ? reason + "|" + a + "|" + b : reason + "|" + b + "|" + a;
    }
}

package org.allianceatlas.export.render;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.State;

/**
 * What an analysis lays over the picture of a view: a highlight (a hovered or selected vertex and its neighbourhood, a
 * bloc, a path) that dims everything else, comparison colours for ties, vertex sizes by a metric and state fills by
 * community. One immutable value, applied in one call; {@link #NONE} draws the view as its style says.
 *
 * @param highlightedActors  actors drawn highlighted; with {@code highlightedTies}, when either is non-empty, every
 *                           other vertex, tie and label is drawn dimmed
 * @param tieLooks           ties drawn in a look of their own (compare mode), above every other tie
 * @param stateRadii         radii of state discs, symbol units, for "size by a metric"; states left out keep the
 *                           style's radius
 * @param organisationSizes  half sides of organisation squares, symbol units; organisations left out are sized by
 *                           their visible members
 * @param communities        the community of each state (1 = the largest) while states are coloured by community;
 *                           empty: by region
 */
public record Overlay(Set<Actor> highlightedActors, Set<Tie> highlightedTies, Map<Tie, TieLook> tieLooks,
                      Map<Actor, Double> stateRadii, Map<Actor, Double> organisationSizes,
                      Map<State, Integer> communities) {

    /** No highlight, no comparison, sizes and colours from the style. */
    public static final Overlay NONE = new Overlay(Set.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public Overlay {
        highlightedActors = Set.copyOf(Objects.requireNonNull(highlightedActors, "highlightedActors"));
        highlightedTies = Set.copyOf(Objects.requireNonNull(highlightedTies, "highlightedTies"));
        tieLooks = Map.copyOf(tieLooks);
        stateRadii = Map.copyOf(stateRadii);
        organisationSizes = Map.copyOf(organisationSizes);
        communities = Map.copyOf(communities);
    }

    /** True while something is highlighted: everything else is drawn dimmed. */
    public boolean highlighting() {
        return !highlightedActors.isEmpty() || !highlightedTies.isEmpty();
    }

    public Overlay withHighlight(Set<? extends Actor> actors, Set<? extends Tie> ties) {
        return new Overlay(Set.copyOf(actors), Set.copyOf(ties), tieLooks, stateRadii, organisationSizes,
                communities);
    }

    public Overlay withTieLooks(Map<? extends Tie, TieLook> looks) {
        return new Overlay(highlightedActors, highlightedTies, Map.copyOf(looks), stateRadii, organisationSizes,
                communities);
    }

    public Overlay withSizes(Map<? extends Actor, Double> states, Map<? extends Actor, Double> organisations) {
        return new Overlay(highlightedActors, highlightedTies, tieLooks, Map.copyOf(states), Map.copyOf(organisations),
                communities);
    }

    public Overlay withCommunities(Map<State, Integer> communityOfState) {
        return new Overlay(highlightedActors, highlightedTies, tieLooks, stateRadii, organisationSizes,
                communityOfState);
    }
}

package org.allianceatlas.export.render;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What map a picture draws: the mode, the year, and for the alliance map the organisations to colour and, in compare
 * mode, the earlier year.
 *
 * @param organisations organisation ids in colour order; empty for the default choice
 *                      ({@link org.allianceatlas.map.AllianceFills#defaultOrganisations})
 * @param inView        the states the view shows (only they are coloured, and the default choice counts only them),
 *                      or null for every state
 * @param compareFrom   the earlier year of a comparison (fills say who joined and who left since), or null
 */
public record MapRequest(MapMode mode, int year, List<String> organisations, Set<String> inView, Integer compareFrom) {

    public MapRequest {
        Objects.requireNonNull(mode, "mode");
        organisations = List.copyOf(organisations);
        inView = inView == null ? null : Set.copyOf(inView);
    }

    /** Land, sea and borders under the graph, for {@code year}. */
    public static MapRequest underGraph(int year) {
        return new MapRequest(MapMode.UNDER_GRAPH, year, List.of(), null, null);
    }

    /** The alliance map of {@code year} with the given organisations (none: the default choice). */
    public static MapRequest alliances(int year, List<String> organisations) {
        return new MapRequest(MapMode.ALLIANCES, year, organisations, null, null);
    }

    public MapRequest withInView(Set<String> states) {
        return new MapRequest(mode, year, organisations, states, compareFrom);
    }

    public MapRequest comparedWith(int earlierYear) {
        return new MapRequest(mode, year, organisations, inView, earlierYear);
    }
}

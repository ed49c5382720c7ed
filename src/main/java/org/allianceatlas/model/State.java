package org.allianceatlas.model;

import java.util.Objects;

/**
 * A state, identified by its ISO 3166 alpha-3 code (or a former or project code for historical states, see
 * docs/data.md). {@code existence} is null for states that exist throughout the covered period; historical and new
 * states carry their start and end.
 *
 * @param lat     capital latitude, decimal degrees
 * @param lon     capital longitude, decimal degrees
 * @param cowCode Correlates of War state code, or null
 */
public record State(String id, String name, Region region, Subregion subregion, String capital, double lat,
                    double lon, Integer cowCode, YearSpan existence, String note) implements Actor {

    public State {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subregion, "subregion");
        region = subregion.region();
    }

    /** True when the state exists on 31 December of {@code year}. */
    public boolean existsIn(int year) {
        return existence == null || existence.activeIn(year);
    }

    /** This state with another existence span ({@code null}: it exists throughout). */
    public State withExistence(YearSpan span) {
        return new State(id, name, region, subregion, capital, lat, lon, cowCode, span, note);
    }

    @Override
    public String shortLabel() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof State s && s.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}

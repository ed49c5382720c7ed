package org.allianceatlas.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A state, identified by its ISO 3166 alpha-3 code (or a former or project code for historical states, see
 * docs/data.md). {@code existence} is null for states that exist throughout the covered period; historical and new
 * states carry their start and end.
 *
 * @param lat     capital latitude, decimal degrees
 * @param lon     capital longitude, decimal degrees
 * @param cowCode Correlates of War state code, or null
 * @param name    the current name (for a historical state, its last name); {@link #nameIn} gives the name of a year
 * @param names   the dated names the state bore under this id (West Germany for {@code DEU}), sorted by start and not
 *                overlapping; empty when the name never changed
 */
public record State(String id, String name, Region region, Subregion subregion, String capital, double lat,
                    double lon, Integer cowCode, YearSpan existence, String note, List<StateName> names)
        implements Actor {

    public State {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subregion, "subregion");
        region = subregion.region();
        names = names == null ? List.of()
                : names.stream().sorted(Comparator.comparing((StateName n) -> n.span().start())).toList();
    }

    /** A state that was never renamed (no dated names). */
    public State(String id, String name, Region region, Subregion subregion, String capital, double lat, double lon,
                 Integer cowCode, YearSpan existence, String note) {
        this(id, name, region, subregion, capital, lat, lon, cowCode, existence, note, List.of());
    }

    /**
     * The dated name in force on 31 December of {@code year} (the year rule of {@link YearSpan}): West Germany for
     * {@code DEU} in 1985, none in 1990 (united on 1990-10-03). Empty when no dated name covers the year.
     */
    public Optional<StateName> datedNameIn(int year) {
        return names.stream().filter(n -> n.span().activeIn(year)).findFirst();
    }

    /**
     * The name in force on 31 December of {@code year}: "West Germany" for {@code DEU} in 1985, "Germany" in 2000,
     * "Zaire" for {@code COD} in 1990. Falls back to {@link #name()} when no dated name covers the year.
     */
    @Override
    public String nameIn(int year) {
        return datedNameIn(year).map(StateName::name).orElse(name);
    }

    /** True when the state exists on 31 December of {@code year}. */
    public boolean existsIn(int year) {
        return existence == null || existence.activeIn(year);
    }

    /** This state with another existence span ({@code null}: it exists throughout). */
    public State withExistence(YearSpan span) {
        return new State(id, name, region, subregion, capital, lat, lon, cowCode, span, note, names);
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

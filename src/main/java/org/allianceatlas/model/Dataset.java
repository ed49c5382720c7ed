package org.allianceatlas.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A loaded, validated dataset: states, organisations, memberships and clauses, in file order. Immutable; indexes
 * by id and by state/organisation are built once.
 *
 * <p>Invariant (ensured by the loader, which refuses data with errors): every membership and clause refers to
 * states and organisations in the dataset.
 */
public final class Dataset {

    private final Map<String, State> states;
    private final Map<String, Organisation> organisations;
    private final List<Membership> memberships;
    private final Map<String, Clause> clauses;
    private final Map<String, List<Membership>> membershipsByState;
    private final Map<String, List<Membership>> membershipsByOrganisation;
    private final Map<String, List<Clause>> clausesByState;

    private Dataset(Collection<State> states, Collection<Organisation> organisations,
                    Collection<Membership> memberships, Collection<Clause> clauses) {
        this.states = index(states, State::id);
        this.organisations = index(organisations, Organisation::id);
        this.memberships = List.copyOf(memberships);
        this.clauses = index(clauses, Clause::id);
        this.membershipsByState = group(this.memberships, Membership::stateId);
        this.membershipsByOrganisation = group(this.memberships, Membership::organisationId);
        var byState = new LinkedHashMap<String, List<Clause>>();
        for (var c : this.clauses.values()) {
            for (var p : c.parties()) {
                byState.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            }
        }
        byState.replaceAll((k, v) -> List.copyOf(v));
        this.clausesByState = Collections.unmodifiableMap(byState);
    }

    public static Dataset of(Collection<State> states, Collection<Organisation> organisations,
                             Collection<Membership> memberships, Collection<Clause> clauses) {
        return new Dataset(states, organisations, memberships, clauses);
    }

    public static Dataset empty() {
        return new Dataset(List.of(), List.of(), List.of(), List.of());
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> id) {
        var map = new LinkedHashMap<String, T>();
        for (var item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, List<Membership>> group(List<Membership> ms, Function<Membership, String> key) {
        return Collections.unmodifiableMap(ms.stream().collect(
                Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toUnmodifiableList())));
    }

    public Collection<State> states() {
        return states.values();
    }

    public Collection<Organisation> organisations() {
        return organisations.values();
    }

    public List<Membership> memberships() {
        return memberships;
    }

    public Collection<Clause> clauses() {
        return clauses.values();
    }

    public Optional<State> state(String id) {
        return Optional.ofNullable(states.get(id));
    }

    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    public Optional<Clause> clause(String id) {
        return Optional.ofNullable(clauses.get(id));
    }

    /** An actor (state or organisation) by id. */
    public Optional<Actor> actor(String id) {
        return state(id).<Actor>map(s -> s).or(() -> organisation(id));
    }

    public List<Membership> membershipsOfState(String stateId) {
        return membershipsByState.getOrDefault(stateId, List.of());
    }

    public List<Membership> membershipsOfOrganisation(String organisationId) {
        return membershipsByOrganisation.getOrDefault(organisationId, List.of());
    }

    public List<Clause> clausesOfState(String stateId) {
        return clausesByState.getOrDefault(stateId, List.of());
    }

    /**
     * The first and last year the data speaks of (earliest start; latest start or end, whichever is later), or
     * {@code [year, year]} for an empty dataset.
     */
    public int[] yearRange(int fallbackYear) {
        var starts = Stream.concat(
                Stream.concat(memberships.stream().map(m -> m.span().start()),
                        clauses.values().stream().map(Clause::signed)),
                organisations.values().stream().map(o -> o.lifetime().start()));
        var stats = starts.mapToInt(PartialDate::year).summaryStatistics();
        if (stats.getCount() == 0) {
            return new int[] {fallbackYear, fallbackYear};
        }
        return new int[] {stats.getMin(), Math.max(stats.getMax(), fallbackYear)};
    }

    public int size() {
        return states.size() + organisations.size() + memberships.size() + clauses.size();
    }

    @Override
    public String toString() {
        return "Dataset[" + states.size() + " states, " + organisations.size() + " organisations, "
                + memberships.size() + " memberships, " + clauses.size() + " clauses]";
    }
}

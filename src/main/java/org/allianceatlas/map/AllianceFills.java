package org.allianceatlas.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.TieType;

/**
 * Which of a few chosen organisations each state belongs to in a year: what the alliance map colours. A state in two
 * of them has both, in the order of {@link #organisations()} (renderers split or hatch its fill); a state in none is
 * absent. Immutable.
 *
 * <p><b>Belonging</b> is a membership spell in force on 31 December of the year with a full role ({@link
 * #BELONGING_ROLES}: member, founder, lead, co-lead, participant); partners, associates, observers and beneficiaries
 * are not coloured.
 *
 * <p><b>Default choice</b> ({@link #defaultOrganisations}): among the organisations whose ties include mutual defence,
 * the one with the most member states in view first, then each time the one that adds the most states not coloured
 * yet (fewest overlaps: in Europe 1985 NATO, then the Warsaw Pact, rather than NATO, the EEC and the WEU), up to
 * {@value #DEFAULT_COUNT}, stopping when the next would add fewer than {@value #MIN_NEW_STATES} states. Ties are
 * broken by id, so the choice is deterministic.
 */
public final class AllianceFills {

    /** How many organisations the default choice takes at most. */
    public static final int DEFAULT_COUNT = 4;

    /** A default organisation must colour at least this many states that no earlier one colours. */
    public static final int MIN_NEW_STATES = 2;

    /** The roles that count as belonging to an organisation on the map. */
    public static final Set<Role> BELONGING_ROLES = Set.copyOf(EnumSet.of(Role.MEMBER, Role.FOUNDER, Role.LEAD,
            Role.CO_LEAD, Role.PARTICIPANT));

    private final int year;
    private final List<Organisation> organisations;
    private final Map<String, List<Organisation>> byState;

    private AllianceFills(int year, List<Organisation> organisations, Map<String, List<Organisation>> byState) {
        this.year = year;
        this.organisations = List.copyOf(organisations);
        this.byState = Map.copyOf(byState);
    }

    /**
     * The fills of {@code year}.
     *
     * @param organisationIds the chosen organisations in the order their colours are given; empty for the
     *                        {@linkplain #defaultOrganisations default choice}
     * @param inView          the states that may be coloured (the view's states), or null for every state
     * @throws IllegalArgumentException naming an id the dataset does not have
     */
    public static AllianceFills of(Dataset dataset, int year, List<String> organisationIds, Set<String> inView) {
        Objects.requireNonNull(dataset, "dataset");
        List<Organisation> chosen;
        if (organisationIds.isEmpty()) {
            chosen = defaultOrganisations(dataset, year, inView);
        } else {
            chosen = new ArrayList<>();
            for (var id : new LinkedHashSet<>(organisationIds)) {
                chosen.add(dataset.organisation(id).orElseThrow(() -> new IllegalArgumentException(
                        "no organisation '" + id + "' in the loaded data")));
            }
        }
        var byState = new LinkedHashMap<String, List<Organisation>>();
        for (var o : chosen) {
            for (var s : members(dataset, o, year, inView)) {
                byState.computeIfAbsent(s, k -> new ArrayList<>()).add(o);
            }
        }
        byState.replaceAll((k, v) -> List.copyOf(v));
        return new AllianceFills(year, chosen, byState);
    }

    /** The default choice of organisations for {@code year} and the states in view (null: all); see the class. */
    public static List<Organisation> defaultOrganisations(Dataset dataset, int year, Set<String> inView) {
        var candidates = new LinkedHashMap<Organisation, Set<String>>();
        dataset.organisations().stream()
                .filter(o -> o.existsIn(year) && o.tieTypes().contains(TieType.MUTUAL_DEFENCE))
                .sorted(Comparator.comparing(Organisation::id))
                .forEach(o -> candidates.put(o, members(dataset, o, year, inView)));
        var chosen = new ArrayList<Organisation>();
        var coloured = new HashSet<String>();
        while (chosen.size() < DEFAULT_COUNT) {
            Organisation best = null;
            int bestNew = MIN_NEW_STATES - 1;
            for (var c : candidates.entrySet()) {
                int added = (int) c.getValue().stream().filter(s -> !coloured.contains(s)).count();
                if (added > bestNew) {
                    best = c.getKey();
                    bestNew = added;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            coloured.addAll(candidates.remove(best));
        }
        return chosen;
    }

    /** The states belonging to {@code o} in {@code year} (see the class), among those in view (null: all). */
    static Set<String> members(Dataset dataset, Organisation o, int year, Set<String> inView) {
        var out = new LinkedHashSet<String>();
        for (var m : dataset.membershipsOfOrganisation(o.id())) {
            if (m.activeIn(year) && BELONGING_ROLES.contains(m.role())
                    && (inView == null || inView.contains(m.stateId()))) {
                out.add(m.stateId());
            }
        }
        return out;
    }

    public int year() {
        return year;
    }

    /** The organisations coloured, in colour order. */
    public List<Organisation> organisations() {
        return organisations;
    }

    /** The chosen organisations a state belongs to, in colour order; empty for none. */
    public List<Organisation> of(String stateId) {
        return byState.getOrDefault(stateId, List.of());
    }

    /** Every state that belongs to at least one chosen organisation, with its organisations. */
    public Map<String, List<Organisation>> byState() {
        return byState;
    }

    /**
     * The distinct combinations of organisations that states have, each once, ordered by their first organisation's
     * place then by size (a legend: "NATO", "NATO + EU", "EU"…).
     */
    public List<List<Organisation>> combinations() {
        var seen = new LinkedHashSet<>(byState.values());
        var list = new ArrayList<>(seen);
        list.sort(Comparator.<List<Organisation>>comparingInt(c -> organisations.indexOf(c.get(0)))
                .thenComparingInt(List::size)
                .thenComparing(c -> c.stream().map(Organisation::id).reduce("", String::concat)));
        return list;
    }
}

package org.allianceatlas.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Organisation;

/**
 * Who joined and who left chosen organisations between two years (compare mode on the alliance map), belonging as in
 * {@link AllianceFills}. Only states that exist in the later year are listed (the map drawn is that year's). Immutable.
 */
public final class AllianceChanges {

    /** What happened to one state. */
    public enum Change {
        /** Belongs to at least one chosen organisation it did not belong to, and left none. */
        JOINED,
        /** Left at least one, and joined none. */
        LEFT,
        /** Joined one and left another (Poland between 1985 and 2000: left the Warsaw Pact, joined NATO). */
        JOINED_AND_LEFT,
        /** Belongs to the same chosen organisations in both years. */
        STAYED
    }

    /** A state's change, with the organisations it joined and left. */
    public record StateChange(String stateId, Change change, List<Organisation> joined, List<Organisation> left,
                              List<Organisation> kept) {

        public StateChange {
            Objects.requireNonNull(change, "change");
            joined = List.copyOf(joined);
            left = List.copyOf(left);
            kept = List.copyOf(kept);
        }
    }

    private final int from;
    private final int to;
    private final List<Organisation> organisations;
    private final Map<String, StateChange> changes;

    private AllianceChanges(int from, int to, List<Organisation> organisations, Map<String, StateChange> changes) {
        this.from = from;
        this.to = to;
        this.organisations = List.copyOf(organisations);
        this.changes = Map.copyOf(changes);
    }

    /**
     * The changes from {@code from} to {@code to}.
     *
     * @param organisationIds the chosen organisations; empty for the default choice of {@code to} and of {@code from}
     *                        together (the later year's first)
     * @param inView          the states that may be coloured, or null for every state
     */
    public static AllianceChanges between(Dataset dataset, int from, int to, List<String> organisationIds,
                                          Set<String> inView) {
        var later = AllianceFills.of(dataset, to, organisationIds, inView);
        var orgs = new ArrayList<>(later.organisations());
        if (organisationIds.isEmpty()) {
            for (var o : AllianceFills.defaultOrganisations(dataset, from, inView)) {
                if (!orgs.contains(o) && orgs.size() < AllianceFills.DEFAULT_COUNT) {
                    orgs.add(o);
                }
            }
        }
        var ids = orgs.stream().map(Organisation::id).toList();
        var before = AllianceFills.of(dataset, from, ids, inView);
        var after = AllianceFills.of(dataset, to, ids, inView);
        var changes = new LinkedHashMap<String, StateChange>();
        for (var s : dataset.states()) {
            if (!s.existsIn(to) || inView != null && !inView.contains(s.id())) {
                continue;
            }
            var was = before.of(s.id());
            var is = after.of(s.id());
            if (was.isEmpty() && is.isEmpty()) {
                continue;
            }
            var joined = is.stream().filter(o -> !was.contains(o)).toList();
            var left = was.stream().filter(o -> !is.contains(o)).toList();
            var kept = is.stream().filter(was::contains).toList();
            Change change = joined.isEmpty() && left.isEmpty() ? Change.STAYED
                    : left.isEmpty() ? Change.JOINED : joined.isEmpty() ? Change.LEFT : Change.JOINED_AND_LEFT;
            changes.put(s.id(), new StateChange(s.id(), change, joined, left, kept));
        }
        return new AllianceChanges(from, to, orgs, changes);
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    /** The organisations compared. */
    public List<Organisation> organisations() {
        return organisations;
    }

    /** The change of every state of the later year that belonged to a compared organisation in either year. */
    public Map<String, StateChange> changes() {
        return changes;
    }

    /** A state's change, or null when it belonged to none of them in either year. */
    public StateChange of(String stateId) {
        return changes.get(stateId);
    }
}

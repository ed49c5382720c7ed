package org.allianceatlas.io.importers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;

/**
 * Turns the alliances read from a research dataset into our model: a bilateral alliance (exactly two states) becomes
 * one clause per obligation type; a multilateral one becomes an organisation carrying its obligation types, with one
 * membership per merged spell. States come from {@code knownStates} (the shipped data) where possible; others become
 * placeholder states, each reported with a warning.
 */
final class DatasetAssembler {

    private final ResearchDataset source;
    private final Map<String, State> knownStates;
    private final CowCrosswalk crosswalk;
    private final Map<String, Integer> cowCodeOf = new HashMap<>();
    private final List<Problem> problems;
    private final String file;

    DatasetAssembler(ResearchDataset source, Map<String, State> knownStates, CowCrosswalk crosswalk,
                     List<Problem> problems, String file) {
        this.source = source;
        this.knownStates = knownStates;
        this.crosswalk = crosswalk;
        this.problems = problems;
        this.file = file;
    }

    /** Remembers which COW code produced an ISO code, for placeholder states. */
    void sawCode(String iso3, int cow) {
        cowCodeOf.putIfAbsent(iso3, cow);
    }

    /**
     * @param version the dataset's version as its files state it, or null: how every imported item is cited
     */
    Dataset assemble(Collection<AllianceBuilder> alliances, String version) {
        Map<String, State> states = new LinkedHashMap<>();
        var organisations = new ArrayList<Organisation>();
        var memberships = new ArrayList<Membership>();
        var clauses = new ArrayList<Clause>();
        for (var a : alliances) {
            if (a.spellsByState.isEmpty()) {
                continue;
            }
            a.spellsByState.keySet().forEach(iso -> states.computeIfAbsent(iso, this::state));
            var types = !a.obligations.isEmpty() ? a.obligations
                    : Set.of(a.classifiedAs != null ? a.classifiedAs : TieType.CONSULTATION);
            if (a.obligations.isEmpty()) {
                problems.add(Problem.ofFile(Severity.WARNING, file, source.label() + " alliance " + a.allianceId
                        + " has no obligation flag set; imported as " + describe(types) + (a.classifiedAs == null ? ""
                        : ", as its " + source.label() + " type '" + a.classification + "' says")));
            }
            if (a.isBilateral()) {
                clauses.addAll(clauses(a, types, version));
            } else {
                var id = source.organisationId(a.allianceId);
                var lifetime = a.lifetime();
                organisations.add(new Organisation(id, source.organisationName(a.allianceId),
                        source.label() + " " + a.allianceId, OrganisationKind.ALLIANCE, lifetime, types, false, null,
                        description(a, types), null, List.of(source.source(version, a.allianceId, null)), null));
                for (var e : a.spellsByState.entrySet()) {
                    for (var spell : Spell.merge(e.getValue())) {
                        memberships.add(new Membership(e.getKey(), id, spell.span(), Role.MEMBER,
                                List.of(source.source(version, a.allianceId, spell.rowRef())), null, false));
                    }
                }
            }
        }
        widenExistence(states, memberships, clauses);
        return Dataset.of(states.values(), organisations, memberships, clauses);
    }

    /**
     * A known state may not cover an imported spell: COW counts Morocco (600) from 1847 and Serbia (345) from 1878,
     * while the shipped data starts MAR in 1956 and SRB in 2006 (one span per state). The state's existence is then
     * widened to cover what the research data says, with a warning, so the imported data stays valid.
     */
    private void widenExistence(Map<String, State> states, List<Membership> memberships, List<Clause> clauses) {
        var needed = new HashMap<String, YearSpan>();
        for (var m : memberships) {
            needed.merge(m.stateId(), m.span(), YearSpans::hull);
        }
        for (var c : clauses) {
            var span = new YearSpan(c.signed(), c.end());
            c.parties().forEach(p -> needed.merge(p, span, YearSpans::hull));
        }
        for (var e : needed.entrySet()) {
            var state = states.get(e.getKey());
            if (state == null || state.existence() == null) {
                continue;
            }
            var wider = YearSpans.hull(state.existence(), e.getValue());
            if (!wider.equals(state.existence())) {
                states.put(state.id(), state.withExistence(wider));
                problems.add(Problem.ofFile(Severity.WARNING, file, "state " + state.id() + " exists "
                        + state.existence() + " in the loaded data but " + source.label() + " has it in alliances "
                        + e.getValue() + "; its existence is widened to " + wider + " for this import"));
            }
        }
    }

    private List<Clause> clauses(AllianceBuilder a, Set<TieType> types, String version) {
        var parties = new ArrayList<>(a.spellsByState.keySet());
        var lifetime = a.lifetime();
        var refs = new ArrayList<String>();
        boolean gap = false;
        for (var spells : a.spellsByState.values()) {
            var merged = Spell.merge(spells);
            gap |= merged.size() > 1;
            merged.forEach(s -> refs.add(s.rowRef()));
        }
        var note = gap ? "A party left and rejoined; the clause spans the whole period." : null;
        var result = new ArrayList<Clause>();
        for (var t : types) {
            result.add(new Clause(source.clauseId(a.allianceId, t.key()), source.organisationName(a.allianceId) + " ("
                    + t.label().toLowerCase(java.util.Locale.ROOT) + ")", parties, t, lifetime.start(), null,
                    lifetime.end(), null, true, null,
                    List.of(source.source(version, a.allianceId, String.join(", ", refs))), note, false));
        }
        return result;
    }

    /** "COW alliance 227 (mutual defence; COW type: Type I: Defense Pact)". */
    private String description(AllianceBuilder a, Set<TieType> types) {
        return source.label() + " alliance " + a.allianceId + " (" + describe(types)
                + (a.classification == null ? "" : "; " + source.label() + " type: " + a.classification) + ")";
    }

    private static String describe(Set<TieType> types) {
        return String.join(", ", types.stream().map(t -> t.label().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    private State state(String iso3) {
        var known = knownStates.get(iso3);
        if (known != null) {
            return known;
        }
        var cow = cowCodeOf.get(iso3);
        var entry = cow == null ? null : crosswalk.entry(cow).orElse(null);
        var sub = StatePlaceholders.subregionOf(cow == null ? 999 : cow);
        var centre = StatePlaceholders.centreOf(sub);
        var name = entry != null && !entry.name().isBlank() ? entry.name() : iso3;
        problems.add(Problem.ofFile(Severity.WARNING, file, "state " + iso3 + " (" + name + ", COW " + cow
                + ") is not in the loaded data; placed at the centre of " + sub.label()
                + " — add it to a states file for an accurate position"));
        return new State(iso3, name, sub.region(), sub, null, centre[0], centre[1], cow, entry == null ? null
                : YearSpan.from(org.allianceatlas.model.PartialDate.ofYear(entry.from())), "Placeholder created by the "
                + source.label() + " import.");
    }
}

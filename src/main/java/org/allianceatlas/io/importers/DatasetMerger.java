package org.allianceatlas.io.importers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;

/**
 * Merges imported research data with a base dataset (usually the shipped data). Where both describe the same
 * organisation or clause (same id — e.g. ATOP 3180 is mapped to {@code nato}), one side wins whole, with all its
 * memberships, and every such conflict is reported with what the losing side said differently. States: the base's
 * description is kept, with its existence widened where the import needs it (the assembler reported that);
 * imported-only states are added.
 */
public final class DatasetMerger {

    /** Which side wins where both describe the same organisation or clause. */
    public enum Precedence {
        BASE, IMPORTED
    }

    /** The merged dataset and one warning per conflict. */
    public record MergeResult(Dataset dataset, List<Problem> conflicts) {
        public MergeResult {
            conflicts = List.copyOf(conflicts);
        }
    }

    public MergeResult merge(Dataset base, Dataset imported, Precedence precedence, String importedName) {
        var conflicts = new ArrayList<Problem>();
        var states = new LinkedHashMap<String, State>();
        base.states().forEach(s -> states.put(s.id(), s));
        for (var s : imported.states()) {
            var known = states.get(s.id());
            if (known == null) {
                states.put(s.id(), s);
                continue;
            }
            // The import may have widened a state's existence to cover its alliances (DatasetAssembler): keep the
            // base's description with the wider span (no span: the state exists throughout).
            var wider = known.existence() == null || s.existence() == null ? null
                    : YearSpans.hull(known.existence(), s.existence());
            if (!Objects.equals(wider, known.existence())) {
                states.put(s.id(), known.withExistence(wider));
            }
        }

        var winner = precedence == Precedence.BASE ? base : imported;
        var loser = precedence == Precedence.BASE ? imported : base;
        var winnerName = precedence == Precedence.BASE ? "the loaded data" : importedName;
        var loserName = precedence == Precedence.BASE ? importedName : "the loaded data";

        var organisations = new LinkedHashMap<String, Organisation>();
        base.organisations().forEach(o -> organisations.put(o.id(), o));
        for (var o : imported.organisations()) {
            if (organisations.containsKey(o.id())) {
                organisations.put(o.id(), winner.organisation(o.id()).orElseThrow());
                conflicts.add(conflict(o.id(), winner, loser, winnerName, loserName, importedName));
            } else {
                organisations.put(o.id(), o);
            }
        }
        var memberships = new ArrayList<Membership>();
        for (var m : base.memberships()) {
            if (!imported.organisation(m.organisationId()).isPresent() || precedence == Precedence.BASE) {
                memberships.add(m);
            }
        }
        for (var m : imported.memberships()) {
            if (!base.organisation(m.organisationId()).isPresent() || precedence == Precedence.IMPORTED) {
                memberships.add(m);
            }
        }
        var clauses = new LinkedHashMap<String, Clause>();
        base.clauses().forEach(c -> clauses.put(c.id(), c));
        for (var c : imported.clauses()) {
            if (clauses.containsKey(c.id())) {
                clauses.put(c.id(), winner.clause(c.id()).orElseThrow());
                conflicts.add(Problem.ofFile(Severity.WARNING, importedName, "clause " + c.id()
                        + " is described by both; using " + winnerName));
            } else {
                clauses.put(c.id(), c);
            }
        }
        return new MergeResult(Dataset.of(states.values(), organisations.values(), memberships, clauses.values()),
                conflicts);
    }

    private static Problem conflict(String id, Dataset winner, Dataset loser, String winnerName, String loserName,
                                    String file) {
        Set<String> w = members(winner, id);
        Set<String> l = members(loser, id);
        var onlyLoser = new TreeSet<>(l);
        onlyLoser.removeAll(w);
        var onlyWinner = new TreeSet<>(w);
        onlyWinner.removeAll(l);
        var msg = new StringBuilder("organisation " + id + " is described by both " + winnerName + " and "
                + loserName + "; using " + winnerName + " (" + winner.membershipsOfOrganisation(id).size()
                + " memberships) and dropping " + loser.membershipsOfOrganisation(id).size() + " from " + loserName);
        if (!onlyLoser.isEmpty()) {
            msg.append("; members only in ").append(loserName).append(": ").append(String.join(" ", onlyLoser));
        }
        if (!onlyWinner.isEmpty()) {
            msg.append("; members only in ").append(winnerName).append(": ").append(String.join(" ", onlyWinner));
        }
        return Problem.ofFile(Severity.WARNING, file, msg.toString());
    }

    private static Set<String> members(Dataset d, String org) {
        return d.membershipsOfOrganisation(org).stream().map(Membership::stateId)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

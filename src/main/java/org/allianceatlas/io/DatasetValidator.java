package org.allianceatlas.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.allianceatlas.io.JsonValue.JsonArray;
import org.allianceatlas.io.JsonValue.JsonString;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.Source;
import org.allianceatlas.model.State;
import org.allianceatlas.model.YearSpan;

/**
 * The checks that look across entries and files: duplicate ids (a later file may not redefine a state,
 * organisation, clause or source of an earlier one, e.g. a user file a shipped one), references to unknown states,
 * organisations or parents, memberships outside their organisation's lifetime or their state's existence, and
 * overlapping spells of one state in one organisation.
 */
final class DatasetValidator {

    private final List<Problem> problems;

    /** @param problems where every problem found is added */
    DatasetValidator(List<Problem> problems) {
        this.problems = problems;
    }

    /** The named sources by id, first definition first; a second definition of an id is reported. */
    Map<String, Source> indexSources(List<Located<Source>> sources) {
        var index = firstById(sources, Source::id, "source");
        var result = new LinkedHashMap<String, Source>();
        index.forEach((id, located) -> result.put(id, located.value()));
        return result;
    }

    /** What survives validation: the first definition of each id, in load order. */
    record Checked(List<State> states, List<Organisation> organisations, List<Membership> memberships,
                   List<Clause> clauses) {
    }

    /** Runs every cross-check over the content of all files, in load order. */
    Checked validate(List<FileContent> files) {
        var states = firstById(collect(files, FileContent::states), State::id, "state");
        var organisations = firstById(collect(files, FileContent::organisations), Organisation::id, "organisation");
        var clauses = firstById(collect(files, FileContent::clauses), Clause::id, "clause");
        var memberships = collect(files, FileContent::memberships);
        for (var o : organisations.values()) {
            checkParent(o, organisations);
        }
        reportParentCycles(organisations);
        for (var m : memberships) {
            checkMembership(m, states, organisations);
        }
        checkOverlaps(memberships);
        for (var c : clauses.values()) {
            checkParties(c, states);
        }
        return new Checked(values(states), values(organisations), memberships.stream().map(Located::value).toList(),
                values(clauses));
    }

    private static <T> List<T> values(Map<String, Located<T>> index) {
        return index.values().stream().map(Located::value).toList();
    }

    private static <T> List<Located<T>> collect(List<FileContent> files, Function<FileContent, List<Located<T>>> part) {
        return files.stream().flatMap(f -> part.apply(f).stream()).toList();
    }

    /** Indexes by id keeping the first; each later definition is an error that names the first. */
    private <T> Map<String, Located<T>> firstById(List<Located<T>> items, Function<T, String> id, String what) {
        var index = new LinkedHashMap<String, Located<T>>();
        for (var item : items) {
            var key = id.apply(item.value());
            var first = index.putIfAbsent(key, item);
            if (first != null) {
                problems.add(item.location().error(what + " '" + key + "' is already defined at "
                        + first.location().shortForm() + "; a file may not redefine it: remove this definition, or "
                        + "give it another id"));
            }
        }
        return index;
    }

    private void checkParent(Located<Organisation> o, Map<String, Located<Organisation>> organisations) {
        var parent = o.value().parent();
        if (parent == null) {
            return;
        }
        if (parent.equals(o.value().id())) {
            problems.add(o.at("parent").error("organisation '" + parent + "' cannot be its own parent"));
        } else if (!organisations.containsKey(parent)) {
            problems.add(o.at("parent").error(unknown("organisation", parent, organisations.keySet())
                    + ": define it under \"organisations\" or fix the parent id"));
        }
    }

    /**
     * Reports each cycle of parents longer than one (a → b → c → a; an organisation that is its own parent is
     * reported by {@link #checkParent}) once, at the parent of its member defined first. Every organisation is
     * walked once: O(n).
     */
    private void reportParentCycles(Map<String, Located<Organisation>> organisations) {
        var order = new HashMap<String, Integer>();
        organisations.keySet().forEach(id -> order.put(id, order.size()));
        var done = new HashSet<String>();
        for (var start : organisations.keySet()) {
            var walk = new LinkedHashMap<String, Integer>(); // id → position on this walk
            var id = start;
            while (id != null && !done.contains(id) && !walk.containsKey(id) && organisations.containsKey(id)) {
                walk.put(id, walk.size());
                id = organisations.get(id).value().parent();
            }
            if (id != null && walk.containsKey(id)) {
                var cycle = walk.keySet().stream().skip(walk.get(id)).toList();
                if (cycle.size() > 1) {
                    var first = cycle.stream().min(Comparator.comparing(order::get)).orElseThrow();
                    int at = cycle.indexOf(first);
                    var names = new ArrayList<String>();
                    for (int i = 0; i <= cycle.size(); i++) {
                        names.add("'" + cycle.get((at + i) % cycle.size()) + "'");
                    }
                    problems.add(organisations.get(first).at("parent").error("the parents of " + String.join(" → ",
                            names) + " form a cycle: an organisation cannot be its own ancestor; remove or change "
                            + "one of these parents"));
                }
            }
            done.addAll(walk.keySet());
        }
    }

    private static String unknown(String what, String id, Collection<String> known) {
        return "unknown " + what + " '" + id + "'" + ClosestNames.hint(id, known);
    }

    private void checkMembership(Located<Membership> located, Map<String, Located<State>> states,
                                 Map<String, Located<Organisation>> organisations) {
        var m = located.value();
        var state = states.get(m.stateId());
        if (state == null) {
            problems.add(located.at("state").error(unknown("state", m.stateId(), states.keySet())
                    + ": define it under \"states\" or fix the id"));
        }
        var organisation = organisations.get(m.organisationId());
        // An embedded membership (in an organisation's members) names no organisation; if its organisation could
        // not be read, that has been reported already.
        if (organisation == null && located.has("organisation")) {
            problems.add(located.at("organisation").error(unknown("organisation", m.organisationId(),
                    organisations.keySet()) + ": define it under \"organisations\" or fix the id"));
        }
        var who = m.stateId() + " in " + m.organisationId();
        if (organisation != null) {
            var o = organisation.value();
            checkInside(located, o.lifetime(), "membership of " + who, "'" + o.id() + "' was founded",
                    "'" + o.id() + "' was dissolved");
        }
        if (state != null && state.value().existence() != null) {
            checkInside(located, state.value().existence(), "membership of " + who,
                    m.stateId() + " came into existence", m.stateId() + " ceased to exist");
        }
    }

    /** Reports a spell that is not inside {@code outer}, at the end of the spell that sticks out. */
    private void checkInside(Located<Membership> located, YearSpan outer, String what, String began, String ended) {
        var span = located.value().span();
        if (outer.contains(span)) {
            return;
        }
        boolean startsBefore = !YearSpan.from(outer.start()).contains(YearSpan.from(span.start()));
        boolean startsAfterEnd = outer.end() != null && span.start().compareTo(outer.end()) >= 0;
        if (startsBefore || startsAfterEnd) {
            problems.add(located.at("start").error(what + " starts " + span.start() + ", " + (startsBefore
                    ? "before " + began + " (" + outer.start() + ")" : "after " + ended + " (" + outer.end() + ")")
                    + ": fix the start date"));
        } else {
            var where = located.at("end");
            var fix = span.end() == null ? "add an 'end' on or before it" : "fix the end date";
            problems.add(where.error(what + (span.end() == null ? " has no end" : " ends " + span.end())
                    + ", but " + ended + " on " + outer.end() + ": " + fix));
        }
    }

    private void checkOverlaps(List<Located<Membership>> memberships) {
        var byPair = new LinkedHashMap<String, List<Located<Membership>>>();
        for (var m : memberships) {
            byPair.computeIfAbsent(m.value().stateId() + "@" + m.value().organisationId(), k -> new ArrayList<>())
                    .add(m);
        }
        Comparator<Located<Membership>> byStart = Comparator.comparing(m -> m.value().span().start());
        for (var spells : byPair.values()) {
            spells.sort(byStart);
            reportOverlaps(spells);
        }
    }

    /**
     * One sweep over spells sorted by start, O(n): a spell overlaps an earlier one exactly when it starts before the
     * latest end seen so far (the earlier spell that reaches furthest is the one named), so no pair is compared
     * twice. 100,000 spells of one state took minutes when every pair was compared.
     */
    private void reportOverlaps(List<Located<Membership>> spells) {
        Located<Membership> furthest = null;
        for (var later : spells) {
            if (furthest != null && furthest.value().span().overlaps(later.value().span())) {
                var m = later.value();
                problems.add(later.at("start").error("this spell of " + m.stateId() + " in " + m.organisationId()
                        + " (" + m.span() + ") overlaps the one at " + furthest.location().shortForm() + " ("
                        + furthest.value().span() + "): end one before the other starts, or merge them"));
            }
            if (furthest == null || endsLater(later.value().span(), furthest.value().span())) {
                furthest = later;
            }
        }
    }

    private static boolean endsLater(YearSpan a, YearSpan b) {
        return b.end() != null && (a.end() == null || a.end().firstDay().isAfter(b.end().firstDay()));
    }

    private void checkParties(Located<Clause> located, Map<String, Located<State>> states) {
        var elements = located.node().get("parties").map(v -> ((JsonArray) v).elements()).orElse(List.of());
        for (var party : located.value().parties()) { // distinct: the reader drops repeats
            if (!states.containsKey(party)) {
                var where = elements.stream()
                        .filter(e -> e instanceof JsonString s && s.value().equals(party))
                        .map(JsonValue::location).findFirst().orElse(located.location());
                problems.add(where.error(unknown("state", party, states.keySet())
                        + ": define it under \"states\" or fix the party"));
            }
        }
    }
}

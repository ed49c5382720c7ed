package org.allianceatlas.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.allianceatlas.io.JsonValue.JsonArray;
import org.allianceatlas.io.JsonValue.JsonObject;
import org.allianceatlas.io.JsonValue.JsonString;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Direction;
import org.allianceatlas.model.Keyed;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.OrganisationName;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.Source;
import org.allianceatlas.model.State;
import org.allianceatlas.model.StateName;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;

/**
 * Maps the located JSON tree of one file to model objects, reporting every problem a single entry can have on its
 * own: wrong types, missing required fields, unknown fields (warnings), impossible dates, an end before its start,
 * unknown enum values, a sub-region outside its region, coordinates out of range, a clause with fewer than two
 * distinct parties or a direction outside them, a missing or empty source list, a source with neither url nor
 * citation, a non-http(s) URL, a source on an unacceptable host ({@link SourceHosts}, a warning), an unknown source
 * id, an organisation's dated names out of order or outside its lifetime, a state's dated names out of order,
 * overlapping or outside its existence. Checks that need other entries or files are
 * {@link DatasetValidator}'s.
 *
 * <p>An entry whose required values are missing or unusable is reported and left out; the rest of the file is still
 * read, so that one run reports everything.
 */
final class DatasetReader {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern STATE_ID = Pattern.compile("[A-Z]{3}");
    private static final Pattern HTTP_URL = Pattern.compile("https?://\\S+");
    private static final String SLUG_RULE = "use lower-case letters, digits and single hyphens, e.g. 'nato-members'";
    private static final String STATE_RULE = "use the ISO 3166-1 alpha-3 code in capitals, e.g. 'FRA'";
    private static final String FORMAT = "alliance-atlas/1";

    /**
     * Most parties a clause may list (250, more than the states of the world). Every pair of parties is a tie, so a
     * clause of n parties is n(n−1)/2 ties: 250 parties are 31,125; 17,576 parties were 154 million, and the load
     * ran out of memory after five minutes.
     */
    static final int MAX_PARTIES = 250;
    private static final String SOURCES_SHAPE = "an object {\"id\": {\"title\": ..., \"url\": ...}}";

    static final Set<String> ROOT_FIELDS =
            Set.of("$schema", "format", "description", "sources", "states", "organisations", "memberships", "clauses");
    static final Set<String> SOURCE_FIELDS = Set.of("title", "url", "citation", "publisher", "date", "accessed");
    static final Set<String> STATE_FIELDS = Set.of("id", "name", "region", "subregion", "capital", "lat", "lon", "cow",
            "start", "end", "note", "names");
    static final Set<String> STATE_NAME_FIELDS = Set.of("name", "start", "end", "sources", "note", "disputed");
    static final Set<String> ORGANISATION_FIELDS = Set.of("id", "name", "acronym", "kind", "founded",
            "dissolved", "tieTypes", "informal", "parent", "description", "url", "sources", "note", "members",
            "names");
    static final Set<String> NAME_FIELDS = Set.of("from", "name", "acronym", "sources");
    static final Set<String> MEMBER_FIELDS =
            Set.of("state", "start", "end", "role", "sources", "note", "disputed");
    static final Set<String> MEMBERSHIP_FIELDS = union(MEMBER_FIELDS, "organisation");
    static final Set<String> CLAUSE_FIELDS = Set.of("id", "name", "parties", "type", "signed", "inForce",
            "end", "article", "binding", "direction", "sources", "note", "disputed");
    static final Set<String> DIRECTION_FIELDS = Set.of("from", "to");

    private final List<Problem> problems;

    /** @param problems where every problem found is added */
    DatasetReader(List<Problem> problems) {
        this.problems = problems;
    }

    private static Set<String> union(Set<String> base, String... more) {
        var all = new LinkedHashSet<>(base);
        all.addAll(Arrays.asList(more));
        return Set.copyOf(all);
    }

    /** The root object's fields, or empty (reported to {@code sink}) when the root is not an object. */
    private static Optional<ObjectFields> root(JsonValue root, List<Problem> sink) {
        if (!(root instanceof JsonObject)) {
            sink.add(root.location().error("a data file must be a JSON object such as {\"states\": [...]}, not "
                    + root.kind()));
            return Optional.empty();
        }
        return ObjectFields.of(root, "data file", ROOT_FIELDS, sink);
    }

    /**
     * Reads the named sources of a file ({@code "sources": {"id": {...}}}), first of the two passes: source ids are
     * global, so all files' sources are known before any entry cites one. Reports nothing about the rest of the file.
     */
    List<Located<Source>> readNamedSources(JsonValue root) {
        var result = new ArrayList<Located<Source>>();
        // The root's own problems are reported by read(), the second pass; here they would come twice.
        var file = root(root, new ArrayList<>());
        if (file.isEmpty()) {
            return result;
        }
        var section = file.get().typed("sources", JsonObject.class, SOURCES_SHAPE, false);
        for (var member : section.map(s -> s.members().values()).orElse(List.of())) {
            if (!SLUG.matcher(member.key()).matches()) {
                problems.add(member.keyLocation().error("'" + member.key() + "' is not a valid source id: "
                        + SLUG_RULE));
                continue;
            }
            readSource(member.value(), member.key())
                    .ifPresent(s -> result.add(new Located<>(s, (JsonObject) member.value())));
        }
        return result;
    }

    /**
     * Reads the entries of a file, second pass.
     *
     * @param namedSources every named source of every loaded file, by id
     */
    FileContent read(JsonValue root, Map<String, Source> namedSources) {
        var states = new ArrayList<Located<State>>();
        var organisations = new ArrayList<Located<Organisation>>();
        var memberships = new ArrayList<Located<Membership>>();
        var clauses = new ArrayList<Located<Clause>>();
        var content = new FileContent(states, organisations, memberships, clauses);
        var file = root(root, problems);
        if (file.isEmpty()) {
            return content;
        }
        var f = file.get();
        f.typed("sources", JsonObject.class, SOURCES_SHAPE, false);
        f.string("format", false).filter(v -> !v.equals(FORMAT)).ifPresent(v -> problems.add(
                f.locationOf("format").error("unsupported format '" + v + "': this version reads '" + FORMAT + "'")));
        f.string("$schema", false);
        f.string("description", false);
        var sources = new SourceCiter(namedSources);
        for (var v : elements(f, "states")) {
            readState(v, sources).ifPresent(states::add);
        }
        for (var v : elements(f, "organisations")) {
            readOrganisation(v, sources, memberships).ifPresent(organisations::add);
        }
        for (var v : elements(f, "memberships")) {
            readMembership(v, null, sources).ifPresent(memberships::add);
        }
        for (var v : elements(f, "clauses")) {
            readClause(v, sources).ifPresent(clauses::add);
        }
        return content;
    }

    private static List<JsonValue> elements(ObjectFields f, String key) {
        return f.array(key, false).map(JsonArray::elements).orElse(List.of());
    }

    private Optional<Source> readSource(JsonValue value, String id) {
        var f = ObjectFields.of(value, "source", SOURCE_FIELDS, problems);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        var s = f.get();
        var title = s.string("title", true);
        var url = s.matching("url", false, HTTP_URL, "a URL must start with http:// or https://");
        var citation = s.string("citation", false).filter(c -> !c.isBlank());
        var publisher = s.string("publisher", false);
        var date = s.date("date", false);
        var accessed = s.date("accessed", false);
        url.ifPresent(u -> warnIfUnacceptableHost(s, u));
        if (!s.object().members().containsKey("url") && citation.isEmpty()) {
            s.fail(s.location().error("a source needs a 'url' (http or https) or a 'citation' (a full "
                    + "bibliographic reference): add one"));
        }
        if (s.incomplete()) {
            return Optional.empty();
        }
        return Optional.of(new Source(id, title.orElseThrow(), url.orElse(null), citation.orElse(null),
                publisher.orElse(null), date.orElse(null), accessed.orElse(null)));
    }

    /** A source on a host listed in {@link SourceHosts} is a warning at its {@code url}. */
    private void warnIfUnacceptableHost(ObjectFields s, String url) {
        SourceHosts.unacceptable(url).ifPresent(why -> problems.add(s.locationOf("url").warning("this source is on "
                + "a host that is not accepted as a source, " + why)));
    }

    /** Resolves a {@code sources} array: ids of named sources and inline source objects. */
    private final class SourceCiter {
        private final Map<String, Source> named;

        SourceCiter(Map<String, Source> named) {
            this.named = named;
        }

        /**
         * The cited sources. A missing or empty list or an unknown id is reported but leaves the entry usable: like
         * an unknown state, it is a reference problem, and keeping the entry lets the cross-checks run on it.
         */
        List<Source> read(ObjectFields f) {
            if (f.value("sources", false).isEmpty()) {
                problems.add(f.locationOf("sources").error("missing required field 'sources': cite at least one "
                        + "source (an id from \"sources\" or an object with a title and a url or citation)"));
                return List.of();
            }
            var array = f.array("sources", false);
            if (array.isEmpty()) {
                return List.of();
            }
            if (array.get().elements().isEmpty()) {
                problems.add(array.get().location().error("empty sources list: cite at least one source (an id from "
                        + "\"sources\" or an object with a title and a url or citation)"));
                return List.of();
            }
            var result = new ArrayList<Source>();
            for (var element : array.get().elements()) {
                if (element instanceof JsonString id) {
                    var source = named.get(id.value());
                    if (source == null) {
                        problems.add(id.location().error("unknown source '" + id.value() + "'"
                                + ClosestNames.hint(id.value(), named.keySet())
                                + ": define it under \"sources\" in a loaded file, or write the source inline"));
                    } else {
                        result.add(source);
                    }
                } else if (element instanceof JsonObject) {
                    readSource(element, null).ifPresent(result::add);
                } else {
                    problems.add(element.location().error("a source must be an id (a string) or a source object, not "
                            + element.kind()));
                }
            }
            return result;
        }
    }

    private Optional<Located<State>> readState(JsonValue value, SourceCiter sources) {
        var f = ObjectFields.of(value, "state", STATE_FIELDS, problems);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        var s = f.get();
        var id = s.matching("id", true, STATE_ID, STATE_RULE);
        var name = s.string("name", true);
        var region = s.choice("region", true, List.of(Region.values()), Region::label);
        var subregion = s.choice("subregion", true, List.of(Subregion.values()), Subregion::label);
        var lat = s.number("lat", true, -90, 90, "latitude of the capital in decimal degrees");
        var lon = s.number("lon", true, -180, 180, "longitude of the capital in decimal degrees");
        var capital = s.string("capital", false);
        var cow = s.integer("cow", false, 1, 999);
        var note = s.string("note", false);
        var existence = span(s, "start", "end", false);
        var names = stateNames(s, existence, sources);
        if (region.isPresent() && subregion.isPresent() && subregion.get().region() != region.get()) {
            s.fail(s.locationOf("subregion").error("subregion '" + subregion.get().label() + "' is in "
                    + subregion.get().region().label() + ", not " + region.get().label() + ": fix the region or "
                    + "the subregion (" + region.get().label() + " has " + labels(region.get()) + ")"));
        }
        if (s.incomplete()) {
            return Optional.empty();
        }
        return Optional.of(new Located<>(new State(id.orElseThrow(), name.orElseThrow(), region.orElseThrow(),
                subregion.orElseThrow(), capital.orElse(null), lat.orElseThrow(), lon.orElseThrow(), cow.orElse(null),
                existence.orElse(null), note.orElse(null), names), s.object()));
    }

    /**
     * A state's dated names ({@code "names": [{"name": "West Germany", "start": "1949-05-23", "end": "1990-10-03",
     * "sources": [...]}]}): each with a non-blank name, a start (an end when it no longer holds), its own sources (a
     * state has none of its own), within the state's existence, listed in order of start and not overlapping the
     * previous one. Every problem is reported where it is; a state with a bad name is left out, like any incomplete
     * entry, so that a view never shows a name whose dates are wrong.
     */
    private List<StateName> stateNames(ObjectFields s, Optional<YearSpan> existence, SourceCiter sources) {
        var array = s.array("names", false);
        if (array.isEmpty()) {
            return List.of();
        }
        var names = new ArrayList<StateName>();
        YearSpan previous = null;
        boolean first = true;
        for (var element : array.get().elements()) {
            var f = ObjectFields.of(element, "dated state name", STATE_NAME_FIELDS, problems);
            boolean firstName = first;
            first = false;
            if (f.isEmpty()) {
                s.markIncomplete();
                continue;
            }
            var n = f.get();
            var name = n.string("name", true);
            var span = firstName && !n.object().members().containsKey("start")
                    ? sinceTheStart(n, existence) : span(n, "start", "end", true);
            var cited = sources.read(n);
            var note = n.string("note", false);
            var disputed = n.bool("disputed", false, false);
            if (span.isPresent() && existence.isPresent() && !existence.get().contains(span.get())) {
                n.fail(n.locationOf("start").error("the years of the name, " + span.get() + ", are not within the "
                        + "existence of the state (" + existence.get() + "): a name holds only while the state "
                        + "exists"));
            }
            if (span.isPresent() && previous != null) {
                if (span.get().start().compareTo(previous.start()) <= 0) {
                    n.fail(n.locationOf("start").error("'start' " + span.get().start() + " is not after the previous "
                            + "name's 'start' " + previous.start() + ": list the names in order of date"));
                } else if (span.get().overlaps(previous)) {
                    n.fail(n.locationOf("start").error("'start' " + span.get().start() + " is before the previous "
                            + "name ended (" + previous + "): a state has one name at a time, so end the previous "
                            + "name on or before the start of this one"));
                }
            }
            if (n.incomplete() || cited.isEmpty()) {
                s.markIncomplete();
            } else {
                names.add(new StateName(span.orElseThrow(), name.orElseThrow(), cited, note.orElse(null),
                        disputed));
            }
            if (span.isPresent()) {
                previous = span.get();
            }
        }
        return names;
    }

    /**
     * The span of a state's first name given without {@code start}: from the state's start, or from before the record
     * for a state without one ({@link StateName#SINCE_THE_RECORD_BEGINS}). It needs an {@code end}: a name that never
     * ended is the state's own {@code name}.
     */
    private static Optional<YearSpan> sinceTheStart(ObjectFields n, Optional<YearSpan> existence) {
        var end = n.date("end", false);
        if (end.isEmpty()) {
            if (!n.object().members().containsKey("end")) {
                n.fail(n.locationOf("name").error("the name has neither 'start' nor 'end': give its 'start', or, for "
                        + "the state's first name, the 'end' (it then holds from the state's start)"));
            }
            return Optional.empty();
        }
        var begin = existence.map(YearSpan::start).orElse(StateName.SINCE_THE_RECORD_BEGINS);
        var span = new YearSpan(begin, end.get());
        if (!span.isOrdered()) {
            n.fail(n.locationOf("end").error("'end' " + end.get() + " is before the state's 'start' " + begin
                    + ": fix one of the dates"));
            return Optional.empty();
        }
        return Optional.of(span);
    }

    private static String labels(Region region) {
        return String.join(", ", region.subregions().stream().map(Subregion::label).toList());
    }

    /**
     * A span from two date members. With {@code startRequired} false both may be absent (empty result), but an end
     * needs a start. An end before the start is reported at the end.
     */
    private static Optional<YearSpan> span(ObjectFields f, String startKey, String endKey, boolean startRequired) {
        var start = f.date(startKey, startRequired);
        var end = f.date(endKey, false);
        if (start.isEmpty()) {
            if (end.isPresent() && !startRequired && !f.object().members().containsKey(startKey)) {
                f.fail(f.locationOf(startKey).error("'" + endKey + "' is given without '" + startKey + "': add the "
                        + startKey + " date too"));
            }
            return Optional.empty();
        }
        var span = new YearSpan(start.get(), end.orElse(null));
        if (!span.isOrdered()) {
            f.fail(f.locationOf(endKey).error("'" + endKey + "' " + end.get() + " is before '" + startKey + "' "
                    + start.get() + ": fix one of the dates"));
            return Optional.empty();
        }
        return Optional.of(span);
    }

    private Optional<Located<Organisation>> readOrganisation(JsonValue value, SourceCiter sources,
                                                             List<Located<Membership>> memberships) {
        var f = ObjectFields.of(value, "organisation", ORGANISATION_FIELDS, problems);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        var o = f.get();
        var id = o.matching("id", true, SLUG, SLUG_RULE);
        var name = o.string("name", true);
        var acronym = o.string("acronym", false);
        var kind = o.choice("kind", true, List.of(OrganisationKind.values()), Keyed::key);
        var lifetime = span(o, "founded", "dissolved", true);
        var tieTypes = tieTypes(o);
        var informal = o.bool("informal", false, false);
        var parent = o.matching("parent", false, SLUG, SLUG_RULE);
        var description = o.string("description", false);
        var url = o.matching("url", false, HTTP_URL, "a URL must start with http:// or https://");
        var cited = sources.read(o);
        var note = o.string("note", false);
        var names = names(o, lifetime, sources);
        // Members are read even when the organisation itself is incomplete, so that their problems are reported too.
        if (id.isPresent()) {
            for (var v : elements(o, "members")) {
                readMembership(v, id.get(), sources).ifPresent(memberships::add);
            }
        }
        if (o.incomplete()) {
            return Optional.empty();
        }
        return Optional.of(new Located<>(new Organisation(id.orElseThrow(), name.orElseThrow(), acronym.orElse(null),
                kind.orElseThrow(), lifetime.orElseThrow(), tieTypes, informal, parent.orElse(null),
                description.orElse(null), url.orElse(null), cited, note.orElse(null), names), o.object()));
    }

    /**
     * An organisation's dated names ({@code "names": [{"from": "1958", "name": "…", "acronym": "EEC"}, …]}): each with
     * optional {@code sources} (as any entry's; when absent the organisation's sources stand for the name), a non-blank
     * name (and acronym, when given), a {@code from} inside the organisation's lifetime (on or after its
     * founding — the same year is enough when either date has no month — and before its dissolution), in strictly
     * increasing order. When the last name is not the organisation's {@code name} and {@code acronym}, a warning
     * says so: those are the current names, and the last dated name holds to date.
     */
    private List<OrganisationName> names(ObjectFields o, Optional<YearSpan> lifetime, SourceCiter sources) {
        var array = o.array("names", false);
        if (array.isEmpty()) {
            return List.of();
        }
        var names = new ArrayList<OrganisationName>();
        PartialDate previous = null;
        for (var element : array.get().elements()) {
            var f = ObjectFields.of(element, "dated name", NAME_FIELDS, problems);
            if (f.isEmpty()) {
                o.markIncomplete();
                continue;
            }
            var n = f.get();
            var from = n.date("from", true);
            var name = n.string("name", true);
            var acronym = n.string("acronym", false);
            var cited = n.object().members().containsKey("sources") ? sources.read(n) : List.<Source>of();
            if (acronym.isPresent() && acronym.get().isBlank()) {
                n.fail(n.locationOf("acronym").error("'acronym' must not be empty: leave it out when the name had "
                        + "none"));
            }
            if (from.isPresent() && lifetime.isPresent()) {
                checkNameDate(n, from.get(), lifetime.get());
            }
            if (from.isPresent() && previous != null && from.get().compareTo(previous) <= 0) {
                n.fail(n.locationOf("from").error("'from' " + from.get() + " is not after the previous name's 'from' "
                        + previous + ": list the names in order of date, each from a later date"));
            }
            if (n.incomplete()) {
                o.markIncomplete();
            } else {
                names.add(new OrganisationName(from.orElseThrow(), name.orElseThrow(), acronym.orElse(null), cited));
            }
            if (from.isPresent()) {
                previous = from.get();
            }
        }
        warnIfLastNameIsNotCurrent(o, array.get(), names);
        return names;
    }

    /** A dated name's {@code from} must lie in the organisation's lifetime (reported at {@code from}). */
    private static void checkNameDate(ObjectFields n, PartialDate from, YearSpan lifetime) {
        if (!YearSpan.from(lifetime.start()).contains(YearSpan.from(from))) {
            n.fail(n.locationOf("from").error("'from' " + from + " is before the organisation was founded ("
                    + lifetime.start() + "): a name starts on or after the 'founded' date"));
        } else if (lifetime.end() != null && from.compareTo(lifetime.end()) >= 0) {
            n.fail(n.locationOf("from").error("'from' " + from + " is not before the organisation was dissolved ("
                    + lifetime.end() + "): a name starts before the 'dissolved' date"));
        }
    }

    private void warnIfLastNameIsNotCurrent(ObjectFields o, JsonArray array, List<OrganisationName> names) {
        var name = o.object().get("name").filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).value());
        if (names.isEmpty() || name.isEmpty() || array.elements().size() != names.size()) {
            return;
        }
        var acronym = o.object().get("acronym").filter(v -> v instanceof JsonString)
                .map(v -> ((JsonString) v).value()).orElse(null);
        var last = names.get(names.size() - 1);
        if (!last.name().equals(name.get()) || !Objects.equals(last.acronym(), acronym)) {
            problems.add(array.elements().get(array.elements().size() - 1).location().warning("the last dated name ("
                    + last.name() + (last.acronym() == null ? "" : ", " + last.acronym()) + ") is not the "
                    + "organisation's 'name' and 'acronym' (" + name.get() + (acronym == null ? "" : ", " + acronym)
                    + "), yet it holds to date: make 'name' and 'acronym' the current names, or add the current name "
                    + "as the last dated name"));
        }
    }

    private Set<TieType> tieTypes(ObjectFields o) {
        var types = EnumSet.noneOf(TieType.class);
        var array = o.array("tieTypes", true);
        if (array.isEmpty()) {
            return types;
        }
        if (array.get().elements().isEmpty()) {
            o.fail(array.get().location().error("'tieTypes' is empty: list at least one tie type ("
                    + Keyed.allowedKeys(TieType.class) + ")"));
        }
        for (var element : array.get().elements()) {
            var type = ObjectFields.choiceOf(element, "tie type", List.of(TieType.values()), Keyed::key, problems);
            if (type.isEmpty()) {
                o.markIncomplete();
            } else if (!types.add(type.get())) {
                problems.add(element.location().warning("tie type '" + type.get().key() + "' is listed twice"));
            }
        }
        return types;
    }

    /**
     * A membership spell: in an organisation's {@code members} ({@code organisationId} given) or in the top-level
     * {@code memberships} section ({@code organisationId} null: the entry names it).
     */
    private Optional<Located<Membership>> readMembership(JsonValue value, String organisationId,
                                                         SourceCiter sources) {
        var embedded = organisationId != null;
        var f = ObjectFields.of(value, "membership", embedded ? MEMBER_FIELDS : MEMBERSHIP_FIELDS, problems);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        var m = f.get();
        var state = m.matching("state", true, STATE_ID, STATE_RULE);
        var organisation = embedded ? Optional.of(organisationId)
                : m.matching("organisation", true, SLUG, SLUG_RULE);
        var span = span(m, "start", "end", true);
        var role = m.choice("role", false, List.of(Role.values()), Keyed::key);
        var cited = sources.read(m);
        var note = m.string("note", false);
        var disputed = m.bool("disputed", false, false);
        if (m.incomplete()) {
            return Optional.empty();
        }
        return Optional.of(new Located<>(new Membership(state.orElseThrow(), organisation.orElseThrow(),
                span.orElseThrow(), role.orElse(Role.MEMBER), cited, note.orElse(null), disputed), m.object()));
    }

    private Optional<Located<Clause>> readClause(JsonValue value, SourceCiter sources) {
        var f = ObjectFields.of(value, "clause", CLAUSE_FIELDS, problems);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        var c = f.get();
        var id = c.matching("id", true, SLUG, SLUG_RULE);
        var name = c.string("name", true);
        var parties = parties(c);
        var type = c.choice("type", true, List.of(TieType.values()), Keyed::key);
        var signed = span(c, "signed", "end", true);
        var inForce = c.date("inForce", false);
        var article = c.string("article", false);
        var binding = c.bool("binding", true, false);
        var direction = direction(c, parties);
        var cited = sources.read(c);
        var note = c.string("note", false);
        var disputed = c.bool("disputed", false, false);
        if (signed.isPresent() && inForce.isPresent() && inForce.get().compareTo(signed.get().start()) < 0) {
            c.fail(c.locationOf("inForce").error("'inForce' " + inForce.get() + " is before 'signed' "
                    + signed.get().start() + ": a treaty enters into force on or after signature; fix one of the "
                    + "dates"));
        }
        if (c.incomplete()) {
            return Optional.empty();
        }
        var span = signed.orElseThrow();
        return Optional.of(new Located<>(new Clause(id.orElseThrow(), name.orElseThrow(), parties, type.orElseThrow(),
                span.start(), inForce.orElse(null), span.end(), article.orElse(null), binding, direction.orElse(null),
                cited, note.orElse(null), disputed), c.object()));
    }

    /** The distinct parties of a clause, in order; fewer than two makes the clause incomplete. */
    private List<String> parties(ObjectFields c) {
        var array = c.array("parties", true);
        if (array.isEmpty() || tooManyParties(c, array.get())) {
            return List.of();
        }
        var parties = new LinkedHashSet<String>();
        for (var element : array.get().elements()) {
            var party = ObjectFields.stringOf(element, "party", STATE_ID, STATE_RULE, problems);
            if (party.isEmpty()) {
                c.markIncomplete();
            } else if (!parties.add(party.get())) {
                problems.add(element.location().error("party '" + party.get() + "' is listed twice: remove one"));
            }
        }
        if (parties.size() < 2) {
            c.fail(array.get().location().error("a clause needs at least two distinct parties, found "
                    + parties.size() + (parties.isEmpty() ? "" : " (" + String.join(", ", parties) + ")")
                    + ": list every state bound by it"));
        }
        return List.copyOf(parties);
    }

    /** Reports (and marks the clause unusable) a party list over {@link #MAX_PARTIES}. */
    private static boolean tooManyParties(ObjectFields c, JsonArray parties) {
        int n = parties.elements().size();
        if (n <= MAX_PARTIES) {
            return false;
        }
        c.fail(parties.location().error("a clause may list at most " + MAX_PARTIES + " parties, this one lists " + n
                + ": each pair of parties is a tie (" + String.format(Locale.ROOT, "%,d", (long) n * (n - 1) / 2)
                + " here); describe a treaty of so many states as an organisation with members instead"));
        return true;
    }

    private Optional<Direction> direction(ObjectFields c, List<String> parties) {
        var value = c.value("direction", false);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        var f = ObjectFields.of(value.get(), "direction", DIRECTION_FIELDS, problems);
        if (f.isEmpty()) {
            c.markIncomplete();
            return Optional.empty();
        }
        var d = f.get();
        var from = d.matching("from", true, STATE_ID, STATE_RULE);
        var to = d.matching("to", true, STATE_ID, STATE_RULE);
        for (var end : List.of("from", "to")) {
            var party = end.equals("from") ? from : to;
            if (party.isPresent() && !parties.isEmpty() && !parties.contains(party.get())) {
                d.fail(d.locationOf(end).error("direction '" + end + "' " + party.get() + " is not a party to the "
                        + "clause (parties: " + String.join(", ", parties) + "): add it to 'parties' or fix the "
                        + "direction"));
            }
        }
        if (d.incomplete()) {
            c.markIncomplete();
            return Optional.empty();
        }
        return Optional.of(new Direction(from.orElseThrow(), to.orElseThrow()));
    }
}

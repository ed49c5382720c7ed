package org.allianceatlas.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.Source;

/**
 * The sources behind a picture, for a slide's speaker notes: every organisation drawn and every clause drawn, each
 * with its citations ({@link Source#reference()}). An organisation without sources of its own is cited by the sources
 * of its memberships drawn (at most {@value #MAX_MEMBERSHIP_SOURCES}, with a count of the rest). Organisations by
 * name, clauses by signature date then name, so that the notes read like a bibliography. Stateless.
 */
public final class SourceNotes {

    /** Membership sources listed for an organisation that has none of its own. */
    static final int MAX_MEMBERSHIP_SOURCES = 3;

    private SourceNotes() {
    }

    /** The notes for {@code view}, one paragraph a line, headed by {@code heading} (e.g. the slide's title). */
    public static List<String> of(AlignmentView view, String heading) {
        var lines = new ArrayList<String>();
        lines.add("Sources behind \u201c" + heading + "\u201d (" + view.states().size() + " states, "
                + view.organisations().size() + " organisations, " + view.ties().size() + " ties drawn):");
        var organisations = view.organisations().stream()
                .sorted(Comparator.comparing((Organisation o) -> o.shortLabel().toLowerCase(Locale.ROOT))).toList();
        if (!organisations.isEmpty()) {
            lines.add("Organisations:");
            var membershipSources = new LinkedHashMap<String, Set<Source>>();
            for (var t : view.membershipTies()) {
                membershipSources.computeIfAbsent(t.organisation().id(), k -> new LinkedHashSet<>())
                        .addAll(t.membership().sources());
            }
            for (var o : organisations) {
                lines.add("\u2022 " + label(o) + ": " + cite(o.sources(), membershipSources.get(o.id())));
            }
        }
        var clauses = new LinkedHashSet<Clause>();
        view.clauseTies().stream().map(ClauseTie::clause).forEach(clauses::add);
        if (!clauses.isEmpty()) {
            lines.add("Clauses:");
            clauses.stream()
                    .sorted(Comparator.comparing(Clause::signed).thenComparing(Clause::name))
                    .forEach(c -> lines.add("\u2022 " + label(c) + ": " + cite(c.sources(), null)));
        }
        if (organisations.isEmpty() && clauses.isEmpty()) {
            lines.add("Nothing is drawn: no organisation or clause matches these filters.");
        }
        return lines;
    }

    private static String label(Organisation o) {
        return o.acronym() != null && !o.acronym().isBlank() && !o.acronym().equals(o.name())
                ? o.acronym() + " (" + o.name() + ")" : o.name();
    }

    private static String label(Clause c) {
        var parties = String.join("\u2013", c.parties());
        var article = c.article() == null ? "" : ", " + c.article();
        return c.name() + article + " (" + parties + ", " + c.type().label().toLowerCase(Locale.ROOT) + ", signed "
                + c.signed() + ")";
    }

    private static String cite(List<Source> own, Set<Source> fromMemberships) {
        if (!own.isEmpty()) {
            return join(own);
        }
        if (fromMemberships == null || fromMemberships.isEmpty()) {
            return "no source recorded";
        }
        var some = fromMemberships.stream().limit(MAX_MEMBERSHIP_SOURCES).toList();
        int rest = fromMemberships.size() - some.size();
        return "memberships cite " + join(some) + (rest > 0 ? " and " + rest + " more" : "");
    }

    private static String join(List<Source> sources) {
        var refs = new LinkedHashSet<String>();
        sources.forEach(s -> refs.add(s.reference()));
        return String.join("; ", refs);
    }
}

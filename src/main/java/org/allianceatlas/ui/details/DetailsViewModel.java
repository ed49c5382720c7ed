package org.allianceatlas.ui.details;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.allianceatlas.export.render.Scene;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.Source;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.service.ClauseLink;
import org.allianceatlas.ui.details.Details.Entry;
import org.allianceatlas.ui.details.Details.Link;
import org.allianceatlas.ui.details.Details.Section;
import org.allianceatlas.ui.shared.Labels;

/**
 * The details panel's content for the current selection — a state, an organisation or a tie — as of the year of
 * the view on screen: a state's memberships and clauses in force with roles, dates and sources; an organisation's
 * members, founding, kind and description; a tie's agreement, article, dates, binding or political, sources.
 *
 * <p>Facts come from the {@link AtlasService} (whose year rule they follow), not from what is drawn: a state that
 * the filters hide still shows its memberships, with a notice that it is not drawn.
 *
 * <p>UI thread only; no controls, tested without a display.
 */
public final class DetailsViewModel {

    /** What the panel says when nothing is selected. */
    public static final Details NOTHING = new Details("Nothing selected",
            "Click a state, an organisation or a tie, or search with Ctrl+F.", "", List.of());

    private final AtlasService service;
    private final ReadOnlyObjectWrapper<Details> details = new ReadOnlyObjectWrapper<>(this, "details", NOTHING);
    private Object selection;
    private AlignmentView view;

    public DetailsViewModel(AtlasService service) {
        this.service = service;
    }

    /** The content to show; {@link #NOTHING} when nothing is selected. */
    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public Details details() {
        return details.get();
    }

    /** The selected actor or tie, or null. */
    public Object selection() {
        return selection;
    }

    /** Shows an actor, a tie or (null) nothing, as of the current view's year. */
    public void select(Object actorOrTie) {
        selection = actorOrTie instanceof Actor || actorOrTie instanceof Tie
                || actorOrTie instanceof Scene.TieLine line && line.tie() == null ? actorOrTie : null;
        refresh();
    }

    /** The view on screen changed (year, filters, data): the details follow its year and visibility. */
    public void setView(AlignmentView newView) {
        view = newView;
        if (selection instanceof Actor a && service.dataset().actor(a.id()).isEmpty()) {
            selection = null; // a new dataset without this actor
        }
        refresh();
    }

    private void refresh() {
        if (selection == null || view == null) {
            details.set(NOTHING);
            return;
        }
        details.set(describe(selection, view.criteria().year(), view.criteria().basis()));
    }

    private Details describe(Object selected, int year, DateBasis basis) {
        if (selected instanceof State s) {
            return state(s, year, basis);
        }
        if (selected instanceof Organisation o) {
            return organisation(o, year);
        }
        if (selected instanceof MembershipTie t) {
            return membership(t, year);
        }
        if (selected instanceof ClauseTie t) {
            return clause(t.clause(), year, basis);
        }
        if (selected instanceof Scene.TieLine line) {
            return shared(line, year);
        }
        return NOTHING;
    }

    // --- states ---------------------------------------------------------------------------------------------------

    private Details state(State s, int year, DateBasis basis) {
        var d = service.dataset();
        var ties = service.ties(s.id(), year, basis);
        var memberships = new ArrayList<Entry>();
        for (var m : ties.memberships()) {
            var org = d.organisation(m.organisationId()).orElseThrow();
            memberships.add(new Entry(Labels.organisation(org), m.role().label() + " · " + Labels.dates(m.span()),
                    note(m.note(), m.disputed()), links(m.sources())));
        }
        var clauses = new ArrayList<Entry>();
        for (var link : ties.clauses()) {
            clauses.add(clauseEntry(link, d));
        }
        var subtitle = new StringBuilder(s.subregion().label());
        if (s.capital() != null) {
            subtitle.append(" · capital ").append(s.capital());
        }
        if (s.existence() != null) {
            subtitle.append(" · existed ").append(Labels.dates(s.existence()));
        }
        if (!s.nameIn(year).equals(s.name())) {
            subtitle.append(" · today ").append(s.name());
        }
        var clauseHeading = "Clauses in force in " + year
                + (basis == DateBasis.ENTRY_INTO_FORCE ? " (from entry into force)" : " (from signature)");
        var notice = !s.existsIn(year) ? s.nameIn(year) + " does not exist in " + year + "."
                : visibilityNotice(s);
        return new Details(s.nameIn(year) + " (" + s.id() + ")", subtitle.toString(), notice, List.of(
                new Section("Memberships in " + year + " (" + memberships.size() + ")", memberships,
                        "No memberships in " + year + "."),
                new Section(clauseHeading + " (" + clauses.size() + ")", clauses,
                        "No clauses in force in " + year + ".")));
    }

    private Entry clauseEntry(ClauseLink link, Dataset d) {
        var c = link.clause();
        var others = link.otherParties().stream().map(id -> d.state(id).map(State::name).orElse(id))
                .collect(Collectors.joining(", "));
        var parts = new ArrayList<String>();
        parts.add(c.type().label());
        if (link.directedRole() != null) {
            parts.add(link.directedRole() + (link.directedRole().equals("supplier") ? " to " : " from ") + others);
        } else {
            parts.add("with " + others);
        }
        parts.add(agreementDates(c));
        parts.add(c.binding() ? "binding" : "political");
        var text = c.article() == null ? c.name() : c.name() + ", " + c.article();
        return new Entry(text, String.join(" · ", parts), note(c.note(), c.disputed()), links(c.sources()));
    }

    // --- organisations ----------------------------------------------------------------------------------------

    private Details organisation(Organisation o, int year) {
        var d = service.dataset();
        var about = new ArrayList<Entry>();
        if (o.description() != null && !o.description().isBlank()) {
            about.add(Entry.of(o.description(), ""));
        }
        about.add(Entry.of(carries(o), ""));
        if (o.parent() != null) {
            about.add(Entry.of("Part of " + d.organisation(o.parent()).map(Labels::organisation)
                    .orElse(o.parent()), ""));
        }
        if (o.informal()) {
            about.add(Entry.of("Informal: no founding treaty or secretariat.", ""));
        }
        if (o.note() != null && !o.note().isBlank()) {
            about.add(Entry.of(o.note(), ""));
        }
        var web = o.url() == null ? List.<Link>of() : List.of(new Link("Website", o.url()));
        about.add(new Entry("Sources", "", "", concat(web, links(o.sources()))));

        var members = new ArrayList<Entry>();
        if (o.existsIn(year)) {
            // Every role, each labelled: the panel shows observers and beneficiaries too, as before.
            for (var m : service.members(o.id(), year, EnumSet.allOf(Role.class)).spells()) {
                var name = d.state(m.stateId()).map(s -> s.nameIn(year) + " (" + s.id() + ")").orElse(m.stateId());
                members.add(new Entry(name, m.role().label() + " · since " + m.span().start(),
                        note(m.note(), m.disputed()), List.of()));
            }
        }
        var founded = "founded " + o.lifetime().start()
                + (o.lifetime().isOpen() ? "" : " · dissolved " + o.lifetime().end());
        var notice = !o.existsIn(year) ? Labels.organisation(o) + " does not exist in " + year + "."
                : visibilityNotice(o);
        return new Details(Labels.organisation(o), Labels.kind(o) + " · " + founded, notice, List.of(
                new Section("About", about, ""),
                new Section("Members in " + year + " (" + members.size() + ")", members,
                        "No members in " + year + ".")));
    }

    // --- ties -------------------------------------------------------------------------------------------------

    private Details membership(MembershipTie t, int year) {
        var m = t.membership();
        var o = t.organisation();
        var stateName = service.dataset().state(m.stateId()).map(State::name).orElse(m.stateId());
        var facts = new ArrayList<Entry>();
        facts.add(Entry.of(Labels.organisation(o), Labels.kind(o) + " · " + Labels.years(o.lifetime())));
        facts.add(Entry.of("Role: " + m.role().label(), "In force " + Labels.dates(m.span())
                + (m.activeIn(year) ? "" : " · not in force in " + year)));
        facts.add(Entry.of(carries(o), ""));
        facts.add(new Entry("Sources", "", note(m.note(), m.disputed()), links(m.sources())));
        return new Details(stateName + " in " + o.shortLabelIn(year), "Membership", "",
                List.of(new Section("Membership", facts, "")));
    }

    /**
     * A line between two states that stands for the organisations they share (organisations hidden): each shared
     * organisation, with what it carries and its years.
     */
    private Details shared(Scene.TieLine line, int year) {
        var entries = new ArrayList<Entry>();
        for (var o : line.shared()) {
            entries.add(Entry.of(Labels.organisation(o), Labels.kind(o) + " · " + carries(o)));
        }
        return new Details(line.from().nameIn(year) + " – " + line.to().nameIn(year),
                "Shared membership in " + year, "",
                List.of(new Section("Both are members of (" + entries.size() + ")", entries, "")));
    }

    private Details clause(Clause c, int year, DateBasis basis) {
        var d = service.dataset();
        var facts = new ArrayList<Entry>();
        var parties = c.parties().stream()
                .map(id -> d.state(id).map(s -> s.nameIn(year) + " (" + id + ")").orElse(id))
                .collect(Collectors.joining(", "));
        facts.add(Entry.of("Parties: " + parties, ""));
        if (c.direction() != null) {
            facts.add(Entry.of("Direction: " + name(d, c.direction().from(), year) + " → "
                    + name(d, c.direction().to(), year),
                    "supplier → recipient"));
        }
        facts.add(Entry.of(agreementDates(c), c.activeIn(year, basis) ? "In force in " + year
                : "Not in force in " + year + (basis == DateBasis.ENTRY_INTO_FORCE ? " (from entry into force)" : "")));
        facts.add(Entry.of(c.binding() ? "Binding: a treaty obligation" : "Political: a declaration, not binding",
                ""));
        facts.add(new Entry("Sources", "", note(c.note(), c.disputed()), links(c.sources())));
        var subtitle = c.type().label() + (c.article() == null ? "" : " · " + c.article());
        return new Details(c.name(), subtitle, "", List.of(new Section("Agreement", facts, "")));
    }

    private static String carries(Organisation o) {
        return "Membership carries: " + o.tieTypes().stream().sorted().map(TieType::label)
                .collect(Collectors.joining(", "));
    }

    private static String name(Dataset d, String stateId, int year) {
        return d.state(stateId).map(s -> s.nameIn(year)).orElse(stateId);
    }

    private static String agreementDates(Clause c) {
        var s = "signed " + c.signed();
        s += c.inForce() == null ? " · no entry into force recorded" : " · in force " + c.inForce();
        if (c.end() != null) {
            s += " · ended " + c.end();
        }
        return s;
    }

    // --- shared -----------------------------------------------------------------------------------------------

    private String visibilityNotice(Actor a) {
        return view.contains(a) ? "" : "Not drawn with the current filters.";
    }

    private static String note(String note, boolean disputed) {
        var n = note == null ? "" : note.strip();
        if (disputed) {
            n = n.isEmpty() ? "Disputed: sources disagree." : "Disputed: " + n;
        }
        return n;
    }

    static List<Link> links(List<Source> sources) {
        return sources.stream().sorted(Comparator.comparing(Source::title))
                .map(s -> s.url() == null ? new Link(s.reference(), null) : new Link(label(s), s.url()))
                .distinct().toList();
    }

    private static String label(Source s) {
        return s.publisher() == null ? s.title() : s.title() + " (" + s.publisher() + ")";
    }

    private static List<Link> concat(List<Link> a, List<Link> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

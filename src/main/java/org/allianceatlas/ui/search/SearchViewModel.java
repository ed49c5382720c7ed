package org.allianceatlas.ui.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationName;
import org.allianceatlas.model.State;
import org.allianceatlas.model.StateName;
import org.allianceatlas.ui.shared.Labels;
import org.allianceatlas.ui.shared.SearchText;
import org.allianceatlas.ui.shared.Signal;

/**
 * Type-ahead search over the states, organisations and treaty clauses of the dataset (or any set of actors: the path
 * pickers use one over the states of the view), by name, id and acronym — today's and former ones ("Zaire",
 * "EEC") — case and accents ignored. Hits are ranked:
 * an exact id, acronym, name or label first, then names that start with the query, then names with a word that
 * starts with it, then any other match; at equal rank states and organisations before clauses, then by label. A
 * query with no hit says so ({@link #noHitsProperty()}).
 *
 * <p>The query is what the user types, or what the search last chose ({@link #display}): after a choice the box shows
 * the chosen label, and once something else is selected elsewhere ({@link #selectedElsewhere}) the box is cleared, so
 * it never shows a query or a choice that no longer describes the selection.
 *
 * <p>UI thread only; no controls, tested without a display.
 */
public final class SearchViewModel {

    /** At most this many suggestions: more do not fit a popup and are never the one wanted. */
    public static final int MAX_HITS = 12;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> readOnlyHits = FXCollections.unmodifiableObservableList(hits);
    private final ReadOnlyStringWrapper noHits = new ReadOnlyStringWrapper(this, "noHits", "");
    private final Signal<Actor> chosen = new Signal<>();
    private final Signal<Clause> chosenClause = new Signal<>();
    /** What the no-hit message says is searched: "state, organisation or treaty". */
    private final String searched;
    private List<Entry> index = List.of();
    /** The actor or clause the search chose last and the box shows; null when the box shows a typed query. */
    private Object shown;
    /** True while {@link #display} sets the query: that text is not searched. */
    private boolean displaying;

    /**
     * A searchable actor or clause with its folded keys, computed once per dataset; kind 0 actor, 1 clause. The
     * former names and acronyms ("Zaire", "West Germany", "EEC") are searched like the current ones.
     */
    private record Entry(SearchHit hit, String name, String id, String acronym, String label, int kind,
                         List<Alias> formerly) {
    }

    /** A former name and its acronym ("" when none), folded. */
    private record Alias(String name, String acronym) {
    }

    /** A search over states, organisations and treaties (the main window's box). */
    public SearchViewModel() {
        this("state, organisation or treaty");
    }

    /**
     * A search over something else (the path pickers search the states of the view).
     *
     * @param searched what is searched, for "No … matches “xyz”": "state in the view"
     */
    public SearchViewModel(String searched) {
        this.searched = searched;
        query.addListener((o, a, b) -> {
            if (!displaying) {
                shown = null;
            }
            update();
        });
    }

    /** Makes the dataset's states, organisations and treaty clauses searchable; the current query is run again. */
    public void setDataset(Dataset dataset) {
        var actors = new ArrayList<Actor>(dataset.states());
        actors.addAll(dataset.organisations());
        var entries = actorEntries(actors);
        for (var c : dataset.clauses()) {
            var hit = hit(c, dataset);
            entries.add(new Entry(hit, SearchText.fold(c.name()), SearchText.fold(c.id()), "",
                    SearchText.fold(hit.label()), 1, List.of()));
        }
        index = List.copyOf(entries);
        update();
    }

    /**
     * Makes exactly these actors searchable (the path pickers offer the states of the view); the current query is
     * run again.
     */
    public void setActors(Collection<? extends Actor> actors) {
        index = List.copyOf(actorEntries(actors));
        update();
    }

    private static List<Entry> actorEntries(Collection<? extends Actor> actors) {
        var entries = new ArrayList<Entry>();
        for (var a : actors) {
            if (a instanceof State s) {
                var hit = hit(s);
                var formerly = s.names().stream().map(n -> new Alias(SearchText.fold(n.name()), "")).toList();
                entries.add(new Entry(hit, SearchText.fold(s.name()), SearchText.fold(s.id()), "",
                        SearchText.fold(hit.label()), 0, formerly));
            } else if (a instanceof Organisation o) {
                var hit = hit(o);
                var formerly = o.names().stream()
                        .map(n -> new Alias(SearchText.fold(n.name()), SearchText.fold(n.acronym()))).toList();
                entries.add(new Entry(hit, SearchText.fold(o.name()), SearchText.fold(o.id()),
                        SearchText.fold(o.acronym()), SearchText.fold(hit.label()), 0, formerly));
            }
        }
        return entries;
    }

    /** What a suggestion for a state says: "Greece (GRC)". */
    public static String label(State s) {
        return s.name() + " (" + s.id() + ")";
    }

    private static SearchHit hit(State s) {
        var life = s.existence() == null ? "" : " · " + Labels.years(s.existence());
        var formerly = s.names().stream().map(StateName::name).filter(n -> !n.equals(s.name())).distinct().toList();
        return SearchHit.of(s, label(s), "State · " + s.subregion().label() + life + formerly(formerly));
    }

    private static SearchHit hit(Organisation o) {
        var formerly = o.names().stream().map(OrganisationName::shortLabel)
                .filter(n -> !n.equals(o.shortLabel()) && !n.equals(o.name())).distinct().toList();
        return SearchHit.of(o, Labels.organisation(o), Labels.kind(o) + " · " + Labels.years(o.lifetime())
                + formerly(formerly));
    }

    /** " · formerly Zaire", " · formerly EEC, EC"; empty when the name never changed. */
    private static String formerly(List<String> names) {
        return names.isEmpty() ? "" : " · formerly " + String.join(", ", names);
    }

    /** "Clause · Mutual defence · France, Germany · signed 2019"; more than three parties are counted. */
    private static SearchHit hit(Clause c, Dataset dataset) {
        var names = c.parties().stream().map(id -> dataset.state(id).map(State::name).orElse(id)).toList();
        var parties = names.size() <= 3 ? String.join(", ", names)
                : names.stream().limit(2).collect(Collectors.joining(", ")) + " and " + (names.size() - 2) + " more";
        return SearchHit.of(c, c.name(), "Clause · " + c.type().label() + " · " + parties + " · signed "
                + c.signed().year());
    }

    /** What the user typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The suggestions for the current query, best first; empty for a blank query. */
    public ObservableList<SearchHit> hits() {
        return readOnlyHits;
    }

    /**
     * What to say when the query finds nothing ("No state, organisation or treaty matches “atlantis”."); empty while
     * there are hits, the query is blank or the box shows a choice.
     */
    public ReadOnlyStringProperty noHitsProperty() {
        return noHits.getReadOnlyProperty();
    }

    /** Announces the state or organisation the user picked; the main window selects and centres it. */
    public Signal<Actor> chosen() {
        return chosen;
    }

    /** Announces the treaty clause the user picked; the main window selects its tie. */
    public Signal<Clause> chosenClause() {
        return chosenClause;
    }

    /** Picks a suggestion: the box shows its label and the choice is announced. */
    public void choose(SearchHit hit) {
        if (hit == null) {
            return;
        }
        display(hit.label(), hit.target());
        if (hit.actor() != null) {
            chosen.emit(hit.actor());
        } else {
            chosenClause.emit(hit.clause());
        }
    }

    /**
     * Shows {@code text} in the box for {@code target} (an actor, a clause) without searching it: what a choice
     * shows. Editing the text searches again.
     */
    public void display(String text, Object target) {
        displaying = true;
        try {
            shown = target;
            query.set(text);
        } finally {
            displaying = false;
        }
        update();
    }

    /**
     * Something was selected elsewhere (the canvas, the map, a list; null: nothing): unless it is what the box shows
     * (the echo of this search's own choice, or a tie of the chosen clause), the box is cleared, so that it does not
     * keep a query or a choice that no longer describes the selection.
     */
    public void selectedElsewhere(Object selection) {
        if (shown != null && (shown.equals(selection) || selection instanceof ClauseTie t
                && shown.equals(t.clause()))) {
            return;
        }
        shown = null;
        query.set("");
    }

    /** Picks the best suggestion (Enter in the search box); false when there is none. */
    public boolean chooseBest() {
        if (hits.isEmpty()) {
            return false;
        }
        choose(hits.get(0));
        return true;
    }

    private void update() {
        var q = SearchText.fold(query.get());
        if (q.isEmpty() || shown != null) {
            hits.clear();
            noHits.set("");
            return;
        }
        record Ranked(SearchHit hit, int rank, int kind) {
        }
        var ranked = new ArrayList<Ranked>();
        for (var e : index) {
            int rank = rank(q, e);
            if (rank >= 0) {
                ranked.add(new Ranked(e.hit(), rank, e.kind()));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::kind)
                .thenComparing(r -> r.hit().label()));
        hits.setAll(ranked.stream().limit(MAX_HITS).map(Ranked::hit).toList());
        noHits.set(hits.isEmpty() ? "No " + searched + " matches “" + query.get().strip() + "”." : "");
    }

    /**
     * 0 exact, 1 name prefix, 2 word or id/acronym prefix, 3 anywhere; -1 no match. A former name or acronym ranks
     * as the current one would, one step lower (the current "Germany" before the former "West Germany" of another).
     */
    private static int rank(String q, Entry e) {
        int best = rank(q, e.name(), e.id(), e.acronym(), e.label());
        for (var a : e.formerly()) {
            int r = rank(q, a.name(), "", a.acronym(), "");
            if (r >= 0 && (best < 0 || r + 1 < best)) {
                best = r + 1;
            }
        }
        return best;
    }

    private static int rank(String q, String name, String id, String acronym, String label) {
        if (q.equals(id) || q.equals(acronym) || q.equals(name) || q.equals(label)) {
            return 0;
        }
        if (name.startsWith(q)) {
            return 1;
        }
        if (name.contains(" " + q) || !id.isEmpty() && id.startsWith(q) || !acronym.isEmpty()
                && acronym.startsWith(q)) {
            return 2;
        }
        if (name.contains(q) || !id.isEmpty() && id.contains(q) || !acronym.isEmpty() && acronym.contains(q)) {
            return 3;
        }
        return -1;
    }
}

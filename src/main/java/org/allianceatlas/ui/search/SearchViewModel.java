package org.allianceatlas.ui.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;
import org.allianceatlas.ui.shared.Labels;
import org.allianceatlas.ui.shared.SearchText;
import org.allianceatlas.ui.shared.Signal;

/**
 * Type-ahead search over the states and organisations of the dataset (or any set of actors: the path pickers use
 * one over the states of the view), by name, id and acronym, case and accents
 * ignored. Hits are ranked: an exact id, acronym or name first, then names that start with the query, then names
 * with a word that starts with it, then any other match; ties by label.
 *
 * <p>UI thread only; no controls, tested without a display.
 */
public final class SearchViewModel {

    /** At most this many suggestions: more do not fit a popup and are never the one wanted. */
    public static final int MAX_HITS = 12;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> readOnlyHits = FXCollections.unmodifiableObservableList(hits);
    private final Signal<Actor> chosen = new Signal<>();
    private List<Entry> index = List.of();

    /** A searchable actor with its folded keys, computed once per dataset. */
    private record Entry(SearchHit hit, String name, String id, String acronym) {
    }

    public SearchViewModel() {
        query.addListener((o, a, b) -> update());
    }

    /** Makes the dataset's states and organisations searchable; the current query is run again. */
    public void setDataset(Dataset dataset) {
        var actors = new ArrayList<Actor>(dataset.states());
        actors.addAll(dataset.organisations());
        setActors(actors);
    }

    /**
     * Makes exactly these actors searchable (the path pickers offer the states of the view); the current query is
     * run again.
     */
    public void setActors(Collection<? extends Actor> actors) {
        var entries = new ArrayList<Entry>();
        for (var a : actors) {
            if (a instanceof State s) {
                entries.add(new Entry(hit(s), SearchText.fold(s.name()), SearchText.fold(s.id()), ""));
            } else if (a instanceof Organisation o) {
                entries.add(new Entry(hit(o), SearchText.fold(o.name()), SearchText.fold(o.id()),
                        SearchText.fold(o.acronym())));
            }
        }
        index = List.copyOf(entries);
        update();
    }

    /** What a suggestion for a state says: "Greece (GRC)". */
    public static String label(State s) {
        return s.name() + " (" + s.id() + ")";
    }

    private static SearchHit hit(State s) {
        var life = s.existence() == null ? "" : " · " + Labels.years(s.existence());
        return new SearchHit(s, label(s), "State · " + s.subregion().label() + life);
    }

    private static SearchHit hit(Organisation o) {
        return new SearchHit(o, Labels.organisation(o), Labels.kind(o) + " · " + Labels.years(o.lifetime()));
    }

    /** What the user typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The suggestions for the current query, best first; empty for a blank query. */
    public ObservableList<SearchHit> hits() {
        return readOnlyHits;
    }

    /** Announces the actor the user picked; the main window selects and centres it. */
    public Signal<Actor> chosen() {
        return chosen;
    }

    /** Picks a suggestion. */
    public void choose(SearchHit hit) {
        if (hit != null) {
            chosen.emit(hit.actor());
        }
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
        if (q.isEmpty()) {
            hits.clear();
            return;
        }
        record Ranked(SearchHit hit, int rank) {
        }
        var ranked = new ArrayList<Ranked>();
        for (var e : index) {
            int rank = rank(q, e);
            if (rank >= 0) {
                ranked.add(new Ranked(e.hit(), rank));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.hit().label()));
        hits.setAll(ranked.stream().limit(MAX_HITS).map(Ranked::hit).toList());
    }

    /** 0 exact, 1 name prefix, 2 word or id/acronym prefix, 3 anywhere; -1 no match. */
    private static int rank(String q, Entry e) {
        if (q.equals(e.id()) || q.equals(e.acronym()) || q.equals(e.name())) {
            return 0;
        }
        if (e.name().startsWith(q)) {
            return 1;
        }
        if (e.name().contains(" " + q) || e.id().startsWith(q) || !e.acronym().isEmpty()
                && e.acronym().startsWith(q)) {
            return 2;
        }
        if (e.name().contains(q) || e.id().contains(q) || e.acronym().contains(q)) {
            return 3;
        }
        return -1;
    }
}

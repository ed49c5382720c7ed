package org.allianceatlas.ui.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.allianceatlas.analysis.PathResult;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.State;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.search.SearchViewModel;
import org.allianceatlas.ui.task.LatestOnly;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * The path panel: two states (typed into search boxes or taken from the canvas selection), the shortest alignment paths
 * between them in the current view with each hop explained, and what the canvas highlights.
 *
 * <p>The path is found again whenever either state or the view changes (off the UI thread; newest wins). UI thread
 * only; no controls.
 */
public final class PathViewModel {

    private final AtlasService service;
    private final LatestOnly paths;
    private final ObjectProperty<State> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<State> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyObjectWrapper<PathResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final SearchViewModel fromSearch = new SearchViewModel("state in the view");
    private final SearchViewModel toSearch = new SearchViewModel("state in the view");
    private FilterCriteria criteria;

    public PathViewModel(AtlasService service, TaskRunner runner) {
        this.service = Objects.requireNonNull(service, "service");
        this.paths = new LatestOnly(runner);
        from.addListener((o, a, b) -> find());
        to.addListener((o, a, b) -> find());
        pickWith(fromSearch, from);
        pickWith(toSearch, to);
    }

    /** A picker's box shows its state; choosing a suggestion sets the state. */
    private static void pickWith(SearchViewModel search, ObjectProperty<State> state) {
        search.chosen().subscribe(actor -> {
            if (actor instanceof State s) {
                state.set(s);
                search.display(SearchViewModel.label(s), s); // also when it was already the state
            }
        });
        state.addListener((o, a, s) -> search.display(s == null ? "" : SearchViewModel.label(s), s));
    }

    /** The view changed: finds the path again. */
    public void setCriteria(FilterCriteria newCriteria) {
        criteria = newCriteria;
        find();
    }

    /** The states the two pickers offer: those of the view on the canvas. */
    public void setStates(Collection<State> states) {
        fromSearch.setActors(states);
        toSearch.setActors(states);
    }

    /** Type-ahead for "from": the states of the view by name or id; choosing one sets {@link #fromProperty()}. */
    public SearchViewModel fromSearch() {
        return fromSearch;
    }

    /** Type-ahead for "to", like {@link #fromSearch()}. */
    public SearchViewModel toSearch() {
        return toSearch;
    }

    public ObjectProperty<State> fromProperty() {
        return from;
    }

    public ObjectProperty<State> toProperty() {
        return to;
    }

    /**
     * Takes a state selected on the canvas: the first pick becomes "from", the next "to"; once both are set, a new
     * pick replaces "to" (so clicking along a chain of states keeps the start). Anything but a state is ignored.
     */
    public void pick(Actor actor) {
        if (!(actor instanceof State s)) {
            return;
        }
        if (from.get() == null || from.get().equals(s)) {
            from.set(s);
        } else {
            to.set(s);
        }
    }

    /** Exchanges the two states. */
    public void swap() {
        var a = from.get();
        var b = to.get();
        from.set(null);
        to.set(a);
        from.set(b);
    }

    /** The latest result; null while either state is missing. */
    public ReadOnlyObjectProperty<PathResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The summary sentence, then, per shortest path, a heading and one line per hop. */
    public ObservableList<String> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    /** The states, organisations and ties of every shortest path that {@code view} contains. */
    public Highlight highlight(AlignmentView view) {
        var r = result.get();
        if (r == null || view == null) {
            return Highlight.NONE;
        }
        var hops = new ArrayList<Highlight.Hop>();
        for (var p : r.paths()) {
            for (var hop : p.hops()) {
                hops.add(new Highlight.Hop(hop.from(), hop.to(), hop.reasons()));
            }
        }
        return Highlight.of(view, hops);
    }

    private void find() {
        var a = from.get();
        var b = to.get();
        if (a == null || b == null || criteria == null) {
            paths.supersede();
            result.set(null);
            lines.setAll(a == null && b == null ? List.of("Pick two states: select one on the canvas, then another.")
                    : List.of("Pick a second state."));
            return;
        }
        var asked = criteria;
        paths.run("Finding a path", progress -> service.path(a.id(), b.id(), asked), this::show, error -> {
            result.set(null);
            lines.setAll("Could not find a path: " + error.getMessage());
        });
    }

    private void show(PathResult r) {
        result.set(r);
        var out = new ArrayList<String>();
        out.add(r.summary());
        int n = 1;
        for (var p : r.paths()) {
            if (r.paths().size() > 1) {
                out.add("Path " + n++ + ": " + String.join(" → ", p.states()));
            }
            for (var hop : p.hops()) {
                out.add("    " + hop.describe());
            }
        }
        lines.setAll(out);
    }
}

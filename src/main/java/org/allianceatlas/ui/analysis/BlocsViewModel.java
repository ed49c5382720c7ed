package org.allianceatlas.ui.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.allianceatlas.analysis.Bloc;
import org.allianceatlas.analysis.BlocReport;
import org.allianceatlas.analysis.CommunityNumbering;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.shared.Labels;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * The blocs panel: cliques, communities, cut-points and bridges of the current view (a {@link BlocReport} computed
 * off the UI thread while the panel is active) as {@link BlocEntry entries}; the selected entry is what the canvas
 * highlights. While {@link #colourByCommunityProperty()} is on, the canvas fills every state with its community's
 * colour ({@link #communityOfStateProperty()}).
 *
 * <p>UI thread only; no controls.
 */
public final class BlocsViewModel extends ViewAnalysis<BlocReport> {

    private final ReadOnlyObjectWrapper<BlocReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<BlocEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObjectProperty<BlocEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty colourByCommunity = new SimpleBooleanProperty(this, "colourByCommunity", false);
    private final ReadOnlyObjectWrapper<Map<String, Integer>> communityOfState =
            new ReadOnlyObjectWrapper<>(this, "communityOfState");
    /** Each community's number in the latest report while colouring is on: a community keeps it view after view. */
    private List<Integer> communityNumbers = List.of();
    private AlignmentView highlightedView;
    private BlocEntry highlightedEntry;
    private Highlight highlighted = Highlight.NONE;

    public BlocsViewModel(AtlasService service, TaskRunner runner) {
        super(runner, "Finding blocs", Objects.requireNonNull(service, "service")::blocs);
        colourByCommunity.addListener((o, was, on) -> updateCommunities());
    }

    @Override
    void failed(Throwable error) {
        notice.set("Could not find the blocs: " + error.getMessage());
    }

    public ReadOnlyObjectProperty<BlocReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Cliques (largest first), then communities, cut-points and bridges. */
    public ObservableList<BlocEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** A plain sentence when the list is incomplete or empty; "" otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The entry the canvas highlights; null: none. Cleared when the entries change. */
    public ObjectProperty<BlocEntry> selectedProperty() {
        return selected;
    }

    /**
     * "Colour states by community": while on, the canvas fills every state by its community instead of its region.
     * The blocs must then be computed for each view even when their tab is not showing (the window binds
     * {@link #activeProperty()} to "tab showing or this").
     */
    public BooleanProperty colourByCommunityProperty() {
        return colourByCommunity;
    }

    /**
     * The community number of every state in one, by state id, from the latest report (as the entries list them: by
     * size for a first view, then each community keeping the number of the previous view's community it shares most
     * states with, see {@link CommunityNumbering}), while
     * {@link #colourByCommunityProperty()} is on; states of the view not in it are in no community. Null while states
     * keep their region colours: colouring is off, or no report has come yet.
     */
    public ReadOnlyObjectProperty<Map<String, Integer>> communityOfStateProperty() {
        return communityOfState.getReadOnlyProperty();
    }

    /**
     * What the canvas should highlight for the selected entry in {@code view}: a bridge's link, or a clique's or
     * community's members with the ties among them (the organisations and clauses that make the bloc).
     */
    public Highlight highlight(AlignmentView view) {
        var entry = selected.get();
        if (entry == null || view == null) {
            return Highlight.NONE;
        }
        // The window asks again at every redraw: the projection is only built when the view or the entry changed.
        if (view != highlightedView || entry != highlightedEntry) {
            highlighted = entry.links().isEmpty() ? Highlight.ofMembers(view, entry.members())
                    : Highlight.ofLinks(view, entry.links());
            highlightedView = view;
            highlightedEntry = entry;
        }
        return highlighted;
    }

    @Override
    void publish(BlocReport r) {
        report.set(r);
        selected.set(null);
        var list = new ArrayList<BlocEntry>();
        for (var b : r.cliques()) {
            list.add(entry(b));
        }
        renumberCommunities(r);
        for (int i = 0; i < r.communities().size(); i++) {
            var b = r.communities().get(i);
            list.add(entry(new Bloc(b.kind(), communityNumbers.get(i), b.members())));
        }
        for (var id : r.cutPoints()) {
            list.add(new BlocEntry("Cut-point " + id, List.of(id), List.of(), BlocReport.CUT_POINT_DESCRIPTION));
        }
        for (var link : r.bridges()) {
            list.add(new BlocEntry("Bridge " + link.first() + " – " + link.second() + " (via "
                    + String.join(", ", link.sortedReasons()) + ")", List.of(link.first(), link.second()),
                    List.of(link), BlocReport.BRIDGE_DESCRIPTION));
        }
        entries.setAll(list);
        if (!r.cliquesComplete()) {
            notice.set("The clique search stopped at its limit: larger views may have cliques that are not listed.");
        } else if (list.isEmpty()) {
            notice.set("No blocs in " + r.year() + ": no clique of three or more states, no community, no cut-point"
                    + " and no bridge in this view.");
        } else {
            notice.set("");
        }
        updateCommunities();
    }

    /**
     * While colouring by community, each community of a new report takes the number of the previous report's
     * community it shares most states with ({@link CommunityNumbering}), so that its colour does not change meaning
     * from year to year during playback; otherwise, and for the first report, the numbers are the size order.
     */
    private void renumberCommunities(BlocReport r) {
        var members = r.communities().stream().map(Bloc::members).toList();
        var previous = colourByCommunity.get() && communityOfState.get() != null ? communityOfState.get()
                : Map.<String, Integer>of();
        communityNumbers = CommunityNumbering.follow(members, previous);
    }

    private void updateCommunities() {
        var r = report.get();
        if (!colourByCommunity.get() || r == null) {
            communityOfState.set(null);
            return;
        }
        if (communityNumbers.size() != r.communities().size()) {
            communityNumbers = CommunityNumbering.follow(r.communities().stream().map(Bloc::members).toList(),
                    Map.of());
        }
        var byState = new HashMap<String, Integer>();
        for (int i = 0; i < r.communities().size(); i++) {
            int number = communityNumbers.get(i);
            r.communities().get(i).members().forEach(id -> byState.put(id, number));
        }
        communityOfState.set(Map.copyOf(byState));
    }

    private static BlocEntry entry(Bloc b) {
        var kind = b.kind() == Bloc.Kind.CLIQUE ? "Clique " : "Community ";
        return new BlocEntry(kind + b.index() + " · " + Labels.count(b.size(), "state"), b.members(),
                List.of(), b.kind().description());
    }
}

package org.allianceatlas.ui.analysis;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

import atlantafx.base.theme.Styles;

import org.allianceatlas.analysis.Change;
import org.allianceatlas.export.render.Overlay;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;
import org.allianceatlas.ui.canvas.GraphCanvas;
import org.allianceatlas.ui.filter.FilterViewModel;
import org.allianceatlas.ui.time.CompareLegend;
import org.allianceatlas.ui.time.CompareView;
import org.allianceatlas.ui.time.PlaybackView;

/**
 * The "Time and structure" side of the main window: the tabs Details | Metrics | Blocs | Path | Compare, the playback
 * bar and the compare legend, and their effect on the {@link GraphCanvas}: one {@link Overlay} with the emphasis of
 * the selected bloc, path or change (and a zoom to it), vertex sizes by a metric, states coloured by community and
 * compare colours; the ended ties of a comparison; fading during playback. Binds to an {@link AnalysisViewModel};
 * decides nothing itself.
 *
 * <p>The main window calls {@link #frameShown} after each canvas show: overlays are re-applied at once, and the
 * analyses hear of the new view after {@link #DEBOUNCE} without a further change (dragging the year slider or
 * playing does not start a computation per year).
 *
 * <p>Node ids for tests: {@code analysisTabs} and the tabs {@code detailsTab}, {@code metricsTab}, {@code blocsTab},
 * {@code pathTab}, {@code compareTab}; see the tab views for theirs.
 */
public final class AnalysisPanel {

    /** Quiet time after the last view change before the analyses recompute. */
    public static final Duration DEBOUNCE = Duration.millis(300);
    /** Longest fade of ties and vertices during playback; shorter at high speeds so a fade ends before the next. */
    static final double MAX_FADE_MILLIS = 350;

    private final AnalysisViewModel vm;
    private final GraphCanvas canvas;
    private final FilterViewModel filters;
    private final TabPane tabs = new TabPane();
    private final Tab pathTab;
    private final Tab blocsTab;
    private final PlaybackView playbackView;
    private final CompareView compareView;
    private final CompareLegend compareLegend;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private VisualStyle style;
    private AlignmentView view;
    private Positions positions = Positions.empty();
    /** True while the canvas draws ended ties of year A on top of the view (compare mode). */
    private boolean overlaid;
    /** The change chosen in the compare tab's list, or null. */
    private Change selectedChange;

    /**
     * @param details      the details panel, first tab
     * @param chooseCsv    asks where to save the metrics CSV (empty: cancelled)
     */
    public AnalysisPanel(AnalysisViewModel vm, GraphCanvas canvas, FilterViewModel filters,
                         Node details, VisualStyle style, Supplier<Optional<Path>> chooseCsv) {
        this.vm = vm;
        this.canvas = canvas;
        this.filters = filters;
        this.style = style;
        var detailsTab = tab("Details", "detailsTab", details);
        var metricsTab = tab("Metrics", "metricsTab", new MetricsView(vm.metrics(), chooseCsv).node());
        blocsTab = tab("Blocs", "blocsTab", new BlocsView(vm.blocs()).node());
        pathTab = tab("Path", "pathTab", new PathView(vm.path()).node());
        compareView = new CompareView(vm.compare(), style);
        var compareTab = tab("Compare", "compareTab", compareView.node());
        tabs.getTabs().setAll(detailsTab, metricsTab, blocsTab, pathTab, compareTab);
        tabs.setId("analysisTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Five tabs in a 340 px side panel: dense headers keep all of them visible without the overflow menu.
        tabs.getStyleClass().add(Styles.DENSE);
        tabs.setTabMinWidth(0);
        vm.metrics().activeProperty().bind(metricsTab.selectedProperty());
        // Community colours stay on in every tab, so the blocs they come from follow the view there too.
        vm.blocs().activeProperty().bind(blocsTab.selectedProperty().or(vm.blocs().colourByCommunityProperty()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> applyOverlay());

        playbackView = new PlaybackView(vm.playback(), filters, style);
        compareLegend = new CompareLegend(vm.compare(), style);

        debounce.setOnFinished(e -> {
            // A panel whose window has been closed or given another scene is inert: its runner may be shut down.
            var scene = tabs.getScene();
            if (view != null && scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                try {
                    vm.setView(view);
                } catch (RejectedExecutionException closing) {
                    // The runner was shut down while the window closes (the timer outlived it): nothing to compute.
                }
            }
        });
        vm.blocs().selectedProperty().addListener((o, a, b) -> {
            applyOverlay();
            zoomToEmphasis();
        });
        vm.path().resultProperty().addListener((o, a, b) -> {
            applyOverlay();
            zoomToEmphasis();
        });
        vm.metrics().radiusScalesProperty().addListener((o, a, b) -> applyOverlay());
        vm.blocs().communityOfStateProperty().addListener((o, a, b) -> applyOverlay());
        canvas.selectedActorProperty().addListener((o, a, actor) -> {
            if (actor != null && pathTab.isSelected()) {
                vm.path().pick(actor);
            }
        });

        var compare = vm.compare();
        compare.activeProperty().addListener((o, was, on) -> {
            if (on) {
                vm.playback().playingProperty().set(false);
                filters.setYear(compare.yearBProperty().get());
            }
            applyCompare();
            applyOverlay();
        });
        compare.yearBProperty().addListener((o, a, b) -> {
            if (compare.activeProperty().get()) {
                filters.setYear(b.intValue());
            }
        });
        compare.comparisonProperty().addListener((o, a, b) -> {
            applyCompare();
            applyOverlay();
        });
        compareView.changeList().getSelectionModel().selectedItemProperty()
                .addListener((o, a, change) -> selectChange(change));

        vm.playback().playingProperty().addListener((o, was, playing) -> {
            if (playing) {
                compare.activeProperty().set(false);
            }
            updateFade();
        });
        vm.playback().speedProperty().addListener((o, a, b) -> updateFade());
    }

    /** The tab pane for the right-hand side of the window. */
    public Node node() {
        return tabs;
    }

    /** The playback bar, for under the canvas. */
    public Node playbackBar() {
        return playbackView.node();
    }

    /** The compare key, for over the canvas (visible only in compare mode). */
    public Node compareLegend() {
        return compareLegend.node();
    }

    /** Selects the tab with this id ({@code pathTab}, …); for the window's menus and for tests. */
    public void selectTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /**
     * The canvas has just shown {@code shown} (a year of the filters): re-applies the overlay (and, in compare mode,
     * the ended ties of year A) and schedules the analyses.
     */
    public void frameShown(AlignmentView shown, Positions shownPositions) {
        view = shown;
        positions = shownPositions;
        applyCompare();
        applyOverlay();
        debounce.playFromStart();
    }

    public void setStyle(VisualStyle newStyle) {
        style = newStyle;
        playbackView.setStyle(newStyle);
        compareView.setStyle(newStyle);
        compareLegend.setStyle(newStyle);
        applyOverlay();
    }

    /** In compare mode the canvas draws year B plus the ties of year A that ended; else year B alone. */
    private void applyCompare() {
        if (view == null) {
            return;
        }
        var compare = vm.compare();
        var before = compare.before(view);
        if (before == null) {
            if (overlaid) {
                overlaid = false;
                canvas.show(view, positions); // without the ended ties drawn for the comparison
            }
            return;
        }
        overlaid = true;
        var ended = compare.comparisonProperty().get().ended().stream().map(Change::tie).toList();
        canvas.show(view.plus(ended), positions);
    }

    /**
     * Everything the analyses lay over the picture, as one value applied in one call: comparison colours, sizes by a
     * metric, community colours, and the emphasis of the chosen bloc, path or change.
     */
    private void applyOverlay() {
        var overlay = Overlay.NONE.withTieLooks(vm.compare().tieLooks(style));
        overlay = withSizes(overlay);
        overlay = withCommunities(overlay);
        var h = emphasis();
        canvas.setOverlay(overlay.withHighlight(h.actors(), h.ties()));
    }

    private void selectChange(Change change) {
        if (change == null || view == null) {
            return;
        }
        selectedChange = change;
        if (view.ties().contains(change.tie())) {
            canvas.selectTie(change.tie());
        } else {
            canvas.clearSelection();
        }
        applyOverlay();
        var before = vm.compare().before(view);
        var source = before != null && before.ties().contains(change.tie()) ? before : view;
        canvas.fitTo(List.of(source.first(change.tie()), source.second(change.tie())));
    }

    /** The emphasis of the chosen bloc or path, or of a chosen ended tie (drawn from year A, not selectable). */
    private Highlight emphasis() {
        if (blocsTab.isSelected()) {
            return vm.blocs().highlight(view);
        }
        if (pathTab.isSelected()) {
            return vm.path().highlight(view);
        }
        var change = selectedChange;
        var before = vm.compare().before(view);
        if (change != null && before != null && !view.ties().contains(change.tie())
                && before.ties().contains(change.tie())) {
            return new Highlight(Set.of(before.first(change.tie()), before.second(change.tie())),
                    Set.of(change.tie()));
        }
        return Highlight.NONE;
    }

    /** Zooms to what the bloc or path tab highlights (what "Fit selection" does), when it highlights something. */
    private void zoomToEmphasis() {
        var h = emphasis();
        if (!h.actors().isEmpty()) {
            canvas.fitTo(h.actors());
        }
    }

    private Overlay withSizes(Overlay overlay) {
        var scales = vm.metrics().radiusScalesProperty().get();
        var radii = new HashMap<Actor, Double>();
        var halfSides = new HashMap<Actor, Double>();
        if (view != null) {
            for (var a : view.vertices()) {
                var f = scales.get(a.id());
                if (f == null) {
                    continue;
                }
                double r = style.stateRadius() * f;
                if (a instanceof Organisation) {
                    // One scale for both kinds: a square of half-side r·√π/2 has the area of a circle of radius r.
                    halfSides.put(a, r * Math.sqrt(Math.PI) / 2);
                } else {
                    radii.put(a, r);
                }
            }
        }
        return overlay.withSizes(radii, halfSides);
    }

    private Overlay withCommunities(Overlay overlay) {
        var communities = vm.blocs().communityOfStateProperty().get();
        if (communities == null || view == null) {
            return overlay;
        }
        var byState = new HashMap<State, Integer>();
        for (var s : view.states()) {
            var community = communities.get(s.id());
            if (community != null) {
                byState.put(s, community);
            }
        }
        return overlay.withCommunities(byState);
    }

    private void updateFade() {
        var playback = vm.playback();
        canvas.setFade(playback.playingProperty().get()
                ? Duration.millis(Math.min(MAX_FADE_MILLIS, playback.stepMillis() * 0.6)) : Duration.ZERO);
    }

    private static Tab tab(String text, String id, Node content) {
        var t = new Tab(text, content);
        t.setId(id);
        return t;
    }
}

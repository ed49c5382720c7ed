package org.allianceatlas.ui.canvas;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.util.Duration;

import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.State;

/**
 * The graph canvas: a zoomable, pannable view of an {@link AlignmentView} drawn with SmartGraph. The JGraphT view is
 * the truth; the canvas keeps one SmartGraph panel per dataset and, on each {@link #show}, changes only what differs
 * from what is drawn (see {@link DrawnGraph}).
 *
 * <p>Positions are computed by the caller (off the FX thread, {@code org.allianceatlas.layout}) in layout units,
 * 1 unit = 1 px at zoom 1. SmartGraph's own force layout is off unless {@link #liveLayoutProperty()} is set, which is
 * refused for views of more than {@link #LIVE_LAYOUT_MAX_VERTICES} vertices (it costs O(V²) per frame on the FX
 * thread).
 *
 * <p>SmartGraph draws the vertices and handles their clicks and hovering; the labels are plain texts
 * ({@link VertexLabels}) and the ties a bitmap drawn below the vertices ({@link TieLayer}, {@link TieRaster}), and a
 * click that is not on a vertex selects the tie within {@value #TIE_HIT_PX} px of it.
 *
 * <p>Level of detail: state labels are hidden below zoom {@link #STATE_LABEL_MIN_ZOOM}; organisation labels stay.
 * Visible labels are scaled up when zoomed out so that they never render below {@code 9 px}. Minor ties
 * ({@link MinorTies}) are hidden below {@link MinorTies#MIN_ZOOM} unless highlighted
 * ({@link #minorTiesHiddenProperty()}).
 *
 * <p>Hovering a vertex, or selecting a vertex or a tie, highlights its neighbourhood and dims the rest; Escape or a
 * click on the background clears the selection. FX thread only.
 */
public final class GraphCanvas {

    /** Zoom below which state labels are hidden (at 0.5 a 9.5-unit label would be under 5 px). */
    public static final double STATE_LABEL_MIN_ZOOM = 0.5;
    /** Largest view (visible vertices) for which SmartGraph's live force layout may run. */
    /** Panel units per layout unit that the last {@link #fit()} chose (1 before any spreading). */
    public double spread() {
        return drawn == null ? 1 : drawn.spread();
    }

    /** Largest zoom {@link #fit()} uses; beyond it, positions are spread instead. */
    public static final double MAX_SYMBOL_ZOOM = 1.25;

    public static final int LIVE_LAYOUT_MAX_VERTICES = 150;

    /**
     * Views of more vertices than this are panned from a cached bitmap. Measured (docs/benchmarks.md, "UI timing",
     * software rendering): with the cache a pan frame costs about 19 ms whatever the view; without it 10.5 ms for the
     * shipped data's 207 vertices, 14 ms for 200 vertices and 1,500 ties, 30 ms for 1,000 vertices.
     */
    static final int PAN_CACHE_MIN_VERTICES = 500;

    /** How far from a tie's centre line a click still hits it, screen px (plus half the tie's width). */
    static final double TIE_HIT_PX = 4;

    private final ZoomPanPane viewport = new ZoomPanPane();
    private final ReadOnlyObjectWrapper<Actor> selectedActor = new ReadOnlyObjectWrapper<>(this, "selectedActor");
    private final ReadOnlyObjectWrapper<Tie> selectedTie = new ReadOnlyObjectWrapper<>(this, "selectedTie");
    private final BooleanProperty labelsVisible = new SimpleBooleanProperty(this, "labelsVisible", true);
    private final BooleanProperty liveLayout = new SimpleBooleanProperty(this, "liveLayout", false);
    private final ReadOnlyBooleanWrapper minorTiesHidden = new ReadOnlyBooleanWrapper(this, "minorTiesHidden");
    private final DrawnGraph.Events events = new DrawnGraph.Events() {
        @Override
        public void vertexClicked(Actor actor) {
            select(actor);
        }

        @Override
        public void hovered(Actor actor) {
            // While panning, vertices slide under a still pointer: each crossing would switch the highlight and
            // restyle the whole graph, spoiling the pan's bitmap cache.
            if (viewport.panningProperty().get()) {
                return;
            }
            hoveredActor = actor;
            refreshHighlight();
        }
    };
    private VisualStyle style;
    private String themeUrl;
    private DrawnGraph drawn;
    private AlignmentView view;
    private Positions pendingPositions;
    private Actor hoveredActor;
    private boolean fitPending;
    /** Set by {@link #emphasise}: shown highlighted while nothing is hovered or selected. */
    private Set<Actor> emphasisedActors = Set.of();
    private Set<Tie> emphasisedTies = Set.of();
    private Duration fade = Duration.ZERO;
    private Map<Tie, String> tieStyles = Map.of();
    private Map<Actor, Double> stateRadii = Map.of();
    private Map<Actor, Double> organisationSizes = Map.of();
    /** The community class of each state in a community while states are coloured by community. */
    private Map<Actor, String> communityClasses = Map.of();
    /** The class of every other state: {@link CanvasStylesheet#COMMUNITY_OTHER} by community, null by region. */
    private String otherStatesClass;

    public GraphCanvas(VisualStyle style) {
        applyStyle(Objects.requireNonNull(style, "style"));
        viewport.zoomProperty().addListener((obs, old, now) -> {
            updateLabels();
            updateMinorTies();
        });
        labelsVisible.addListener((obs, old, now) -> updateLabels());
        liveLayout.addListener((obs, old, now) -> onLiveLayout(now));
        viewport.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                clearSelection();
                e.consume();
            }
        });
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            // Ties are not nodes that take the pointer (they are the tie layer's bitmap): a click that is not on
            // a vertex selects the nearest tie within a few pixels, or clears the selection.
            boolean background = e.getTarget() == viewport || drawn != null && e.getTarget() == drawn.panel();
            if (background && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                var tie = tieAt(e.getSceneX(), e.getSceneY());
                if (tie != null) {
                    selectTie(tie);
                } else {
                    clearSelection();
                }
            }
        });
        viewport.sceneProperty().addListener((obs, old, now) -> initialiseWhenReady());
        viewport.panningProperty().addListener((obs, was, now) -> {
            if (!now && hoveredActor != null) {
                hoveredActor = null;
                refreshHighlight();
            }
        });
        viewport.setCacheWhilePanning(() -> drawnVertexCount() > PAN_CACHE_MIN_VERTICES);
        viewport.widthProperty().addListener((obs, old, now) -> fitWhenReady());
        viewport.heightProperty().addListener((obs, old, now) -> fitWhenReady());
    }

    /** The zoomable, pannable container holding the SmartGraph panel. */
    public Region node() {
        return viewport;
    }

    /**
     * Draws {@code view}: diffs it against what is drawn and makes one SmartGraph update. A view of another dataset
     * replaces the panel (and fits it to the viewport); otherwise vertices that stay visible keep their place and
     * vertices that appear take theirs from {@code positions}. Before the canvas is in a scene the view is kept and
     * drawn as soon as it is.
     */
    public void show(AlignmentView view, Positions positions) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(positions, "positions");
        this.view = view;
        if (drawn == null || drawn.source() != view.source()) {
            if (drawn != null) {
                liveLayout.set(false);
                drawn.dispose();
            }
            clearSelectionQuietly();
            drawn = new DrawnGraph(view, positions, style, themeUrl, events);
            drawn.setFade(fade);
            viewport.setContent(drawn.panel(), drawn.tieLayer().node());
            pendingPositions = positions;
            fitPending = true;
            initialiseWhenReady();
            return;
        }
        if (!drawn.isInitialised()) {
            pendingPositions = positions;
            return;
        }
        draw(positions);
    }

    /** Moves the visible vertices to {@code positions}: a new layout of the view shown (not a view change). */
    public void relayout(Positions positions) {
        if (drawn != null && drawn.isInitialised()) {
            drawn.relayout(positions);
        } else {
            pendingPositions = positions;
        }
    }

    public ReadOnlyObjectProperty<Actor> selectedActorProperty() {
        return selectedActor.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tie> selectedTieProperty() {
        return selectedTie.getReadOnlyProperty();
    }

    /** Selects a visible actor (null clears) and highlights its neighbourhood. */
    public void select(Actor a) {
        if (a == null || view == null || !view.contains(a)) {
            clearSelection();
            return;
        }
        selectedTie.set(null);
        selectedActor.set(a);
        refreshHighlight();
    }

    /** Selects a visible tie and highlights it and its two ends. */
    public void selectTie(Tie t) {
        if (t == null || view == null || !view.ties().contains(t)) {
            clearSelection();
            return;
        }
        selectedActor.set(null);
        selectedTie.set(t);
        refreshHighlight();
    }

    /** Pans so that {@code a} is at the centre of the viewport (zoom unchanged); no-op when it is not drawn. */
    public void centreOn(Actor a) {
        if (drawn != null && drawn.isVertexVisible(a)) {
            viewport.centreOn(drawn.centreOf(a));
        }
    }

    public void clearSelection() {
        clearSelectionQuietly();
        refreshHighlight();
    }

    /** Zooms and pans so that every visible vertex is in view. */
    /**
     * Fits the visible graph to the window. A view that would need more than {@value #MAX_SYMBOL_ZOOM}× zoom (a
     * region, a few organisations) is spread out instead: its positions are drawn further apart and the zoom stays
     * at that limit, so discs, squares and labels keep a readable size rather than filling the window. Positions in
     * layout units ({@link #currentPositions()}) do not change, and the spread stays until the next fit, so vertices
     * do not move when the year changes.
     */
    public void fit() {
        if (drawn == null || !drawn.isInitialised()) {
            return;
        }
        var bounds = drawn.visibleBounds();
        if (bounds == null || viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return;
        }
        // Radii do not spread, so one step undershoots; a few steps converge.
        for (int step = 0; step < 6; step++) {
            double wanted = Math.max(1, drawn.spread() * viewport.fitZoom(bounds) / MAX_SYMBOL_ZOOM);
            if (Math.abs(wanted - drawn.spread()) < 1e-3 * drawn.spread()) {
                break;
            }
            drawn.setSpread(wanted);
            bounds = drawn.visibleBounds();
        }
        viewport.fit(bounds);
    }

    public void zoomIn() {
        viewport.zoomIn();
    }

    public void zoomOut() {
        viewport.zoomOut();
    }

    /** Zoom factor, 1 = 100 % (1 layout unit = 1 px); clamped to [0.05, 8]; setting it zooms about the centre. */
    public DoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    /** Switches the theme: regenerates the stylesheet; nothing is rebuilt. */
    public void setStyle(VisualStyle newStyle) {
        applyStyle(Objects.requireNonNull(newStyle, "style"));
        if (drawn != null) {
            drawn.setStyle(newStyle, themeUrl);
        }
    }

    /** All labels on or off (state labels are also hidden when zoomed out, see the class comment). */
    public BooleanProperty labelsVisibleProperty() {
        return labelsVisible;
    }

    /**
     * SmartGraph's live force layout. Setting it to true is refused (it stays false) while more than
     * {@link #LIVE_LAYOUT_MAX_VERTICES} vertices are visible; a show that makes the view larger turns it off.
     */
    public BooleanProperty liveLayoutProperty() {
        return liveLayout;
    }

    /** Number of vertex nodes currently visible. */
    public int drawnVertexCount() {
        return drawn == null ? 0 : drawn.visibleVertexCount();
    }

    /** Number of ties currently drawn (shown and not hidden by the level of detail). */
    public int drawnTieCount() {
        return drawn == null ? 0 : drawn.visibleTieCount();
    }

    /** True while minor ties ({@link MinorTies}) are hidden because the canvas is zoomed out. */
    public ReadOnlyBooleanProperty minorTiesHiddenProperty() {
        return minorTiesHidden.getReadOnlyProperty();
    }

    /** Where the visible vertices are drawn now, in layout units: pass it as {@code previous} to the next layout. */
    public Positions currentPositions() {
        return drawn == null || !drawn.isInitialised() ? Positions.empty() : drawn.currentPositions();
    }

    /** Whether a tie is drawn and visible (shown, and not hidden by the level of detail). */
    public boolean isDrawn(Tie tie) {
        return drawn != null && drawn.isTieVisible(tie);
    }

    /** Whether an actor is drawn and visible. */
    public boolean isDrawn(Actor actor) {
        return drawn != null && drawn.isVertexVisible(actor);
    }

    /** Starts a pan gesture (what a mouse drag does): the drawing is cached as a bitmap until {@link #endPan()}. */
    public void startPan() {
        viewport.startPan();
    }

    /** Pans by ({@code dx}, {@code dy}) screen pixels. */
    public void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
    }

    public void endPan() {
        viewport.endPan();
    }

    /**
     * How long ties and vertices that appear or disappear on {@link #show} take to fade in or out (year playback);
     * zero, the default, makes them pop. Vertices that stay do not move either way. Ties fade as two groups per
     * change set (the ties a show adds, and those it removes), not one animation per tie.
     */
    public void setFade(Duration duration) {
        fade = duration == null ? Duration.ZERO : duration;
        if (drawn != null) {
            drawn.setFade(fade);
        }
    }

    /**
     * Highlights {@code actors} and {@code ties} (a bloc, a path) and dims the rest while nothing is hovered or
     * selected; hovering or selecting shows its own neighbourhood and the emphasis comes back afterwards. Only what is
     * drawn is highlighted. Empty sets clear it.
     */
    public void emphasise(Collection<? extends Actor> actors, Collection<? extends Tie> ties) {
        emphasisedActors = Set.copyOf(actors);
        emphasisedTies = Set.copyOf(ties);
        refreshHighlight();
    }

    /** What {@link #emphasise} set (empty when nothing). */
    public Set<Actor> emphasisedActors() {
        return emphasisedActors;
    }

    /**
     * Also draws {@code ties} of {@code other}, a view of the same dataset (compare mode: the ties of the earlier
     * year that ended), with their ends; ends not drawn yet take their place from {@code positions}. The next
     * {@link #show} hides them again unless its view has them. No-op before the canvas has drawn.
     */
    public void showAlso(AlignmentView other, Collection<? extends Tie> ties, Positions positions) {
        if (drawn != null && drawn.isInitialised() && other.source() == drawn.source()) {
            drawn.showAlso(other, Set.copyOf(ties), positions);
            updateLabels();
        }
    }

    /**
     * Inline styles for tie nodes (compare colours: {@code -fx-stroke: …}); they outrank the theme and highlighting.
     * Replaces the previous call's map; an empty map restores the theme's look. Kept across {@link #show}.
     */
    public void setTieStyles(Map<Tie, String> styles) {
        tieStyles = Map.copyOf(styles);
        if (drawn != null && drawn.isInitialised()) {
            drawn.setTieStyles(tieStyles);
        }
    }

    /** The inline style of a drawn tie ("" when none or not drawn). */
    public String tieStyle(Tie tie) {
        return drawn == null ? "" : drawn.tieStyle(tie);
    }

    /**
     * Radii of state circles in layout units ("size vertices by" a metric); states left out, and every state after
     * an empty map, get the style's radius. Kept across {@link #show}.
     */
    public void setStateRadii(Map<Actor, Double> radii) {
        stateRadii = Map.copyOf(radii);
        if (drawn != null && drawn.isInitialised()) {
            drawn.setStateRadii(stateRadii);
        }
    }

    /**
     * Half-sides of organisation squares in layout units, as {@link VisualStyle#organisationRadius} gives them ("size
     * vertices by" degree, the one metric organisations have); organisations left out, and every one after an empty
     * map, are sized by their visible members. Kept across {@link #show}.
     */
    public void setOrganisationSizes(Map<Actor, Double> halfSides) {
        organisationSizes = Map.copyOf(halfSides);
        if (drawn != null && drawn.isInitialised()) {
            drawn.setOrganisationSizes(organisationSizes, view);
        }
    }

    /**
     * Fills states by community instead of by region: a state of community k (1 = the largest) takes
     * {@link VisualStyle#communityColour}(k) and every other state the neutral {@link VisualStyle#communityNeutral()}
     * — those in no community, or in one beyond the palette. Organisations keep their fill. Highlighting dims and
     * restores these colours as it does region colours. Kept across {@link #show} and theme switches until
     * {@link #colourStatesByRegion()}.
     *
     * @param communityOfState the community of each state that has one
     */
    public void colourStatesByCommunity(Map<State, Integer> communityOfState) {
        var classes = new HashMap<Actor, String>();
        communityOfState.forEach((s, k) -> classes.put(s, CanvasStylesheet.communityClass(k)));
        applyCommunityClasses(classes, CanvasStylesheet.COMMUNITY_OTHER);
    }

    /** Fills states by region again (the default), undoing {@link #colourStatesByCommunity}. */
    public void colourStatesByRegion() {
        applyCommunityClasses(Map.of(), null);
    }

    /** The fill a drawn vertex has now, its CSS applied; null when it has no node. For tests. */
    public Paint fillOf(Actor actor) {
        var node = drawn == null ? null : drawn.vertexNode(actor);
        if (node == null) {
            return null;
        }
        node.applyCss();
        return node.lookupAll("." + CanvasStylesheet.VERTEX).stream().filter(Shape.class::isInstance)
                .map(n -> ((Shape) n).getFill()).findFirst().orElse(null);
    }

    private void applyCommunityClasses(Map<Actor, String> classes, String others) {
        communityClasses = Map.copyOf(classes);
        otherStatesClass = others;
        if (drawn != null && drawn.isInitialised()) {
            drawn.setCommunityClasses(communityClasses, otherStatesClass);
        }
    }

    /** The radius an actor is drawn with, layout units; NaN when it has no node. */
    public double radiusOf(Actor actor) {
        return drawn == null ? Double.NaN : drawn.radiusOf(actor);
    }

    /** The drawn graph, for tests in this package. */
    DrawnGraph drawn() {
        return drawn;
    }

    /** The drawn tie nearest to a scene point within {@value #TIE_HIT_PX} screen px, or null. */
    Tie tieAt(double sceneX, double sceneY) {
        if (drawn == null || !drawn.isInitialised()) {
            return null;
        }
        var p = drawn.panel().sceneToLocal(sceneX, sceneY);
        return p == null ? null : drawn.tieAt(p.getX(), p.getY(), TIE_HIT_PX / viewport.zoomProperty().get());
    }

    private void updateMinorTies() {
        minorTiesHidden.set(viewport.zoomProperty().get() < MinorTies.MIN_ZOOM);
        if (drawn != null && drawn.isInitialised()) {
            drawn.setMinorTiesHidden(minorTiesHidden.get());
        }
    }

    private void applyStyle(VisualStyle newStyle) {
        this.style = newStyle;
        this.themeUrl = CanvasStylesheet.dataUrl(newStyle, Font.getFamilies());
        viewport.setBackground(new Background(new BackgroundFill(FxColours.of(newStyle.background()), null, null)));
    }

    private void initialiseWhenReady() {
        if (drawn == null || drawn.isInitialised() || viewport.getScene() == null) {
            return;
        }
        drawn.initialise();
        drawn.setMinorTiesHidden(minorTiesHidden.get());
        draw(pendingPositions);
    }

    private void draw(Positions positions) {
        pendingPositions = null;
        drawn.setOrganisationSizes(organisationSizes, null); // show() applies them
        drawn.setCommunityClasses(communityClasses, otherStatesClass);
        drawn.show(view, positions);
        drawn.setTieStyles(tieStyles);
        drawn.setStateRadii(stateRadii);
        if (selectedActor.get() != null && !view.contains(selectedActor.get())
                || selectedTie.get() != null && !view.ties().contains(selectedTie.get())) {
            clearSelectionQuietly();
        }
        if (hoveredActor != null && !view.contains(hoveredActor)) {
            hoveredActor = null;
        }
        refreshHighlight();
        if (liveLayout.get() && drawn.visibleVertexCount() > LIVE_LAYOUT_MAX_VERTICES) {
            liveLayout.set(false);
        }
        updateLabels();
        fitWhenReady();
    }

    private void fitWhenReady() {
        if (fitPending && drawn != null && drawn.isInitialised() && viewport.getWidth() > 0
                && viewport.getHeight() > 0) {
            fitPending = false;
            fit();
        }
    }

    private void onLiveLayout(boolean on) {
        if (on && (drawn == null || !drawn.isInitialised()
                || drawn.visibleVertexCount() > LIVE_LAYOUT_MAX_VERTICES)) {
            liveLayout.set(false);
            return;
        }
        if (drawn != null) {
            drawn.setLiveLayout(on);
        }
    }

    private void updateLabels() {
        if (drawn == null || !drawn.isInitialised()) {
            return;
        }
        double z = viewport.zoomProperty().get();
        boolean on = labelsVisible.get();
        double smallest = CanvasStylesheet.stateLabelSize(style) * z;
        double scale = Math.max(1, CanvasStylesheet.MIN_LABEL_PX / smallest);
        drawn.setLabels(on && z >= STATE_LABEL_MIN_ZOOM, on, scale);
    }

    private void clearSelectionQuietly() {
        selectedActor.set(null);
        selectedTie.set(null);
    }

    private void refreshHighlight() {
        if (drawn == null || !drawn.isInitialised()) {
            return;
        }
        var focus = hoveredActor != null ? hoveredActor : selectedActor.get();
        Set<Actor> actors = new HashSet<>();
        Set<Tie> ties = new HashSet<>();
        if (focus != null && view.contains(focus)) {
            actors.add(focus);
            for (var t : view.graph().edgesOf(focus)) {
                ties.add(t);
                actors.add(view.first(t));
                actors.add(view.second(t));
            }
        } else if (selectedTie.get() != null) {
            var t = selectedTie.get();
            ties.add(t);
            actors.add(view.first(t));
            actors.add(view.second(t));
        } else {
            for (var a : emphasisedActors) {
                if (drawn.isVertexVisible(a)) {
                    actors.add(a);
                }
            }
            for (var t : emphasisedTies) {
                if (drawn.isTieShown(t)) {
                    ties.add(t);
                }
            }
        }
        drawn.highlight(actors, ties);
    }
}

package org.allianceatlas.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.PauseTransition;
import javafx.animation.Transition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;

import org.allianceatlas.export.FontFace;
import org.allianceatlas.export.Java2dRenderer;
import org.allianceatlas.export.render.Bounds;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.Legend;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.export.render.Overlay;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.render.Scene;
import org.allianceatlas.export.render.SceneBuilder;
import org.allianceatlas.export.render.SceneFit;
import org.allianceatlas.export.render.SceneFrame;
import org.allianceatlas.export.render.SceneOptions;
import org.allianceatlas.export.render.TieGeometry;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.Point;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.layout.Viewport;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;

/**
 * The graph canvas: a zoomable, pannable picture of an {@link AlignmentView}, drawn from the same {@link Scene} the
 * exports draw ({@link SceneBuilder}): SmartGraph draws the scene's vertices and takes their clicks and hovering
 * ({@link SmartGraphVertices}); the scene's ties and labels are bitmaps drawn by the exports' Java2D renderer below
 * them ({@link SceneLayer}). Labels are placed so that none overlaps another or a vertex, at least
 * {@link RenderModelBuilder#MIN_LABEL_PX} px (for a 1080-px-high window) whatever the zoom; a label that finds no
 * room appears while the pointer is on its vertex.
 *
 * <p><b>Coordinates.</b> Positions are in layout units. The SmartGraph panel holds them at {@code origin + spread ·
 * position}; the viewport shows the panel zoomed and panned. {@link #fit()} chooses spread and zoom with the exports'
 * rule ({@link SceneFit}): a region fitted to the window spreads out while discs, squares and labels keep a readable
 * size. So, after a fit, the canvas shows exactly the scene an export of the window's size draws.
 *
 * <p><b>What changes what.</b> {@link #show} with {@link Change#YEAR} keeps every vertex still (the positions of a
 * timeline layout serve every year) and, with {@link #setFade}, fades ties, labels and vertices in and out. A
 * {@link Change#VIEW} (other filters, another layout) moves vertices to their new places in a short animation and fits
 * the view, unless the user zoomed or panned since the last fit. Hovering a vertex, or selecting a vertex or a tie,
 * highlights its neighbourhood and dims the rest; Escape or a click on the background clears the selection.
 *
 * <p><b>The map.</b> With {@link #mapModeProperty()} on (geographic layout only: the window decides), the world map of
 * the year is drawn under the ties ({@link MapLayer}, the exports' map layers as a bitmap): land, sea and borders, or
 * on the alliance map countries filled by the organisations of {@link #mapOrganisationsProperty()}, in compare mode
 * by who joined and left since the overlay's earlier year. A click on a country that is not on a vertex or a tie
 * selects its state ({@link #selectedActorProperty()} when the view draws it, else
 * {@link #selectedMapStateProperty()}); hovering a country outlines it and names it.
 *
 * <p><b>Saved views.</b> {@link #viewport()} and {@link #setViewport} say and set where the window looks, in layout
 * units and a zoom relative to the fitted view, so that a saved view comes back the same in a window of another size;
 * {@link #setHighlight} keeps a saved view's highlight under the analyses' emphasis until the selection is cleared;
 * {@link #layerOpacityProperty()} lets a presentation fade the ties and labels out and in around a move.
 *
 * <p><b>Lifecycle.</b> {@link Stage#EMPTY} until the first view; {@link Stage#WAITING} while the viewport is not yet
 * in a window (SmartGraph cannot start); {@link Stage#DRAWING} from then on. A view of another dataset replaces the
 * SmartGraph panel and starts again at {@code WAITING}. FX thread only.
 */
public final class GraphCanvas {

    /** What a {@link #show} changes. */
    public enum Change {
        /** Another year of the same filters and layout: vertices stay still; the view is not refitted. */
        YEAR,
        /** Other filters or another layout: vertices move to their new places, then the view fits them. */
        VIEW
    }

    /** Where the canvas is in its life (class comment). */
    enum Stage { EMPTY, WAITING, DRAWING }

    /** Largest view (vertices shown) for which SmartGraph's live force layout may run. */
    public static final int LIVE_LAYOUT_MAX_VERTICES = 150;

    /** Zoom below which minor ties ({@link TieGeometry#isMinor}) are hidden, unless highlighted. */
    public static final double MINOR_TIES_MIN_ZOOM = 0.5;

    /** How long a move to new positions, or an animated fit, takes. */
    public static final Duration MOTION = Duration.millis(300);

    /**
     * Views of more vertices than this are panned from a cached bitmap (docs/benchmarks.md, "UI timing": below it a
     * repaint is cheaper than copying the cache).
     */
    static final int PAN_CACHE_MIN_VERTICES = 500;

    /** How far from a tie's centre line a click still hits it, screen px (plus half the tie's width). */
    static final double TIE_HIT_PX = 4;

    /** Empty space around the drawing in the panel, panel units. */
    static final double MARGIN = 40;

    /** How long the images must stay put after a pan or zoom before the neighbouring years are prepared again. */
    static final Duration MOVE_SETTLE = Duration.millis(120);

    /** Largest zoom a "fit selection" uses: a single vertex is not blown up to fill the window. */
    static final double MAX_SELECTION_ZOOM = 3;

    private final ZoomPanPane viewport = new ZoomPanPane();
    private final SceneBuilder scenes = new SceneBuilder();
    private final ReadOnlyObjectWrapper<Actor> selectedActor = new ReadOnlyObjectWrapper<>(this, "selectedActor");
    private final ReadOnlyObjectWrapper<Tie> selectedTie = new ReadOnlyObjectWrapper<>(this, "selectedTie");
    private final ReadOnlyObjectWrapper<Scene.TieLine> selectedLink = new ReadOnlyObjectWrapper<>(this,
            "selectedLink");
    private final BooleanProperty labelsVisible = new SimpleBooleanProperty(this, "labelsVisible", true);
    private final BooleanProperty liveLayout = new SimpleBooleanProperty(this, "liveLayout", false);
    private final ObjectProperty<LabelMode> labelMode = new SimpleObjectProperty<>(this, "labelMode",
            LabelMode.NAMES);
    private final ObjectProperty<OrganisationDisplay> organisationDisplay = new SimpleObjectProperty<>(this,
            "organisationDisplay", OrganisationDisplay.VERTICES);
    private final ObjectProperty<MapMode> mapMode = new SimpleObjectProperty<>(this, "mapMode", MapMode.NONE);
    private final ObjectProperty<List<String>> mapOrganisations = new SimpleObjectProperty<>(this,
            "mapOrganisations", List.of());
    private final BooleanProperty clauseArcs = new SimpleBooleanProperty(this, "clauseArcs", false);
    private final ReadOnlyObjectWrapper<State> selectedMapState = new ReadOnlyObjectWrapper<>(this,
            "selectedMapState");
    private final Text countryLabel = new Text();
    private final ReadOnlyBooleanWrapper minorTiesHidden = new ReadOnlyBooleanWrapper(this, "minorTiesHidden");
    private final ReadOnlyObjectWrapper<Legend> legend = new ReadOnlyObjectWrapper<>(this, "legend");
    private final Text hoverLabel = new Text();
    private final ReadOnlyBooleanWrapper neighboursPrepared = new ReadOnlyBooleanWrapper(this,
            "neighboursPrepared", false);
    private final Runnable rebuildListener = this::flush;
    private final SmartGraphVertices.Events events = new SmartGraphVertices.Events() {
        @Override
        public void clicked(Actor actor) {
            select(actor);
        }

        @Override
        public void hovered(Actor actor) {
            // While panning, vertices slide under a still pointer: each crossing would switch the highlight.
            if (viewport.panningProperty().get()) {
                return;
            }
            hovered = actor;
            invalidate();
        }

        @Override
        public void moved() {
            readBackPositions = true;
            invalidate();
        }
    };

    private Stage stage = Stage.EMPTY;
    private VisualStyle style;
    private String themeUrl;
    private Java2dRenderer renderer;
    private SmartGraphVertices vertices;
    private SceneLayer layer;
    private MapLayer mapLayer;
    private AlignmentView view;
    /** The layout's positions (layout units) and those drawn now (the same, except during a motion). */
    private Positions positions = Positions.empty();
    private Positions currentPositions = Positions.empty();
    /** Panel units per layout unit; panel = origin + spread · layout. */
    private double spread = 1;
    private double originX = MARGIN;
    private double originY = MARGIN;
    private Overlay overlay = Overlay.NONE;
    /** A saved view's highlight ({@link #setHighlight}): drawn while neither the analyses nor a selection highlight. */
    private Overlay held = Overlay.NONE;
    /** A viewport asked for before the canvas could draw, applied after its first fit ({@link #setViewport}). */
    private Viewport pendingViewport;
    private final DoubleProperty layerOpacity = new SimpleDoubleProperty(this, "layerOpacity", 1);
    private Actor hovered;
    private Duration fade = Duration.ZERO;
    /** The fade of the next rebuild: only a year change fades. */
    private Duration pendingFade = Duration.ZERO;
    private boolean dirty;
    private boolean readBackPositions;
    private boolean fitPending;
    private boolean userMovedSinceFit;
    private Scene scene;
    private Motion motion;
    /** The view of a year with the filters of the view shown (null: a year not offered); null: nothing prepared. */
    private Function<FilterCriteria, AlignmentView> yearViews;
    private NeighbourYears neighbours;
    /** The rebuild to come is a year change (a prepared year may serve it). */
    private boolean yearChanged;
    /** The direction of the last year change (+1 or -1): the year that way is prepared first. */
    private int yearStep = 1;
    private boolean prepareScheduled;
    /** Where the layer's images were at the paint before: a pan or zoom in progress moves them at every frame. */
    private SceneRaster.Placement paintedAt;
    /**
     * Waits for the images to stay put before preparing (a pan would otherwise start over at every frame, on the core
     * the frame needs).
     */
    private final PauseTransition stillAfterMove = new PauseTransition(MOVE_SETTLE);
    /** The views of the years next to {@link #neighboursOf} (asked for once per view shown, not at every pan frame). */
    private AlignmentView neighboursOf;
    private final Map<Integer, AlignmentView> neighbourViews = new HashMap<>();
    /** What the scene drawn now was built from (null before the first). */
    private NeighbourYears.Inputs sceneInputs;
    /**
     * The area of the window the last fit filled, layout units: labels stay inside it, as they stay inside an
     * export's graph area, so a fitted canvas places exactly the labels an export of the window's size places. Null
     * before the first fit (labels stay inside the drawing).
     */
    private Bounds fitArea;

    public GraphCanvas(VisualStyle style) {
        applyStyle(Objects.requireNonNull(style, "style"));
        viewport.zoomProperty().addListener((obs, old, now) -> invalidate());
        labelsVisible.addListener((obs, old, now) -> invalidate());
        labelMode.addListener((obs, old, now) -> invalidate());
        organisationDisplay.addListener((obs, old, now) -> invalidate());
        mapMode.addListener((obs, old, now) -> onMapChanged(old, now));
        mapOrganisations.addListener((obs, old, now) -> invalidate());
        clauseArcs.addListener((obs, old, now) -> invalidate());
        liveLayout.addListener((obs, old, now) -> onLiveLayout(now));
        layerOpacity.addListener((obs, old, now) -> {
            if (layer != null) {
                layer.node().setOpacity(now.doubleValue());
            }
        });
        viewport.setOnUserMove(() -> userMovedSinceFit = true);
        viewport.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                clearSelection();
                e.consume();
            }
        });
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            // Ties are not nodes that take the pointer (they are a bitmap): a click that is not on a vertex selects
            // the nearest tie within a few pixels, or clears the selection.
            boolean background = e.getTarget() == viewport || vertices != null && e.getTarget() == vertices.panel();
            if (background && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                var line = tieAt(e.getSceneX(), e.getSceneY());
                if (line == null) {
                    selectCountryAt(e.getSceneX(), e.getSceneY());
                } else if (line.tie() != null) {
                    selectTie(line.tie());
                } else {
                    selectLink(line);
                }
            }
        });
        viewport.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(rebuildListener);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(rebuildListener);
            }
            startWhenReady();
        });
        viewport.panningProperty().addListener((obs, was, now) -> {
            if (!now && hovered != null) {
                hovered = null;
                invalidate();
            }
            if (now) {
                hoverCountry(null, 0, 0);
            }
        });
        viewport.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            // Over a vertex SmartGraph's hovering takes over; over the map, the country under the pointer.
            boolean background = e.getTarget() == viewport || vertices != null && e.getTarget() == vertices.panel();
            hoverCountry(background ? countryAt(e.getSceneX(), e.getSceneY()) : null, e.getSceneX(), e.getSceneY());
        });
        viewport.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverCountry(null, 0, 0));
        viewport.setCacheWhilePanning(() -> shownVertexCount() > PAN_CACHE_MIN_VERTICES);
        viewport.widthProperty().addListener((obs, old, now) -> onResize());
        viewport.heightProperty().addListener((obs, old, now) -> onResize());
        stillAfterMove.setOnFinished(e -> schedulePrepare());
        hoverLabel.setTextOrigin(VPos.BASELINE);
        hoverLabel.setManaged(false);
        hoverLabel.setMouseTransparent(true);
        hoverLabel.setStrokeType(StrokeType.OUTSIDE);
        hoverLabel.getStyleClass().add(CanvasStylesheet.HOVER_LABEL);
        hoverLabel.setVisible(false);
        countryLabel.setTextOrigin(VPos.BASELINE);
        countryLabel.setManaged(false);
        countryLabel.setMouseTransparent(true);
        countryLabel.setStrokeType(StrokeType.OUTSIDE);
        countryLabel.getStyleClass().add(CanvasStylesheet.COUNTRY_LABEL);
        countryLabel.setVisible(false);
    }

    /** The zoomable, pannable container holding the drawing. */
    public Region node() {
        return viewport;
    }

    // --- what is drawn ----------------------------------------------------------------------------------------

    /** Draws another year of the same filters and layout: {@code show(view, positions, Change.YEAR)}. */
    public void show(AlignmentView view, Positions positions) {
        show(view, positions, Change.YEAR);
    }

    /**
     * Draws {@code view} at {@code positions} (layout units; a timeline layout's positions serve every year). A view
     * of another dataset replaces the drawing and fits it; otherwise {@code change} says what happens (see
     * {@link Change}).
     */
    public void show(AlignmentView view, Positions positions, Change change) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(change, "change");
        boolean newDataset = vertices == null || vertices.source() != view.source();
        if (!newDataset && this.view != null && change == Change.YEAR) {
            int step = Integer.signum(view.criteria().year() - this.view.criteria().year());
            yearStep = step == 0 ? yearStep : step;
        }
        this.view = view;
        if (newDataset) {
            replaceDrawing(view);
            this.positions = positions;
            this.currentPositions = positions;
            fitPending = true;
            userMovedSinceFit = false;
            startWhenReady();
            return;
        }
        dropStaleSelection();
        if (change == Change.YEAR) {
            stopMotion();
            this.positions = positions;
            this.currentPositions = positions;
            pendingFade = fade;
            yearChanged = true;
            invalidate();
            return;
        }
        var from = currentPositions;
        this.positions = positions;
        if (stage != Stage.DRAWING) {
            currentPositions = positions;
            fitPending = true;
            return;
        }
        boolean refit = !userMovedSinceFit;
        startMotion(from, refit ? fitTarget(positions) : null);
    }

    /**
     * Lets the canvas prepare the years next to the one shown while it is idle (their scenes and tie images, on a
     * background thread), so that a step to one of them only swaps the prepared picture in. {@code viewOfYear}
     * gives the view of the criteria of the view shown with another year, or null for a year the app does not offer;
     * it is called on the FX thread. Null turns preparing off.
     */
    public void setYearViews(Function<FilterCriteria, AlignmentView> viewOfYear) {
        yearViews = viewOfYear;
        neighboursOf = null;
        neighbourViews.clear();
        if (neighbours != null) {
            neighbours.clear();
        }
        schedulePrepare();
    }

    /**
     * True while the years next to the one shown are prepared for what the canvas shows now (see
     * {@link #setYearViews}); false while they are being prepared, or when preparing is off.
     */
    public ReadOnlyBooleanProperty neighboursPreparedProperty() {
        return neighboursPrepared.getReadOnlyProperty();
    }

    /** The view drawn now; null before the first {@link #show}. */
    public AlignmentView view() {
        return view;
    }

    /**
     * What the analyses lay over the picture (comparison looks, sizes by a metric, community colours, the emphasis of a
     * bloc or a path). Replaces the previous overlay; hovering and selecting highlight on top of it.
     */
    public void setOverlay(Overlay newOverlay) {
        overlay = Objects.requireNonNull(newOverlay, "overlay");
        invalidate();
    }

    public Overlay overlay() {
        return overlay;
    }

    /** The scene drawn now (after bringing it up to date); null before the canvas draws. */
    public Scene scene() {
        flush();
        return scene;
    }

    /** All labels on or off. */
    public BooleanProperty labelsVisibleProperty() {
        return labelsVisible;
    }

    /** Names ("France") or codes ("FRA") in labels. */
    public ObjectProperty<LabelMode> labelModeProperty() {
        return labelMode;
    }

    /** Organisations as vertices, or hidden (states tied by what they share). */
    public ObjectProperty<OrganisationDisplay> organisationDisplayProperty() {
        return organisationDisplay;
    }

    /**
     * The map under the graph: none, land and borders, or the alliance map. Only meaningful with the geographic layout
     * (the window sets it back to none for the others).
     */
    public ObjectProperty<MapMode> mapModeProperty() {
        return mapMode;
    }

    /**
     * The organisations the alliance map colours, ids in colour order; empty for the default choice (the largest
     * mutual-defence organisations in view). Ids the data does not have are left out.
     */
    public ObjectProperty<List<String>> mapOrganisationsProperty() {
        return mapOrganisations;
    }

    /** On the alliance map, the clause ties between states drawn as arcs on top (else no tie is drawn). */
    public BooleanProperty clauseArcsProperty() {
        return clauseArcs;
    }

    /**
     * A state selected by a click on its country on the map when the view does not draw it (its filters leave it out);
     * null otherwise. A state the view draws is selected as {@link #selectedActorProperty()}.
     */
    public ReadOnlyObjectProperty<State> selectedMapStateProperty() {
        return selectedMapState.getReadOnlyProperty();
    }

    /**
     * The legend of what is drawn (the core {@link Legend} the exports carry, with the canvas's level of detail); null
     * before the canvas draws. Changes only when the legend does (not on hover).
     */
    public ReadOnlyObjectProperty<Legend> legendProperty() {
        return legend.getReadOnlyProperty();
    }

    /**
     * What the canvas draws besides the view, for an export of what is on screen: label mode, organisation display,
     * labels on or off, the map and its organisations, and the analyses' overlay (not the hover or selection
     * highlight).
     */
    public SceneOptions sceneOptions() {
        return baseOptions().withOverlay(overlay);
    }

    /** True while minor ties are hidden because the canvas is zoomed out below {@link #MINOR_TIES_MIN_ZOOM}. */
    public ReadOnlyBooleanProperty minorTiesHiddenProperty() {
        return minorTiesHidden.getReadOnlyProperty();
    }

    /**
     * How long vertices, ties and labels that appear or go on a year change take to fade in or out (playback); zero,
     * the default, makes them pop.
     */
    public void setFade(Duration duration) {
        fade = duration == null ? Duration.ZERO : duration;
    }

    /** Switches the theme: regenerates the stylesheet and redraws. */
    public void setStyle(VisualStyle newStyle) {
        applyStyle(Objects.requireNonNull(newStyle, "style"));
        if (vertices != null) {
            vertices.setStylesheet(themeUrl);
        }
        invalidate();
    }

    /**
     * SmartGraph's live force layout. Setting it to true is refused (it stays false) while more than
     * {@link #LIVE_LAYOUT_MAX_VERTICES} vertices are shown; a show that makes the view larger turns it off.
     */
    public BooleanProperty liveLayoutProperty() {
        return liveLayout;
    }

    /** Where the vertices are drawn now, in layout units (the layout's positions, or the live layout's). */
    public Positions currentPositions() {
        flush();
        return currentPositions;
    }

    /** Panel units per layout unit that the last fit chose (1 before any). */
    double spread() {
        return spread;
    }

    // --- selection ------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Actor> selectedActorProperty() {
        return selectedActor.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tie> selectedTieProperty() {
        return selectedTie.getReadOnlyProperty();
    }

    /** A selected line between two states that share organisations (organisations hidden); null when none. */
    public ReadOnlyObjectProperty<Scene.TieLine> selectedLinkProperty() {
        return selectedLink.getReadOnlyProperty();
    }

    /** Selects an actor of the view (null, or one not in it, clears) and highlights its neighbourhood. */
    public void select(Actor a) {
        if (a == null || view == null || !view.contains(a)) {
            clearSelection();
            return;
        }
        selectedTie.set(null);
        selectedLink.set(null);
        selectedMapState.set(null);
        selectedActor.set(a);
        invalidate();
    }

    /** Selects a tie of the view and highlights it and its two ends. */
    public void selectTie(Tie t) {
        if (t == null || view == null || !view.ties().contains(t)) {
            clearSelection();
            return;
        }
        selectedActor.set(null);
        selectedLink.set(null);
        selectedMapState.set(null);
        selectedTie.set(t);
        invalidate();
    }

    private void selectLink(Scene.TieLine line) {
        selectedActor.set(null);
        selectedTie.set(null);
        selectedMapState.set(null);
        selectedLink.set(line);
        invalidate();
    }

    /** Clears the selection and a saved view's highlight ({@link #setHighlight}). */
    public void clearSelection() {
        selectedActor.set(null);
        selectedTie.set(null);
        selectedLink.set(null);
        selectedMapState.set(null);
        held = Overlay.NONE;
        invalidate();
    }

    /**
     * Keeps {@code actors} and {@code ties} highlighted (a saved view's highlight: a path, a bloc), the rest dimmed,
     * as the analyses' emphasis is, until {@link #clearSelection()} (Escape, a click on the background), another call
     * or a view of another dataset. Those the view does not draw are left out; the analyses' emphasis and a selection
     * highlight on top of it. Empty sets: none.
     */
    public void setHighlight(Set<? extends Actor> actors, Set<? extends Tie> ties) {
        held = Overlay.NONE.withHighlight(actors, ties);
        invalidate();
    }

    /**
     * What is highlighted now, hovering aside: the selection's neighbourhood, else the analyses' emphasis, else the
     * saved view's highlight ({@link #setHighlight}); what a saved view keeps as its highlight. Only the highlight
     * sets of the result mean anything.
     */
    public Overlay shownHighlight() {
        return effectiveOverlay(false, view);
    }

    // --- viewport -------------------------------------------------------------------------------------------

    /**
     * Fits the view to the window with the exports' rule ({@link SceneFit}): positions spread to fill it, symbols at
     * most {@link SceneFit#MAX_SYMBOL_ZOOM} times their size. Positions in layout units do not change.
     */
    public void fit() {
        pendingViewport = null;
        if (stage != Stage.DRAWING) {
            fitPending = true;
            return;
        }
        var target = fitTarget(currentPositions);
        if (target != null) {
            stopMotion();
            apply(target);
            userMovedSinceFit = false;
            invalidate();
        }
    }

    /**
     * Zooms to {@code actors} (a search hit, a bloc, a path, the ends of a comparison's changes) in a short animation:
     * they fill the window, at most {@value #MAX_SELECTION_ZOOM}× zoomed. Does nothing when none of them is shown.
     */
    public void fitTo(Collection<? extends Actor> actors) {
        flush();
        if (stage != Stage.DRAWING || scene == null) {
            return;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        var wanted = new HashSet<Actor>(actors);
        for (var v : scene.vertices()) {
            if (wanted.contains(v.actor())) {
                minX = Math.min(minX, v.x() - v.radius());
                minY = Math.min(minY, v.y() - v.radius());
                maxX = Math.max(maxX, v.x() + v.radius());
                maxY = Math.max(maxY, v.y() + v.radius());
            }
        }
        if (minX > maxX || viewport.getWidth() <= 0) {
            return;
        }
        // Room for the labels around them.
        double pad = 60;
        var box = new BoundingBox(minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad);
        double z = Math.min(MAX_SELECTION_ZOOM, viewport.fitZoom(box));
        double panX = viewport.getWidth() / 2 - box.getCenterX() * z;
        double panY = viewport.getHeight() / 2 - box.getCenterY() * z;
        startMotion(currentPositions, new View(spread, z, panX, panY));
    }

    /** Zooms to what is selected or emphasised (a vertex and its neighbours, a tie's ends, a bloc, a path). */
    public void fitSelection() {
        var actors = effectiveOverlay().highlightedActors();
        if (!actors.isEmpty()) {
            fitTo(actors);
        }
    }

    public void zoomIn() {
        userMovedSinceFit = true;
        viewport.zoomIn();
    }

    public void zoomOut() {
        userMovedSinceFit = true;
        viewport.zoomOut();
    }

    /**
     * Where the window looks now: the layout point at its centre and the zoom relative to the fitted view (1: as
     * {@link #fit()} shows it, 2: twice as close); null before the canvas draws. Independent of the window's size, so
     * {@link #setViewport} shows the same place in a window of another size.
     */
    public Viewport viewport() {
        flush();
        var fitted = stage == Stage.DRAWING ? fitTarget(currentPositions, false) : null;
        if (fitted == null) {
            return null;
        }
        double z = viewport.zoomProperty().get();
        var origin = origin(currentPositions, spread);
        double panelX = (viewport.getWidth() / 2 - viewport.panX()) / z;
        double panelY = (viewport.getHeight() / 2 - viewport.panY()) / z;
        return new Viewport((panelX - origin[0]) / spread, (panelY - origin[1]) / spread,
                z * spread / (fitted.zoom() * fitted.spread()));
    }

    /**
     * Moves the window to {@code target} (see {@link #viewport()}) in the canvas's short motion, together with a move
     * of the vertices that {@link #show} started; null fits the view (animated). Before the canvas draws, the viewport
     * is applied after its first fit. A viewport counts as the user's: a later change of filters does not refit.
     */
    public void setViewport(Viewport target) {
        if (stage != Stage.DRAWING) {
            pendingViewport = target;
            return;
        }
        var fitted = fitTarget(positions);
        if (fitted == null) {
            return;
        }
        if (target == null) {
            startMotion(currentPositions, fitted);
            return;
        }
        startMotion(currentPositions, viewAt(target, fitted), true);
    }

    /** The view that shows {@code target} when {@code fitted} is the fitted view of the layout's positions. */
    private View viewAt(Viewport target, View fitted) {
        double z = fitted.zoom() * target.zoom();
        var origin = origin(positions, fitted.spread());
        double panelX = origin[0] + fitted.spread() * target.centreX();
        double panelY = origin[1] + fitted.spread() * target.centreY();
        return new View(fitted.spread(), z, viewport.getWidth() / 2 - z * panelX,
                viewport.getHeight() / 2 - z * panelY);
    }

    /**
     * The opacity of the ties and labels (the layer below the vertices), 1 by default: a presentation fades them out
     * while vertices move to a new view's places and in again once they are there.
     */
    public DoubleProperty layerOpacityProperty() {
        return layerOpacity;
    }

    /** Zoom factor, 1 = 100 % (1 panel unit = 1 px); clamped to [0.05, 8]; setting it zooms about the centre. */
    public DoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    /** True when the user zoomed or panned since the last fit (a filter change then does not refit). */
    public boolean userMovedSinceFit() {
        return userMovedSinceFit;
    }

    /** Starts a pan gesture (what a mouse drag does): the drawing may be cached as a bitmap until {@link #endPan()}. */
    public void startPan() {
        viewport.startPan();
    }

    /** Pans by ({@code dx}, {@code dy}) screen pixels, as a drag does. */
    public void panBy(double dx, double dy) {
        userMovedSinceFit = true;
        viewport.panBy(dx, dy);
    }

    public void endPan() {
        viewport.endPan();
    }

    // --- queries --------------------------------------------------------------------------------------------

    /** Number of vertices shown. */
    public int shownVertexCount() {
        return vertices == null ? 0 : vertices.shownCount();
    }

    /** Whether an actor is shown (a vertex of the view, drawn). */
    public boolean isShown(Actor actor) {
        flush();
        return vertices != null && vertices.isShown(actor);
    }

    /** Whether a tie is in the scene drawn now: in the view and not hidden by the level of detail (minor ties). */
    public boolean inScene(Tie tie) {
        flush();
        return scene != null && scene.ties().stream().anyMatch(t -> tie.equals(t.tie()));
    }

    /** Number of ties in the scene drawn now. */
    public int sceneTieCount() {
        flush();
        return scene == null ? 0 : scene.ties().size();
    }

    /** Whether an actor's label found room (it is drawn without hovering). */
    boolean isLabelled(Actor actor) {
        flush();
        return scene != null && scene.label(actor).isPresent();
    }

    /** The hover label's text while the pointer is on a vertex whose label found no room; empty otherwise. */
    String hoverLabelText() {
        flush();
        return hoverLabel.isVisible() ? hoverLabel.getText() : "";
    }

    /** The radius an actor is drawn with, panel units (a square's half side); NaN when it is not shown. */
    public double radiusOf(Actor actor) {
        flush();
        if (scene == null) {
            return Double.NaN;
        }
        return scene.vertices().stream().filter(v -> v.actor().equals(actor)).mapToDouble(Scene.Vertex::radius)
                .findFirst().orElse(Double.NaN);
    }

    /** The SmartGraph side, for tests in this package. */
    SmartGraphVertices vertices() {
        return vertices;
    }

    /** The scene layer, for tests in this package. */
    SceneLayer layer() {
        return layer;
    }

    /** The years prepared ahead, for tests in this package. */
    NeighbourYears neighbours() {
        return neighbours;
    }

    /** The map layer, for tests in this package. */
    MapLayer mapLayer() {
        flush();
        return mapLayer;
    }

    /** The hovered country's name as shown, empty when none is. */
    public String hoveredCountryText() {
        return countryLabel.isVisible() ? countryLabel.getText() : "";
    }

    // --- inside ---------------------------------------------------------------------------------------------

    /** The view's placement in the viewport: spread, zoom and pan. */
    private record View(double spread, double zoom, double panX, double panY) {
    }

    /** Moves vertices from one set of positions to another and the viewport to a target view, together. */
    private final class Motion extends Transition {
        private final Positions from;
        private final Positions to;
        private final View start;
        private final View end;

        /** @param userView true: {@code end} is a viewport asked for ({@link #setViewport}), not a fit */
        Motion(Positions from, Positions to, View start, View end, boolean userView) {
            this.from = from;
            this.to = to;
            this.start = start;
            this.end = end;
            setCycleDuration(MOTION);
            setInterpolator(Interpolator.EASE_BOTH);
            setOnFinished(e -> {
                motion = null;
                currentPositions = to;
                if (end != null) {
                    apply(end);
                    userMovedSinceFit = userView;
                }
                invalidate();
            });
        }

        @Override
        protected void interpolate(double f) {
            currentPositions = between(from, to, f);
            if (end != null) {
                apply(new View(start.spread() + (end.spread() - start.spread()) * f,
                        start.zoom() + (end.zoom() - start.zoom()) * f,
                        start.panX() + (end.panX() - start.panX()) * f,
                        start.panY() + (end.panY() - start.panY()) * f));
            }
            invalidate();
        }
    }

    private void startMotion(Positions from, View target) {
        startMotion(from, target, false);
    }

    private void startMotion(Positions from, View target, boolean userView) {
        stopMotion();
        var start = new View(spread, viewport.zoomProperty().get(), viewport.panX(), viewport.panY());
        motion = new Motion(from, positions, start, target, userView);
        motion.play();
    }

    private void stopMotion() {
        if (motion != null) {
            var m = motion;
            motion = null;
            m.stop();
            currentPositions = positions;
        }
    }

    /** Positions part way from {@code a} to {@code b}; vertices in only one of them stay where that one has them. */
    private static Positions between(Positions a, Positions b, double f) {
        var map = new LinkedHashMap<String, Point>();
        a.asMap().forEach(map::put);
        b.asMap().forEach((id, p) -> {
            var q = a.asMap().get(id);
            map.put(id, q == null ? p : new Point(q.x() + (p.x() - q.x()) * f, q.y() + (p.y() - q.y()) * f));
        });
        return new Positions(map);
    }

    /** The view that fits the current view drawn at {@code at} into the window (exports' rule), or null. */
    private View fitTarget(Positions at) {
        return fitTarget(at, true);
    }

    /** @param remember true: labels are kept inside the area this fit fills from now on (a fit that is applied) */
    private View fitTarget(Positions at, boolean remember) {
        if (view == null || viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return null;
        }
        double w = viewport.getWidth();
        double h = viewport.getHeight();
        double margin = Math.max(10, 0.035 * Math.min(w, h));
        var area = new Bounds(margin, margin, w - margin, h - margin);
        var frame = SceneFit.fit(view, at, style, baseOptions(), area, minLabelPx());
        if (frame == null) {
            return null;
        }
        double newSpread = frame.scale() / frame.symbol();
        double[] origin = origin(at, newSpread);
        var layoutMin = frame.toLayout(area.minX(), area.minY());
        var layoutMax = frame.toLayout(area.maxX(), area.maxY());
        if (remember) {
            fitArea = new Bounds(layoutMin.x(), layoutMin.y(), layoutMax.x(), layoutMax.y());
        }
        // screen = pan + zoom · (origin + spread · p) must equal frame.x(p) = originX' + scale · p.
        return new View(newSpread, frame.symbol(), frame.originX() - frame.symbol() * origin[0],
                frame.originY() - frame.symbol() * origin[1]);
    }

    private void apply(View v) {
        spread = v.spread();
        viewport.setView(v.zoom(), v.panX(), v.panY());
    }

    /** The panel origin for a spread: the layout's top-left corner at {@link #MARGIN}. */
    private static double[] origin(Positions at, double spread) {
        var b = at.bounds();
        return new double[] {MARGIN - b.minX() * spread, MARGIN - b.minY() * spread};
    }

    /** The smallest label on screen, px: as on a page of the window's size (RenderModelBuilder#minLabelSize). */
    private double minLabelPx() {
        double h = viewport.getHeight() > 0 ? viewport.getHeight() : 1080;
        double w = viewport.getWidth() > 0 ? viewport.getWidth() : 1920;
        return RenderModelBuilder.minLabelSize(w, h);
    }

    private SceneOptions baseOptions() {
        return SceneOptions.defaults().withLabels(labelMode.get()).withLabelsShown(labelsVisible.get())
                .withOrganisations(organisationDisplay.get()).withMap(mapMode.get())
                .withMapOrganisations(knownOrganisations()).withClauseArcs(clauseArcs.get());
    }

    /** The map's organisations that the data has (a choice made for other data is dropped, not an error). */
    private List<String> knownOrganisations() {
        var ids = mapOrganisations.get() == null ? List.<String>of() : mapOrganisations.get();
        if (view == null || ids.isEmpty()) {
            return List.of();
        }
        var data = view.source().dataset();
        return ids.stream().filter(id -> data.organisation(id).isPresent()).toList();
    }

    private void replaceDrawing(AlignmentView first) {
        if (vertices != null) {
            liveLayout.set(false);
            neighbours.clear();
            neighboursPrepared.unbind();
            vertices.dispose();
            layer.dispose();
            mapLayer.dispose();
        }
        stopMotion();
        selectedActor.set(null);
        selectedTie.set(null);
        selectedLink.set(null);
        selectedMapState.set(null);
        hovered = null;
        held = Overlay.NONE;
        scene = null;
        sceneInputs = null;
        fitArea = null;
        vertices = new SmartGraphVertices(first.source(), themeUrl, events);
        paintedAt = null;
        layer = new SceneLayer(vertices.panel(), renderer());
        layer.setOnPainted(this::painted);
        neighbours = new NeighbourYears(layer);
        neighboursPrepared.bind(neighbours.readyProperty());
        mapLayer = new MapLayer(vertices.panel(), renderer());
        layer.node().setOpacity(layerOpacity.get());
        viewport.setContent(vertices.panel(), mapLayer.node(), layer.node());
        stage = Stage.WAITING;
    }

    private Java2dRenderer renderer() {
        if (renderer == null) {
            renderer = new Java2dRenderer(FontFace.resolve(style.fontFamilies()));
        }
        return renderer;
    }

    private void startWhenReady() {
        if (stage != Stage.WAITING || viewport.getScene() == null) {
            return;
        }
        vertices.initialise();
        // Above every vertex: the name of the hovered vertex whose label found no room, or of the hovered country.
        vertices.panel().getChildren().addAll(hoverLabel, countryLabel);
        stage = Stage.DRAWING;
        onResize();
        invalidate();
    }

    private void onResize() {
        if (stage == Stage.DRAWING && fitPending && viewport.getWidth() > 0 && viewport.getHeight() > 0) {
            fitPending = false;
            var wanted = pendingViewport;
            fit();
            var fitted = wanted == null ? null : fitTarget(positions);
            if (fitted != null) {
                apply(viewAt(wanted, fitted));
                userMovedSinceFit = true;
                invalidate();
            }
        }
    }

    /** Something the scene depends on changed: rebuild it before the next frame. */
    private void invalidate() {
        if (!dirty) {
            dirty = true;
            javafx.application.Platform.requestNextPulse();
        }
    }

    /** Rebuilds the scene if anything changed since the last rebuild; also what queries call first. */
    private void flush() {
        if (!dirty || stage != Stage.DRAWING || view == null) {
            return;
        }
        dirty = false;
        if (readBackPositions) {
            readBackPositions = false;
            readBack();
        }
        var frame = sceneFrame();
        originX = frame.originX();
        originY = frame.originY();
        minorTiesHidden.set(viewport.zoomProperty().get() < MINOR_TIES_MIN_ZOOM);
        var inputs = inputs(view, frame);
        var options = inputs.options();
        // Whatever was being prepared was for the picture before this rebuild.
        neighbours.cancel();
        var ahead = yearChanged ? neighbours.take(inputs) : null;
        // The year left is a neighbour of the new one: its picture is kept, as if prepared.
        var left = yearViews != null && yearChanged && sceneInputs != null && scene != null
                ? new NeighbourYears.Entry(sceneInputs, scene, legend.get(), null) : null;
        yearChanged = false;
        sceneInputs = inputs;
        var newLegend = ahead != null ? ahead.legend() : Legend.of(view, style, inputs.legendOptions());
        if (!newLegend.equals(legend.get())) {
            legend.set(newLegend);
        }
        scene = ahead != null ? ahead.scene() : scenes.build(view, currentPositions, style, options, frame);
        var fadeNow = pendingFade;
        pendingFade = Duration.ZERO;
        vertices.show(scene, options.allianceMap() ? Map.of() : overlay.communities(), fadeNow, extentX(),
                extentY());
        vertices.setAllianceMap(options.allianceMap());
        layer.show(scene, fadeNow, ahead == null ? null : ahead.raster(), left == null ? null
                : picture -> neighbours.keep(new NeighbourYears.Entry(left.inputs(), left.scene(), left.legend(),
                        picture)));
        mapLayer.show(view, options, style, spread, originX, originY, viewport.zoomProperty().get(), fadeNow);
        var selectedState = selectedActor.get() instanceof State s ? s : selectedMapState.get();
        mapLayer.select(selectedState == null ? null : selectedState.id());
        if (liveLayout.get() && vertices.shownCount() > LIVE_LAYOUT_MAX_VERTICES) {
            liveLayout.set(false);
        }
        updateHoverLabel();
    }

    private double extentX() {
        return 2 * MARGIN + currentPositions.bounds().width() * spread;
    }

    private double extentY() {
        return 2 * MARGIN + currentPositions.bounds().height() * spread;
    }

    /** Where the scene is drawn in the panel now: spread, origin, the smallest label and the labels' clip. */
    private SceneFrame sceneFrame() {
        double[] origin = origin(currentPositions, spread);
        double z = viewport.zoomProperty().get();
        var clip = fitArea == null ? new Bounds(0, 0, extentX(), extentY())
                : new Bounds(origin[0] + fitArea.minX() * spread, origin[1] + fitArea.minY() * spread,
                        origin[0] + fitArea.maxX() * spread, origin[1] + fitArea.maxY() * spread);
        return new SceneFrame(spread, origin[0], origin[1], 1, minLabelPx() / z, clip);
    }

    /** What the scene and legend of {@code v} would be built from now, in {@code frame}. */
    private NeighbourYears.Inputs inputs(AlignmentView v, SceneFrame frame) {
        boolean minorHidden = viewport.zoomProperty().get() < MINOR_TIES_MIN_ZOOM;
        var options = baseOptions().withOverlay(effectiveOverlay(true, v)).withMinorTiesHidden(minorHidden);
        var legendOptions = baseOptions().withOverlay(overlay).withMinorTiesHidden(minorHidden);
        return new NeighbourYears.Inputs(v, currentPositions, style, options, frame, legendOptions);
    }

    /** After each paint: prepares when idle, or, while the images move (a pan, a zoom), once they stay put. */
    private void painted() {
        var now = layer.placement();
        boolean moved = paintedAt != null && !paintedAt.equals(now);
        paintedAt = now;
        if (moved) {
            neighbours.cancel();
            stillAfterMove.playFromStart();
        } else if (stillAfterMove.getStatus() != Animation.Status.RUNNING) {
            schedulePrepare();
        }
    }

    private void schedulePrepare() {
        if (!prepareScheduled && yearViews != null) {
            prepareScheduled = true;
            javafx.application.Platform.runLater(this::prepareNeighbours);
        }
    }

    /**
     * When the canvas is idle (nothing to rebuild, no motion, no fade), has the years next to the one shown prepared
     * for what it shows now, the year in the direction of the last change first.
     */
    private void prepareNeighbours() {
        prepareScheduled = false;
        if (yearViews == null || stage != Stage.DRAWING || view == null || scene == null || dirty || motion != null
                || layer.fadingCount() > 0 || layer.placement() == null) {
            return;
        }
        var frame = sceneFrame();
        var years = new ArrayList<NeighbourYears.Inputs>();
        int year = view.criteria().year();
        if (neighboursOf != view) {
            neighboursOf = view;
            neighbourViews.clear();
        }
        for (int y : new int[] {year + yearStep, year - yearStep}) {
            var v = neighbourViews.computeIfAbsent(y, k -> yearViews.apply(view.criteria().withYear(k)));
            if (v != null && v.source() == view.source()) {
                years.add(inputs(v, frame));
            }
        }
        neighbours.prepare(years);
    }

    /** Takes the positions SmartGraph moved vertices to (live layout, a drag) as the drawn positions. */
    private void readBack() {
        var moved = new LinkedHashMap<String, Point>();
        vertices.centres().forEach((a, c) -> moved.put(a.id(),
                new Point((c.getX() - originX) / spread, (c.getY() - originY) / spread)));
        currentPositions = currentPositions.with(new Positions(moved));
        positions = currentPositions;
    }

    /** The overlay with the hover or selection highlight on top of the analyses' own emphasis. */
    private Overlay effectiveOverlay() {
        return effectiveOverlay(true, view);
    }

    /**
     * The overlay with the selection highlight (and, with {@code withHover}, the hovered vertex's) on top of the
     * analyses' emphasis, which is on top of a saved view's highlight.
     */
    private Overlay effectiveOverlay(boolean withHover, AlignmentView drawn) {
        var focus = withHover && hovered != null ? hovered : selectedActor.get();
        Set<Actor> actors = new HashSet<>();
        Set<Tie> ties = new HashSet<>();
        if (drawn != null && focus != null && drawn.contains(focus)) {
            actors.add(focus);
            for (var t : drawn.graph().edgesOf(focus)) {
                ties.add(t);
                actors.add(drawn.first(t));
                actors.add(drawn.second(t));
            }
            if (organisationDisplay.get() == OrganisationDisplay.HIDDEN) {
                // States tied to the focus through an organisation they share.
                for (var a : Set.copyOf(actors)) {
                    if (a instanceof Organisation) {
                        drawn.graph().edgesOf(a).forEach(t -> actors.add(drawn.first(t)));
                    }
                }
            }
        } else if (drawn != null && selectedTie.get() != null && drawn.ties().contains(selectedTie.get())) {
            var t = selectedTie.get();
            ties.add(t);
            actors.add(drawn.first(t));
            actors.add(drawn.second(t));
        } else if (selectedLink.get() != null) {
            actors.add(selectedLink.get().from());
            actors.add(selectedLink.get().to());
        } else if (overlay.highlighting() || !held.highlighting() || drawn == null) {
            return overlay;
        } else {
            held.highlightedActors().stream().filter(drawn::contains).forEach(actors::add);
            held.highlightedTies().stream().filter(drawn.ties()::contains).forEach(ties::add);
        }
        return overlay.withHighlight(actors, ties);
    }

    private void updateHoverLabel() {
        var label = hovered == null || scene == null || scene.label(hovered).isPresent() ? null
                : scene.hoverLabel(hovered).orElse(null);
        if (label == null) {
            hoverLabel.setVisible(false);
            return;
        }
        hoverLabel.setText(label.text());
        hoverLabel.setFont(Font.font(style.fontFamilies().get(0), label.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                label.size()));
        hoverLabel.setFill(FxColours.of(style.foreground()));
        hoverLabel.setStroke(FxColours.of(style.background()));
        hoverLabel.setStrokeWidth(label.size() * 0.14);
        hoverLabel.setX(label.box().minX());
        hoverLabel.setY(label.baseline());
        hoverLabel.toFront();
        hoverLabel.setVisible(true);
    }

    private void dropStaleSelection() {
        if (selectedActor.get() != null && !view.contains(selectedActor.get())
                || selectedTie.get() != null && !view.ties().contains(selectedTie.get())) {
            selectedActor.set(null);
            selectedTie.set(null);
        }
        selectedLink.set(null);
        if (hovered != null && !view.contains(hovered)) {
            hovered = null;
        }
    }

    /** The map was turned on, off or changed: redraw, and fit again (to its crop) unless the user moved since. */
    private void onMapChanged(MapMode old, MapMode now) {
        if (now == MapMode.NONE) {
            hoverCountry(null, 0, 0);
        }
        invalidate();
        if ((old == MapMode.NONE) != (now == MapMode.NONE) && !userMovedSinceFit) {
            fit();
        }
    }

    /** The state whose country is under a scene point, if the map is drawn; null otherwise. */
    private String countryAt(double sceneX, double sceneY) {
        if (stage != Stage.DRAWING || mapMode.get() == MapMode.NONE || viewport.panningProperty().get()) {
            return null;
        }
        flush();
        var p = vertices.panel().sceneToLocal(sceneX, sceneY);
        return p == null ? null : mapLayer.stateAt(p.getX(), p.getY()).orElse(null);
    }

    /** Outlines the hovered country and names it next to the pointer (null: none). */
    private void hoverCountry(String stateId, double sceneX, double sceneY) {
        if (mapLayer == null) {
            return;
        }
        mapLayer.hover(stateId);
        if (stateId == null) {
            countryLabel.setVisible(false);
            return;
        }
        var p = vertices.panel().sceneToLocal(sceneX, sceneY);
        double z = viewport.zoomProperty().get();
        double size = minLabelPx();
        countryLabel.setText(mapLayer.describe(stateId));
        countryLabel.setFont(Font.font(style.fontFamilies().get(0), FontWeight.BOLD, size / z));
        countryLabel.setStrokeWidth(size * 0.14 / z);
        // Beside the pointer, not under it: the label must not hide what the pointer is on.
        countryLabel.setX(p.getX() + 12 / z);
        countryLabel.setY(p.getY() - 10 / z);
        countryLabel.toFront();
        countryLabel.setVisible(true);
    }

    /** A click on the map away from vertices and ties: selects the state of the country there, or clears. */
    private void selectCountryAt(double sceneX, double sceneY) {
        var id = countryAt(sceneX, sceneY);
        var state = id == null ? null : view.source().dataset().state(id).orElse(null);
        if (state == null) {
            clearSelection();
        } else if (view.contains(state)) {
            select(state);
        } else {
            selectedActor.set(null);
            selectedTie.set(null);
            selectedLink.set(null);
            selectedMapState.set(state);
            invalidate();
        }
    }

    private void onLiveLayout(boolean on) {
        if (on && (stage != Stage.DRAWING || vertices.shownCount() > LIVE_LAYOUT_MAX_VERTICES)) {
            liveLayout.set(false);
            return;
        }
        if (stage == Stage.DRAWING) {
            flush();
            vertices.setLiveLayout(on, scene == null ? java.util.List.of() : scene.ties());
        }
    }

    private void applyStyle(VisualStyle newStyle) {
        this.style = newStyle;
        this.themeUrl = CanvasStylesheet.dataUrl(newStyle, Font.getFamilies());
        viewport.setBackground(new Background(new BackgroundFill(FxColours.of(newStyle.background()), null, null)));
    }

    /** The tie line nearest to a scene point within {@value #TIE_HIT_PX} screen px, or null. */
    Scene.TieLine tieAt(double sceneX, double sceneY) {
        flush();
        if (stage != Stage.DRAWING) {
            return null;
        }
        var p = vertices.panel().sceneToLocal(sceneX, sceneY);
        return p == null ? null : layer.tieAt(p.getX(), p.getY(), TIE_HIT_PX / viewport.zoomProperty().get());
    }

    /** For tests: positions as panel coordinates. */
    Map<Actor, Point2D> panelCentres() {
        flush();
        var map = new HashMap<Actor, Point2D>();
        if (scene != null) {
            scene.vertices().forEach(v -> map.put(v.actor(), new Point2D(v.x(), v.y())));
        }
        return map;
    }
}

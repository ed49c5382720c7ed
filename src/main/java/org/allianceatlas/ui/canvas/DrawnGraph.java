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
import java.util.function.BooleanSupplier;

import com.brunomnsilva.smartgraph.graph.DigraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Edge;
import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.ForceDirectedSpringGravityLayoutStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartGraphEdgeNode;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import com.brunomnsilva.smartgraph.graphview.SmartPlacementStrategy;
import javafx.animation.FadeTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.Point;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;

/**
 * The drawing of the canvas for one dataset: one {@link SmartGraphPanel} whose SmartGraph digraph holds every actor of
 * the dataset, and a {@link TieLayer} that draws the ties. JGraphT ({@link AlignmentView}) is the truth; this class
 * only mirrors it.
 *
 * <p><b>SmartGraph draws vertices, the tie layer draws ties.</b> SmartGraph draws the vertices and handles their
 * clicks and hovering; their labels are plain texts ({@link VertexLabels}) above them in the panel. Ties are not
 * SmartGraph edges but the tie layer's bitmap, shown in the viewport below the panel
 * (docs/decisions/0004-ties-drawn-outside-smartgraph.md, 0006-ties-as-a-bitmap-labels-as-texts.md). The one
 * exception is SmartGraph's live force layout, which needs adjacency: while it runs, the shown ties are also in
 * SmartGraph's model, with their edge nodes invisible ({@link #setLiveLayout}).
 *
 * <p><b>Diff and hide.</b> {@link #show} hides the vertices that left the view ({@code setVisible(false)} on the
 * vertex and its label), shows those that came back and hands the view's ties to the tie layer, which rebuilds its
 * batches once and rasterises them before the next frame. Vertices are never removed: removing and re-adding costs
 * 10–30× more than hiding (field notes).
 *
 * <p><b>Why every actor up front.</b> SmartGraph places a vertex added after {@code init()} by searching rings of
 * free positions against every drawn vertex; creating all vertex nodes with the panel avoids that cost and means
 * later shows add nothing. Hidden vertices cost no rendering and are left out of the live layout.
 *
 * <p><b>Ties and labels follow vertices.</b> This class listens to every vertex node's centre and radius: a vertex
 * moved by SmartGraph (live layout) or by this class moves its label and marks the tie layer dirty, which rebuilds
 * and rasterises once per pulse.
 *
 * <p><b>Coordinates.</b> Panel coordinates are layout units shifted by a fixed origin chosen at construction, so that
 * the first layout lies at {@link #MARGIN} from the panel's top-left corner; the origin never changes afterwards, so a
 * vertex that stays visible keeps its place.
 *
 * <p>FX thread only.
 */
final class DrawnGraph {

    /** Empty space left of and above the first layout, in layout units (= px at 100 % zoom). */
    static final double MARGIN = 40;
    /** What the canvas wants to hear about. */
    interface Events {
        void vertexClicked(Actor actor);

        /** The pointer entered a vertex ({@code actor}) or left one ({@code null}). */
        void hovered(Actor actor);
    }

    /** Positions are applied by the canvas, never by SmartGraph's own (random or circular) placement. */
    private static final SmartPlacementStrategy KEEP_POSITIONS = new SmartPlacementStrategy() {
        @Override
        public <V, E> void place(double width, double height, SmartGraphPanel<V, E> panel) {
            // Intentionally empty: see DrawnGraph#show.
        }
    };

    private final AlignmentGraph source;
    private final DigraphEdgeList<Actor, Tie> model = new DigraphEdgeList<>();
    private final Map<Actor, Vertex<Actor>> vertices = new HashMap<>();
    private final Map<Actor, SmartGraphVertexNode<Actor>> vertexNodes = new HashMap<>();
    /** Ties in SmartGraph's model: only while the live layout runs (it needs adjacency), else none. */
    private final Map<Tie, Edge<Tie, Actor>> modelEdges = new HashMap<>();
    private final Map<Tie, SmartGraphEdgeNode<Tie, Actor>> edgeNodes = new HashMap<>();
    private final Set<Actor> shownVertices = new HashSet<>();
    /** How each tie seen so far is drawn (its ends, direction, level of detail). */
    private final Map<Tie, TieLayer.Drawn> drawnTies = new HashMap<>();
    private final TieLayer ties;
    private final Map<Actor, Double> radii = new HashMap<>();
    private final Set<Actor> highlightedVertices = new HashSet<>();
    private final Set<Tie> highlightedTies = new HashSet<>();
    private final SmartGraphPanel<Actor, Tie> panel;
    private final Events events;
    private final double originX;
    private final double originY;
    /**
     * Panel units per layout unit. Fitting a small region to a large window spreads the positions instead of
     * zooming the panel, so that vertices and labels keep a readable size (see {@link GraphCanvas#fit}).
     */
    private double spread = 1;
    private VisualStyle style;
    private String themeUrl;
    private boolean initialised;
    private final VertexLabels labels = new VertexLabels();
    /** How long ties and vertices take to fade in or out on {@link #show}; zero: they pop (the default). */
    private Duration fade = Duration.ZERO;
    private boolean liveLayout;
    /** State radii set by {@link #setStateRadii}; states not in it have the style's radius. */
    private final Map<Actor, Double> stateRadii = new HashMap<>();
    /** Half-sides set by {@link #setOrganisationSizes}; organisations not in it are sized by their visible members. */
    private final Map<Actor, Double> organisationHalfSides = new HashMap<>();
    /** The community class each state node has ({@link #setCommunityClasses}); none: its region colour. */
    private final Map<Actor, String> communityClasses = new HashMap<>();

    /**
     * Builds the SmartGraph model and panel for {@code first.source()}; nothing is drawn until {@link #initialise}
     * (SmartGraph's {@code init()} needs the panel in a scene with a size).
     *
     * @param first          the first view to show
     * @param firstPositions its positions, used to choose the fixed origin
     */
    DrawnGraph(AlignmentView first, Positions firstPositions, VisualStyle style, String themeUrl, Events events) {
        this.source = first.source();
        this.style = style;
        this.events = events;
        var b = firstPositions.bounds();
        this.originX = MARGIN - b[0];
        this.originY = MARGIN - b[1];
        for (var actor : source.graph().vertexSet()) {
            vertices.put(actor, model.insertVertex(actor));
            radii.put(actor, style.radius(actor, 0));
        }
        panel = new SmartGraphPanel<>(model, CanvasResources.properties(), KEEP_POSITIONS,
                CanvasResources.stylesheet(), new VisibleVerticesLayout());
        // SmartGraph's "square" is an axis-aligned regular polygon whose radius is the circumradius.
        panel.setVertexShapeTypeProvider(a -> a instanceof Organisation ? "square" : "circle");
        panel.setVertexRadiusProvider(a -> radii.getOrDefault(a, style.stateRadius()));
        this.themeUrl = themeUrl;
        panel.getStylesheets().add(themeUrl);
        ties = new TieLayer(style, new TieLayer.Ends() {
            @Override
            public double x(Actor a) {
                return vertexNodes.get(a).getCenterX();
            }

            @Override
            public double y(Actor a) {
                return vertexNodes.get(a).getCenterY();
            }

            @Override
            public double radius(Actor a) {
                return vertexNodes.get(a).getRadius();
            }
        }, panel);
        // SmartGraph's init() refuses a panel of zero size: give it the size of the first layout straight away.
        sizePanel(b[2] - b[0] + 2 * MARGIN, b[3] - b[1] + 2 * MARGIN);
    }

    SmartGraphPanel<Actor, Tie> panel() {
        return panel;
    }

    AlignmentGraph source() {
        return source;
    }

    boolean isInitialised() {
        return initialised;
    }

    /** Runs SmartGraph's {@code init()}; the panel must be in a scene. */
    void initialise() {
        // init() refuses a panel of zero size. Sizing it here rather than through a CSS and layout pass means that
        // init() sets the real shapes and radii before the first CSS pass: SmartGraph creates its nodes as circles.
        panel.resize(panel.getPrefWidth(), panel.getPrefHeight());
        panel.init();
        initialised = true;
        registerNewNodes();
        // Above every vertex.
        panel.getChildren().add(labels.node());
        // Everything starts hidden; the first show reveals the view.
        for (var node : vertexNodes.values()) {
            setVertexVisible(node, false);
        }
    }

    /**
     * Makes the drawing match {@code view}. Vertices that stay visible do not move; vertices that appear take their
     * place from {@code positions} (or, when it has none for them, the centre of their visible neighbours).
     */
    void show(AlignmentView view, Positions positions) {
        if (view.source() != source) {
            throw new IllegalArgumentException("view of another dataset: the canvas builds a new panel for it");
        }
        updateRadii(view);

        var leaving = new ArrayList<Actor>();
        for (var a : shownVertices) {
            if (!view.contains(a)) {
                leaving.add(a);
            }
        }
        for (var a : leaving) {
            shownVertices.remove(a);
            fadeOut(labels.label(a), () -> !shownVertices.contains(a), () -> { });
            fadeOut(vertexNodes.get(a), () -> !shownVertices.contains(a),
                    () -> setVertexVisible(vertexNodes.get(a), false));
        }
        var arriving = new ArrayList<Actor>();
        for (var a : view.vertices()) {
            if (shownVertices.add(a)) {
                arriving.add(a);
            }
        }
        var shownTies = new LinkedHashMap<Tie, TieLayer.Drawn>(view.ties().size() * 2);
        for (var t : view.ties()) {
            shownTies.put(t, drawn(view, t));
        }
        ties.show(shownTies);
        // Place arriving vertices: positions first, so the neighbour fallback sees as many placed neighbours as
        // possible.
        var unplaced = new ArrayList<Actor>();
        for (var a : arriving) {
            var p = positions.of(a.id());
            if (p.isPresent()) {
                moveTo(a, p.get());
            } else {
                unplaced.add(a);
            }
        }
        for (var a : unplaced) {
            placeNearNeighbours(view, a);
        }
        for (var a : arriving) {
            setVertexVisible(vertexNodes.get(a), true);
            fadeIn(vertexNodes.get(a));
            fadeIn(labels.label(a));
        }
        resizePanel();
        if (liveLayout) {
            syncModelEdges();
        }
    }

    /** Moves every visible vertex that {@code positions} has to its position (a new layout of the same view). */
    void relayout(Positions positions) {
        for (var a : shownVertices) {
            positions.of(a.id()).ifPresent(p -> moveTo(a, p));
        }
        resizePanel();
    }

    /** Positions of the visible vertices, in layout units. */
    Positions currentPositions() {
        var map = new LinkedHashMap<String, Point>();
        for (var a : shownVertices) {
            var node = vertexNodes.get(a);
            map.put(a.id(), new Point((node.getCenterX() - originX) / spread, (node.getCenterY() - originY) / spread));
        }
        return new Positions(map);
    }

    /** Centre of a drawn vertex in panel coordinates, or null when it is not drawn. */
    Point2D centreOf(Actor a) {
        var node = vertexNodes.get(a);
        return node == null ? null : new Point2D(node.getCenterX(), node.getCenterY());
    }

    /** Bounds of the visible vertices (with their radii) in panel coordinates; null when nothing is visible. */
    Bounds visibleBounds() {
        if (shownVertices.isEmpty()) {
            return null;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (var a : shownVertices) {
            var n = vertexNodes.get(a);
            double r = n.getRadius();
            minX = Math.min(minX, n.getCenterX() - r);
            minY = Math.min(minY, n.getCenterY() - r);
            maxX = Math.max(maxX, n.getCenterX() + r);
            maxY = Math.max(maxY, n.getCenterY() + r);
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    int visibleVertexCount() {
        return (int) vertexNodes.values().stream().filter(Node::isVisible).count();
    }

    /** Ties drawn now (level of detail honoured). */
    int visibleTieCount() {
        return ties.drawnCount();
    }

    /** Whether {@code tie} is drawn now: shown, and not hidden by the level of detail. */
    boolean isTieVisible(Tie tie) {
        return ties.isDrawn(tie);
    }

    /** Whether {@code tie} is shown (in the view or drawn in addition), whatever the level of detail. */
    boolean isTieShown(Tie tie) {
        return ties.isShown(tie);
    }

    TieLayer tieLayer() {
        return ties;
    }

    /** The shown tie under the panel point ({@code x}, {@code y}) within {@code tolerance} panel units, or null. */
    Tie tieAt(double x, double y, double tolerance) {
        return ties.tieAt(x, y, tolerance);
    }

    /** Level of detail: hides or shows the minor ties ({@link MinorTies}). */
    void setMinorTiesHidden(boolean hidden) {
        ties.setMinorHidden(hidden);
    }

    boolean isVertexVisible(Actor a) {
        var n = vertexNodes.get(a);
        return n != null && n.isVisible();
    }

    /** The vertex node of an actor, for tests that click it. */
    Node vertexNode(Actor a) {
        return vertexNodes.get(a);
    }

    /** The label node of an actor, or null when it has never been shown. */
    Node labelNode(Actor a) {
        return labels.label(a);
    }

    /** Number of vertices and edges in SmartGraph's model (edges only while the live layout runs). */
    int modelSize() {
        return model.numVertices() + model.numEdges();
    }

    /** Number of edges in SmartGraph's model. */
    int modelEdgeCount() {
        return model.numEdges();
    }

    void setStyle(VisualStyle newStyle, String newThemeUrl) {
        this.style = newStyle;
        panel.getStylesheets().remove(themeUrl);
        panel.getStylesheets().add(newThemeUrl);
        this.themeUrl = newThemeUrl;
        ties.setStyle(newStyle);
    }

    /**
     * Level of detail: which labels are shown and how much they are scaled up (1 = layout size) so that they stay
     * readable when the drawing is zoomed out.
     */
    void setLabels(boolean states, boolean organisations, double scale) {
        labels.setLevelOfDetail(states, organisations, scale);
    }

    /**
     * Highlights {@code actors} and {@code ties} and dims everything else: for vertices one class on the panel plus
     * one class on each highlighted node; every other tie is drawn dimmed by the tie layer. Passing empty sets clears
     * the highlight.
     */
    void highlight(Set<Actor> actors, Set<Tie> ties) {
        for (var a : highlightedVertices) {
            if (!actors.contains(a)) {
                markVertex(a, false);
            }
        }
        for (var a : actors) {
            if (!highlightedVertices.contains(a)) {
                markVertex(a, true);
            }
        }
        highlightedVertices.clear();
        highlightedVertices.addAll(actors);
        var classes = panel.getStyleClass();
        boolean on = !actors.isEmpty() || !ties.isEmpty();
        boolean wasOn = classes.contains(CanvasStylesheet.HIGHLIGHTING);
        if (on != wasOn || on && !highlightedTies.equals(ties)) {
            this.ties.setHighlight(on, ties);
        }
        highlightedTies.clear();
        highlightedTies.addAll(ties);
        if (on && !classes.contains(CanvasStylesheet.HIGHLIGHTING)) {
            classes.add(CanvasStylesheet.HIGHLIGHTING);
        } else if (!on) {
            classes.remove(CanvasStylesheet.HIGHLIGHTING);
        }
    }

    /** Sets how long appearing and disappearing ties and vertices fade (zero: they pop). */
    void setFade(Duration duration) {
        fade = duration == null ? Duration.ZERO : duration;
        ties.setFade(fade);
    }

    /**
     * Draws {@code ties} of {@code other} (a view of the same dataset, e.g. an earlier year) in addition to what is
     * shown, with their ends; ends not drawn yet take their place from {@code positions}. The next {@link #show}
     * hides them again unless its view has them.
     */
    void showAlso(AlignmentView other, Collection<Tie> extra, Positions positions) {
        var added = new LinkedHashMap<Tie, TieLayer.Drawn>();
        for (var t : extra) {
            for (var end : List.of(other.first(t), other.second(t))) {
                if (shownVertices.add(end)) {
                    positions.of(end.id()).ifPresentOrElse(p -> moveTo(end, p), () -> placeNearNeighbours(other, end));
                    setVertexVisible(vertexNodes.get(end), true);
                }
            }
            if (!ties.isShown(t)) {
                added.put(t, drawn(other, t));
            }
        }
        ties.add(added);
        resizePanel();
        if (liveLayout) {
            syncModelEdges();
        }
    }

    /**
     * Gives ties an inline style (which outranks the theme sheet, highlighting included), replacing the previous
     * call's; an empty map restores the theme's look.
     */
    void setTieStyles(Map<Tie, String> styles) {
        ties.setInlineStyles(styles);
    }

    /** Sets the radius of the given states (layout units); every other state goes back to the style's radius. */
    void setStateRadii(Map<Actor, Double> radiiByState) {
        var changed = new HashSet<>(stateRadii.keySet());
        changed.addAll(radiiByState.keySet());
        stateRadii.clear();
        stateRadii.putAll(radiiByState);
        for (var a : changed) {
            var node = vertexNodes.get(a);
            if (a instanceof State && node != null) {
                double r = stateRadii.getOrDefault(a, style.stateRadius());
                radii.put(a, r);
                node.setRadius(r);
            }
        }
    }

    /**
     * Sets the half-side of the given organisations' squares (layout units, as {@link VisualStyle#organisationRadius});
     * every other organisation goes back to the size of its visible members. Applied to the organisations of
     * {@code view} now, when given, and to those of every later {@link #show}.
     */
    void setOrganisationSizes(Map<Actor, Double> halfSides, AlignmentView view) {
        organisationHalfSides.clear();
        organisationHalfSides.putAll(halfSides);
        if (view != null) {
            updateRadii(view);
        }
    }

    /**
     * Gives each state in {@code classes} that community class ({@link CanvasStylesheet#communityClass}) and every
     * other state {@code others}, in place of the class it had; with {@code others} null those states lose their
     * community class and show their region colour again. Nodes whose class does not change are not touched (each
     * change restyles the node).
     */
    void setCommunityClasses(Map<Actor, String> classes, String others) {
        for (var e : vertexNodes.entrySet()) {
            var actor = e.getKey();
            var wanted = classes.getOrDefault(actor, others);
            var had = communityClasses.get(actor);
            if (!(actor instanceof State) || Objects.equals(wanted, had)) {
                continue;
            }
            if (had != null) {
                e.getValue().removeStyleClass(had);
                communityClasses.remove(actor);
            }
            if (wanted != null) {
                e.getValue().addStyleClass(wanted);
                communityClasses.put(actor, wanted);
            }
        }
    }

    /** The radius a vertex is drawn with now, or NaN when it has no node. */
    double radiusOf(Actor a) {
        var node = vertexNodes.get(a);
        return node == null ? Double.NaN : node.getRadius();
    }

    /** The inline style of a shown tie ("" when none or not shown). */
    String tieStyle(Tie t) {
        return ties.inlineStyle(t);
    }

    private void fadeIn(Node node) {
        if (node == null || fade.lessThanOrEqualTo(Duration.ZERO)) {
            return;
        }
        var transition = new FadeTransition(fade, node);
        transition.setFromValue(0);
        transition.setToValue(1);
        transition.play();
    }

    /**
     * Fades a node out, then runs {@code hide} unless {@code stillLeaving} says it came back meanwhile; without a
     * fade duration hides at once.
     */
    private void fadeOut(Node node, BooleanSupplier stillLeaving, Runnable hide) {
        if (node == null || fade.lessThanOrEqualTo(Duration.ZERO)) {
            hide.run();
            return;
        }
        var transition = new FadeTransition(fade, node);
        transition.setFromValue(node.getOpacity());
        transition.setToValue(0);
        transition.setOnFinished(e -> {
            node.setOpacity(1);
            if (stillLeaving.getAsBoolean()) {
                hide.run();
            }
        });
        transition.play();
    }

    /**
     * Runs or stops SmartGraph's force layout (O(V²) per frame on the FX thread: small views only). Its forces pull
     * along SmartGraph's edges, so while it runs the shown ties are put into SmartGraph's model (their edge nodes
     * invisible: the tie layer still draws them); when it stops they are taken out again.
     */
    void setLiveLayout(boolean on) {
        liveLayout = on;
        syncModelEdges();
        panel.setAutomaticLayout(on);
    }

    void dispose() {
        panel.setAutomaticLayout(false);
        ties.dispose();
    }

    /** Makes SmartGraph's edges the shown ties while the live layout runs, and none otherwise; one update. */
    private void syncModelEdges() {
        boolean changed = false;
        for (var it = modelEdges.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (!liveLayout || !ties.isShown(e.getKey())) {
                model.removeEdge(e.getValue());
                edgeNodes.remove(e.getKey());
                it.remove();
                changed = true;
            }
        }
        if (liveLayout) {
            for (var t : ties.shownTies()) {
                if (!modelEdges.containsKey(t)) {
                    var d = drawnTies.get(t);
                    modelEdges.put(t, model.insertEdge(vertices.get(d.from()), vertices.get(d.to()), t));
                    changed = true;
                }
            }
        }
        if (changed) {
            // On the FX thread updateAndWait runs synchronously: the new nodes exist when it returns.
            panel.updateAndWait();
            registerNewNodes();
        }
    }

    private void markVertex(Actor a, boolean on) {
        var node = vertexNodes.get(a);
        if (node == null) {
            return;
        }
        labels.setHighlighted(a, on);
        if (on) {
            node.addStyleClass(CanvasStylesheet.HIGHLIGHTED);
        } else {
            node.removeStyleClass(CanvasStylesheet.HIGHLIGHTED);
        }
    }

    /** How {@code tie} of {@code view} is drawn: from its first to its second end (the recipient when directed). */
    private TieLayer.Drawn drawn(AlignmentView view, Tie tie) {
        var d = drawnTies.get(tie);
        if (d == null) {
            d = new TieLayer.Drawn(view.first(tie), view.second(tie), isDirected(tie), MinorTies.isMinor(tie));
            drawnTies.put(tie, d);
        }
        return d;
    }

    /** Registers, styles and wires the nodes SmartGraph created since the last call. */
    @SuppressWarnings("unchecked")
    private void registerNewNodes() {
        if (vertexNodes.size() < vertices.size()) {
            for (var v : panel.getSmartVertices()) {
                var node = (SmartGraphVertexNode<Actor>) v;
                var actor = node.getUnderlyingVertex().element();
                if (vertexNodes.putIfAbsent(actor, node) == null) {
                    styleVertex(actor, node);
                }
            }
        }
        for (var e : panel.getSmartEdges()) {
            var node = (SmartGraphEdgeNode<Tie, Actor>) e;
            var tie = node.getUnderlyingEdge().element();
            if (edgeNodes.putIfAbsent(tie, node) == null) {
                // Only there for the live layout's forces: the tie layer draws the tie.
                node.setVisible(false);
                node.setMouseTransparent(true);
                if (node.getAttachedArrow() != null) {
                    node.getAttachedArrow().setVisible(false);
                }
            }
        }
    }

    private void styleVertex(Actor actor, SmartGraphVertexNode<Actor> node) {
        if (actor instanceof State s) {
            node.addStyleClass(CanvasStylesheet.STATE);
            node.addStyleClass(CanvasStylesheet.regionClass(s.region()));
        } else {
            node.addStyleClass(CanvasStylesheet.ORGANISATION);
        }
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                events.vertexClicked(actor);
            }
        });
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> events.hovered(actor));
        node.addEventHandler(MouseEvent.MOUSE_EXITED, e -> events.hovered(null));
        // Ties and the label follow their vertex, whoever moves it (this class, SmartGraph's live layout, a drag).
        InvalidationListener moved = o -> {
            ties.invalidate();
            labels.place(actor, node.getCenterX(), node.getCenterY(), node.getRadius());
        };
        node.centerXProperty().addListener(moved);
        node.centerYProperty().addListener(moved);
        node.radiusProperty().addListener(moved);
    }

    private void setVertexVisible(SmartGraphVertexNode<Actor> node, boolean visible) {
        node.setVisible(visible);
        labels.setShown(node.getUnderlyingVertex().element(), visible, node.getCenterX(), node.getCenterY(),
                node.getRadius());
    }

    static boolean isDirected(Tie tie) {
        return tie instanceof ClauseTie c && c.isDirected() && c.clause().type().isDirected();
    }

    private void updateRadii(AlignmentView view) {
        var members = new HashMap<Organisation, Integer>();
        for (var t : view.membershipTies()) {
            members.merge(t.organisation(), 1, Integer::sum);
        }
        for (var o : view.organisations()) {
            // Circumradius of a square whose half-side is the style's organisation radius.
            double r = organisationHalfSides.getOrDefault(o, style.organisationRadius(members.getOrDefault(o, 0)))
                    * Math.sqrt(2);
            radii.put(o, r);
            var node = vertexNodes.get(o);
            if (node != null) {
                node.setRadius(r);
            }
        }
    }

    private void moveTo(Actor a, Point p) {
        vertexNodes.get(a).setPosition(p.x() * spread + originX, p.y() * spread + originY);
    }

    double spread() {
        return spread;
    }

    /**
     * Changes how far apart the visible vertices are drawn (panel units per layout unit, at least 1), keeping their
     * layout positions: what {@link #currentPositions} reports does not change.
     */
    void setSpread(double newSpread) {
        var layout = currentPositions();
        spread = Math.max(1, newSpread);
        for (var a : shownVertices) {
            layout.of(a.id()).ifPresent(p -> moveTo(a, p));
        }
        resizePanel();
    }

    private void placeNearNeighbours(AlignmentView view, Actor a) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (var t : view.graph().edgesOf(a)) {
            var other = view.first(t).equals(a) ? view.second(t) : view.first(t);
            var node = vertexNodes.get(other);
            if (node != null && shownVertices.contains(other)) {
                sx += node.getCenterX();
                sy += node.getCenterY();
                n++;
            }
        }
        var node = vertexNodes.get(a);
        if (n > 0) {
            // A small offset keeps it from sitting exactly on a single neighbour.
            node.setPosition(sx / n + style.stateRadius() * 3, sy / n + style.stateRadius() * 3);
        } else if (node.getCenterX() == 0 && node.getCenterY() == 0) {
            node.setPosition(MARGIN, MARGIN);
        }
    }

    private void resizePanel() {
        double w = MARGIN * 2;
        double h = MARGIN * 2;
        for (var a : shownVertices) {
            var n = vertexNodes.get(a);
            w = Math.max(w, n.getCenterX() + MARGIN);
            h = Math.max(h, n.getCenterY() + MARGIN);
        }
        sizePanel(w, h);
    }

    private void sizePanel(double w, double h) {
        panel.setPrefSize(w, h);
        panel.setMinSize(w, h);
        panel.setMaxSize(w, h);
    }

    /** SmartGraph's spring-gravity layout over the visible vertices only (hidden ones would pull the drawing). */
    private static final class VisibleVerticesLayout extends ForceDirectedSpringGravityLayoutStrategy<Actor> {
        @Override
        public void computeForces(Collection<SmartGraphVertexNode<Actor>> nodes, double width, double height) {
            var visible = new ArrayList<SmartGraphVertexNode<Actor>>(nodes.size());
            for (var n : nodes) {
                if (n.isVisible()) {
                    visible.add(n);
                }
            }
            super.computeForces(visible, width, height);
        }
    }
}

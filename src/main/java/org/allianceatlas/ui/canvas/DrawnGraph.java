package org.allianceatlas.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.brunomnsilva.smartgraph.graph.DigraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.ForceDirectedSpringGravityLayoutStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartArrow;
import com.brunomnsilva.smartgraph.graphview.SmartGraphEdgeNode;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import com.brunomnsilva.smartgraph.graphview.SmartLabel;
import com.brunomnsilva.smartgraph.graphview.SmartPlacementStrategy;
import javafx.animation.FadeTransition;
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
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.Point;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;

/**
 * The SmartGraph side of the canvas for one dataset: one {@link SmartGraphPanel} over a SmartGraph digraph that
 * holds every actor of the dataset and every tie shown so far. JGraphT ({@link AlignmentView}) is the truth; this
 * class only mirrors it.
 *
 * <p><b>Diff, hide, add, one update.</b> {@link #show} hides what left the view ({@code setVisible(false)} on the
 * vertex, its label, the edge and its arrow), shows what came back, inserts ties never drawn before into the
 * SmartGraph model and then calls SmartGraph's update once. Nothing is ever removed: removing and re-adding costs
 * 10–30× more than hiding (field notes), and SmartGraph's update scans its edge list per drawn edge.
 *
 * <p><b>Why every actor up front.</b> SmartGraph places a vertex added after {@code init()} by searching rings of
 * free positions against every drawn vertex; creating all vertex nodes with the panel avoids that cost and means
 * later shows only add edges. Hidden vertices cost no rendering and are left out of the live layout.
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
    /** Arrowhead size of directed ties, layout units. */
    static final double ARROW_SIZE = 5;

    /** What the canvas wants to hear about. */
    interface Events {
        void vertexClicked(Actor actor);

        void tieClicked(Tie tie);

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
    private final Set<Tie> inModel = new HashSet<>();
    private final Map<Tie, SmartGraphEdgeNode<Tie, Actor>> edgeNodes = new HashMap<>();
    private final Set<Actor> shownVertices = new HashSet<>();
    private final Set<Tie> shownTies = new HashSet<>();
    private final Map<Actor, Double> radii = new HashMap<>();
    private final Set<Actor> highlightedVertices = new HashSet<>();
    private final Set<Tie> highlightedTies = new HashSet<>();
    private final SmartGraphPanel<Actor, Tie> panel;
    private final Events events;
    private final double originX;
    private final double originY;
    private VisualStyle style;
    private String themeUrl;
    private boolean initialised;
    private boolean stateLabelsShown = true;
    private boolean organisationLabelsShown = true;
    private double labelScale = 1;
    /** How long ties and vertices take to fade in or out on {@link #show}; zero: they pop (the default). */
    private Duration fade = Duration.ZERO;
    /** Ties that carry an inline style of {@link #setTieStyles} (compare colours), to clear it later. */
    private final Set<Tie> inlineStyled = new HashSet<>();
    /** State radii set by {@link #setStateRadii}; states not in it have the style's radius. */
    private final Map<Actor, Double> stateRadii = new HashMap<>();

    /**
     * Builds the SmartGraph model and panel for {@code first.source()}; nothing is drawn until {@link #initialise}
     * (SmartGraph's {@code init()} needs the panel in a scene with a size).
     *
     * @param first          the first view to show; its ties are in the model from the start
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
        for (var tie : first.ties()) {
            insertEdge(first, tie);
        }
        panel = new SmartGraphPanel<>(model, CanvasResources.properties(), KEEP_POSITIONS,
                CanvasResources.stylesheet(), new VisibleVerticesLayout());
        panel.setVertexLabelProvider(Actor::shortLabel);
        // SmartGraph's "square" is an axis-aligned regular polygon whose radius is the circumradius.
        panel.setVertexShapeTypeProvider(a -> a instanceof Organisation ? "square" : "circle");
        panel.setVertexRadiusProvider(a -> radii.getOrDefault(a, style.stateRadius()));
        this.themeUrl = themeUrl;
        panel.getStylesheets().add(themeUrl);
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
        // init() sets the real labels, shapes and radii before the first CSS pass: SmartGraph creates its nodes with
        // the elements' toString() as label text and circles for every vertex.
        panel.resize(panel.getPrefWidth(), panel.getPrefHeight());
        panel.init();
        initialised = true;
        registerNewNodes();
        // Everything starts hidden; the first show reveals the view.
        for (var node : vertexNodes.values()) {
            setVertexVisible(node, false);
        }
        for (var e : edgeNodes.entrySet()) {
            setEdgeVisible(e.getValue(), false);
        }
    }

    /**
     * Makes the drawing match {@code view}. Vertices that stay visible do not move; vertices that appear take their
     * place from {@code positions} (or, when it has none for them, the centre of their visible neighbours).
     *
     * @return the number of ties that had to be added to the SmartGraph model
     */
    int show(AlignmentView view, Positions positions) {
        if (view.source() != source) {
            throw new IllegalArgumentException("view of another dataset: the canvas builds a new panel for it");
        }
        int added = 0;
        for (var tie : view.ties()) {
            if (insertEdge(view, tie)) {
                added++;
            }
        }
        if (added > 0) {
            // On the FX thread updateAndWait runs synchronously: the new nodes exist when it returns.
            panel.updateAndWait();
            registerNewNodes();
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
            fadeOut(vertexNodes.get(a), () -> !shownVertices.contains(a),
                    () -> setVertexVisible(vertexNodes.get(a), false));
        }
        var arriving = new ArrayList<Actor>();
        for (var a : view.vertices()) {
            if (shownVertices.add(a)) {
                arriving.add(a);
            }
        }
        var leavingTies = new ArrayList<Tie>();
        for (var t : shownTies) {
            if (!view.ties().contains(t)) {
                leavingTies.add(t);
            }
        }
        for (var t : leavingTies) {
            shownTies.remove(t);
            fadeOut(edgeNodes.get(t), () -> !shownTies.contains(t), () -> setEdgeVisible(edgeNodes.get(t), false));
        }
        for (var t : view.ties()) {
            if (shownTies.add(t)) {
                setEdgeVisible(edgeNodes.get(t), true);
                fadeIn(edgeNodes.get(t));
            }
        }
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
        }
        resizePanel();
        return added;
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
            map.put(a.id(), new Point(node.getCenterX() - originX, node.getCenterY() - originY));
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

    int visibleTieCount() {
        return (int) edgeNodes.values().stream().filter(Node::isVisible).count();
    }

    /** Whether the node of {@code tie} exists and is visible (for tests and the harness). */
    boolean isTieVisible(Tie tie) {
        var n = edgeNodes.get(tie);
        return n != null && n.isVisible();
    }

    boolean isVertexVisible(Actor a) {
        var n = vertexNodes.get(a);
        return n != null && n.isVisible();
    }

    /** The vertex node of an actor, for tests that click it. */
    Node vertexNode(Actor a) {
        return vertexNodes.get(a);
    }

    /** The label node of an actor, or null. */
    Node labelNode(Actor a) {
        var n = vertexNodes.get(a);
        return n == null ? null : n.getAttachedLabel();
    }

    /** Number of vertex and edge nodes SmartGraph holds, visible or not. */
    int modelSize() {
        return vertexNodes.size() + edgeNodes.size();
    }

    void setStyle(VisualStyle newStyle, String newThemeUrl) {
        this.style = newStyle;
        panel.getStylesheets().remove(themeUrl);
        panel.getStylesheets().add(newThemeUrl);
        this.themeUrl = newThemeUrl;
    }

    /**
     * Level of detail: which labels are shown and how much they are scaled up (1 = layout size) so that they stay
     * readable when the drawing is zoomed out.
     */
    void setLabels(boolean states, boolean organisations, double scale) {
        boolean changed = states != stateLabelsShown || organisations != organisationLabelsShown;
        boolean rescaled = scale != labelScale;
        stateLabelsShown = states;
        organisationLabelsShown = organisations;
        labelScale = scale;
        if (!changed && !rescaled) {
            return;
        }
        for (var a : shownVertices) {
            var label = vertexNodes.get(a).getAttachedLabel();
            if (label != null) {
                label.setVisible(labelShown(a));
                scaleLabel(label);
            }
        }
    }

    /**
     * Highlights {@code actors} and {@code ties} and dims everything else: one class on the panel plus one class on
     * each highlighted node. Passing empty sets clears the highlight.
     */
    void highlight(Set<Actor> actors, Set<Tie> ties) {
        for (var a : highlightedVertices) {
            if (!actors.contains(a)) {
                markVertex(a, false);
            }
        }
        for (var t : highlightedTies) {
            if (!ties.contains(t)) {
                markTie(t, false);
            }
        }
        for (var a : actors) {
            if (!highlightedVertices.contains(a)) {
                markVertex(a, true);
            }
        }
        for (var t : ties) {
            if (!highlightedTies.contains(t)) {
                markTie(t, true);
            }
        }
        highlightedVertices.clear();
        highlightedVertices.addAll(actors);
        highlightedTies.clear();
        highlightedTies.addAll(ties);
        var classes = panel.getStyleClass();
        boolean on = !actors.isEmpty() || !ties.isEmpty();
        if (on && !classes.contains(CanvasStylesheet.HIGHLIGHTING)) {
            classes.add(CanvasStylesheet.HIGHLIGHTING);
        } else if (!on) {
            classes.remove(CanvasStylesheet.HIGHLIGHTING);
        }
    }

    /** Sets how long appearing and disappearing ties and vertices fade (zero: they pop). */
    void setFade(Duration duration) {
        fade = duration == null ? Duration.ZERO : duration;
    }

    /**
     * Draws {@code ties} of {@code other} (a view of the same dataset, e.g. an earlier year) in addition to what is
     * shown, with their ends; ends not drawn yet take their place from {@code positions}. The next {@link #show}
     * hides them again unless its view has them.
     */
    void showAlso(AlignmentView other, Collection<Tie> ties, Positions positions) {
        int added = 0;
        for (var t : ties) {
            if (insertEdge(other, t)) {
                added++;
            }
        }
        if (added > 0) {
            panel.updateAndWait();
            registerNewNodes();
        }
        for (var t : ties) {
            for (var end : List.of(other.first(t), other.second(t))) {
                if (shownVertices.add(end)) {
                    positions.of(end.id()).ifPresentOrElse(p -> moveTo(end, p), () -> placeNearNeighbours(other, end));
                    setVertexVisible(vertexNodes.get(end), true);
                }
            }
            if (shownTies.add(t)) {
                setEdgeVisible(edgeNodes.get(t), true);
            }
        }
        resizePanel();
    }

    /**
     * Gives ties an inline style (which outranks the theme sheet, highlighting included), replacing the previous
     * call's; an empty map restores the theme's look.
     */
    void setTieStyles(Map<Tie, String> styles) {
        for (var t : inlineStyled) {
            var node = edgeNodes.get(t);
            if (node != null && !styles.containsKey(t)) {
                node.setStyle("");
            }
        }
        inlineStyled.clear();
        for (var e : styles.entrySet()) {
            var node = edgeNodes.get(e.getKey());
            if (node != null) {
                node.setStyle(e.getValue());
                inlineStyled.add(e.getKey());
            }
        }
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

    /** The radius a vertex is drawn with now, or NaN when it has no node. */
    double radiusOf(Actor a) {
        var node = vertexNodes.get(a);
        return node == null ? Double.NaN : node.getRadius();
    }

    /** The inline style of a tie's node ("" when none), for tests. */
    String tieStyle(Tie t) {
        var node = edgeNodes.get(t);
        return node == null || node.getStyle() == null ? "" : node.getStyle();
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

    /** Runs or stops SmartGraph's force layout (O(V²) per frame on the FX thread: small views only). */
    void setLiveLayout(boolean on) {
        panel.setAutomaticLayout(on);
    }

    void dispose() {
        panel.setAutomaticLayout(false);
    }

    private void markVertex(Actor a, boolean on) {
        var node = vertexNodes.get(a);
        if (node == null) {
            return;
        }
        toggle(node.getAttachedLabel() == null ? null : node.getAttachedLabel().getStyleClass(), on);
        if (on) {
            node.addStyleClass(CanvasStylesheet.HIGHLIGHTED);
        } else {
            node.removeStyleClass(CanvasStylesheet.HIGHLIGHTED);
        }
    }

    private void markTie(Tie t, boolean on) {
        var node = edgeNodes.get(t);
        if (node == null) {
            return;
        }
        // SmartGraphEdgeNode forwards class changes to its arrow.
        if (on) {
            node.addStyleClass(CanvasStylesheet.HIGHLIGHTED);
        } else {
            node.removeStyleClass(CanvasStylesheet.HIGHLIGHTED);
        }
    }

    // SmartLabel.removeStyleClass removes from the pane only (twice): change the pane's list directly, the CSS
    // selects the text through it.
    private static void toggle(List<String> classes, boolean on) {
        if (classes == null) {
            return;
        }
        if (on) {
            classes.add(CanvasStylesheet.HIGHLIGHTED);
        } else {
            classes.remove(CanvasStylesheet.HIGHLIGHTED);
        }
    }

    /** Adds a tie to the SmartGraph model unless it is there already; true when added. */
    private boolean insertEdge(AlignmentView view, Tie tie) {
        if (!inModel.add(tie)) {
            return false;
        }
        // SmartGraph's digraph draws the arrowhead at the inbound end: the recipient of a directed clause.
        model.insertEdge(vertices.get(view.first(tie)), vertices.get(view.second(tie)), tie);
        return true;
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
                styleEdge(tie, node);
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
        var label = node.getAttachedLabel();
        if (label != null) {
            label.addStyleClass(actor instanceof State ? CanvasStylesheet.STATE_LABEL
                    : CanvasStylesheet.ORGANISATION_LABEL);
            // Labels never take the pointer: a click on a label would otherwise miss the vertex below it.
            label.setMouseTransparent(true);
        }
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                events.vertexClicked(actor);
            }
        });
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> events.hovered(actor));
        node.addEventHandler(MouseEvent.MOUSE_EXITED, e -> events.hovered(null));
    }

    private void styleEdge(Tie tie, SmartGraphEdgeNode<Tie, Actor> node) {
        if (isDirected(tie)) {
            // SmartGraph would put an arrow on every edge of a digraph (edge.arrow); only directed ties get one, so
            // that a view of 1,500 ties does not carry 1,500 hidden arrow nodes. Class changes on the edge are
            // forwarded to its arrow, so it is styled and highlighted with it.
            var arrow = new SmartArrow(ARROW_SIZE);
            node.attachArrow(arrow);
            arrow.setMouseTransparent(true);
            panel.getChildren().add(0, arrow);
        }
        if (tie instanceof MembershipTie m) {
            node.addStyleClass(CanvasStylesheet.MEMBERSHIP);
            node.addStyleClass(CanvasStylesheet.tieClass(VisualStyle.primaryType(m.types())));
        } else {
            node.addStyleClass(CanvasStylesheet.CLAUSE);
            node.addStyleClass(CanvasStylesheet.tieClass(((ClauseTie) tie).clause().type()));
        }
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                events.tieClicked(tie);
            }
        });
    }

    private void setVertexVisible(SmartGraphVertexNode<Actor> node, boolean visible) {
        node.setVisible(visible);
        var label = node.getAttachedLabel();
        if (label != null) {
            var actor = node.getUnderlyingVertex().element();
            label.setVisible(visible && labelShown(actor));
            if (visible) {
                scaleLabel(label);
            }
        }
    }

    private boolean labelShown(Actor a) {
        return a instanceof Organisation ? organisationLabelsShown : stateLabelsShown;
    }

    private void scaleLabel(SmartLabel label) {
        label.setScaleX(labelScale);
        label.setScaleY(labelScale);
        // Scaling pivots on the label's centre; shift it down so that it grows away from the vertex, not over it.
        label.setTranslateY((labelScale - 1) * label.getLayoutBounds().getHeight() / 2);
    }

    private static void setEdgeVisible(SmartGraphEdgeNode<Tie, Actor> node, boolean visible) {
        if (node == null) {
            return;
        }
        node.setVisible(visible);
        var arrow = node.getAttachedArrow();
        if (arrow != null) {
            arrow.setVisible(visible);
        }
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
            double r = style.organisationRadius(members.getOrDefault(o, 0)) * Math.sqrt(2);
            radii.put(o, r);
            var node = vertexNodes.get(o);
            if (node != null) {
                node.setRadius(r);
            }
        }
    }

    private void moveTo(Actor a, Point p) {
        vertexNodes.get(a).setPosition(p.x() + originX, p.y() + originY);
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

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

import com.brunomnsilva.smartgraph.graph.DigraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Edge;
import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.ForceDirectedSpringGravityLayoutStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartGraphEdgeNode;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import com.brunomnsilva.smartgraph.graphview.SmartPlacementStrategy;
import javafx.animation.FadeTransition;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

import org.allianceatlas.export.render.Scene;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;

/**
 * The SmartGraph side of the canvas, and the only class that knows SmartGraph: one {@link SmartGraphPanel} per
 * dataset whose model holds every actor of the dataset as a vertex. It draws the vertices of the canvas's
 * {@link Scene} — where the scene puts them, as large as it says, coloured by the stylesheet's classes for their
 * region, community and emphasis — and reports clicks and hovering. Ties and labels are not SmartGraph's: the
 * {@link SceneLayer} draws them.
 *
 * <p><b>Why every actor up front, hidden.</b> SmartGraph places a vertex added after {@code init()} by searching rings
 * of free positions against every drawn vertex; creating every vertex node with the panel avoids that, and hiding is
 * 10–30× cheaper than removing and re-adding (field notes). Hidden vertices cost no rendering.
 *
 * <p><b>Live layout.</b> SmartGraph's own force layout needs adjacency: while it runs, the scene's ties are put into
 * SmartGraph's model with invisible edge nodes ({@link #setLiveLayout}); otherwise its model holds vertices only.
 *
 * <p><b>Lifecycle.</b> Built for a dataset; {@link #initialise()} once the panel is in a scene graph (SmartGraph's
 * {@code init()} needs it); then any number of {@link #show}s; {@link #dispose()} when the canvas moves to another
 * dataset. FX thread only.
 */
final class SmartGraphVertices {

    /** What the canvas hears from the vertices. */
    interface Events {
        void clicked(Actor actor);

        /** The pointer entered a vertex ({@code actor}) or left one ({@code null}). */
        void hovered(Actor actor);

        /** SmartGraph moved a vertex itself (live layout or a drag): positions must be read back. */
        void moved();
    }

    /** Positions are applied by the canvas, never by SmartGraph's own (random or circular) placement. */
    private static final SmartPlacementStrategy KEEP_POSITIONS = new SmartPlacementStrategy() {
        @Override
        public <V, E> void place(double width, double height, SmartGraphPanel<V, E> panel) {
            // Intentionally empty: see #show.
        }
    };

    private final AlignmentGraph source;
    private final DigraphEdgeList<Actor, Tie> model = new DigraphEdgeList<>();
    private final Map<Actor, Vertex<Actor>> vertices = new HashMap<>();
    private final Map<Actor, SmartGraphVertexNode<Actor>> nodes = new HashMap<>();
    private final Map<Tie, Edge<Tie, Actor>> modelEdges = new HashMap<>();
    private final Map<Actor, Double> radii = new HashMap<>();
    private final Set<Actor> shown = new HashSet<>();
    private final Set<Actor> highlighted = new HashSet<>();
    private final Map<Actor, String> communityClasses = new HashMap<>();
    private final SmartGraphPanel<Actor, Tie> panel;
    private final Events events;
    private String themeUrl;
    private boolean initialised;
    private boolean liveLayout;
    /** True while this class moves vertices itself, so that their listeners do not report a SmartGraph move. */
    private boolean placing;

    SmartGraphVertices(AlignmentGraph source, String themeUrl, Events events) {
        this.source = Objects.requireNonNull(source, "source");
        this.events = events;
        for (var actor : source.graph().vertexSet()) {
            vertices.put(actor, model.insertVertex(actor));
        }
        panel = new SmartGraphPanel<>(model, CanvasResources.properties(), KEEP_POSITIONS,
                CanvasResources.stylesheet(), new VisibleVerticesLayout());
        // SmartGraph's "square" is an axis-aligned regular polygon whose radius is the circumradius.
        panel.setVertexShapeTypeProvider(a -> a instanceof Organisation ? "square" : "circle");
        panel.setVertexRadiusProvider(a -> radii.getOrDefault(a, 7.0));
        this.themeUrl = themeUrl;
        panel.getStylesheets().add(themeUrl);
        // SmartGraph's init() refuses a panel of zero size.
        size(1, 1);
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

    /** Runs SmartGraph's {@code init()}; the panel must be in a scene graph. Every vertex starts hidden. */
    void initialise() {
        panel.resize(panel.getPrefWidth(), panel.getPrefHeight());
        panel.init();
        initialised = true;
        registerNewNodes();
        for (var node : nodes.values()) {
            node.setVisible(false);
        }
    }

    /**
     * Draws exactly the scene's vertices, where and as large as it says (panel coordinates), highlighted, dimmed or
     * plain as it says, states filled by {@code communities} (1 = the largest; empty: by region). Vertices that appear
     * fade in and those that go fade out over {@code fade} (zero: at once).
     *
     * @param extent the panel size the drawing needs (its largest x and y plus a margin)
     */
    void show(Scene scene, Map<State, Integer> communities, Duration fade, double extentX, double extentY) {
        var next = new LinkedHashMap<Actor, Scene.Vertex>();
        scene.vertices().forEach(v -> next.put(v.actor(), v));
        placing = true;
        try {
            for (var a : new ArrayList<>(shown)) {
                if (!next.containsKey(a)) {
                    shown.remove(a);
                    var node = nodes.get(a);
                    fadeOut(node, fade, () -> !shown.contains(a));
                }
            }
            for (var v : next.values()) {
                var node = nodes.get(v.actor());
                // A square's circumradius, for SmartGraph's polygon.
                double r = v.square() ? v.radius() * Math.sqrt(2) : v.radius();
                radii.put(v.actor(), r);
                if (node.getRadius() != r) {
                    node.setRadius(r);
                }
                if (node.getCenterX() != v.x() || node.getCenterY() != v.y()) {
                    node.setPosition(v.x(), v.y());
                }
                if (shown.add(v.actor())) {
                    node.setOpacity(1);
                    node.setVisible(true);
                    fadeIn(node, fade);
                }
            }
        } finally {
            placing = false;
        }
        emphasise(scene);
        colourByCommunity(communities);
        size(extentX, extentY);
        if (liveLayout) {
            syncModelEdges(scene.ties());
        }
    }

    boolean isShown(Actor a) {
        return shown.contains(a);
    }

    int shownCount() {
        return shown.size();
    }

    /** The node of an actor (for tests that click it), or null. */
    Node node(Actor a) {
        return nodes.get(a);
    }

    /** Where SmartGraph has the shown vertices now, panel coordinates. */
    Map<Actor, Point2D> centres() {
        var map = new LinkedHashMap<Actor, Point2D>();
        for (var a : shown) {
            var n = nodes.get(a);
            map.put(a, new Point2D(n.getCenterX(), n.getCenterY()));
        }
        return map;
    }

    /** Number of edges in SmartGraph's model (ties: only while the live layout runs). */
    int modelEdgeCount() {
        return model.numEdges();
    }

    /** Number of vertices and edges in SmartGraph's model. */
    int modelSize() {
        return model.numVertices() + model.numEdges();
    }

    void setStylesheet(String newThemeUrl) {
        panel.getStylesheets().remove(themeUrl);
        panel.getStylesheets().add(newThemeUrl);
        themeUrl = newThemeUrl;
    }

    /**
     * Runs or stops SmartGraph's force layout (O(V²) per frame on the FX thread: small views only). Its forces pull
     * along SmartGraph's edges, so while it runs the scene's ties are put into its model (their edge nodes invisible);
     * when it stops they are taken out again.
     */
    void setLiveLayout(boolean on, List<Scene.TieLine> ties) {
        liveLayout = on;
        syncModelEdges(ties);
        panel.setAutomaticLayout(on);
    }

    void dispose() {
        panel.setAutomaticLayout(false);
    }

    private void emphasise(Scene scene) {
        var now = new HashSet<Actor>();
        boolean any = false;
        for (var v : scene.vertices()) {
            if (v.emphasis() == Scene.Emphasis.HIGHLIGHTED) {
                now.add(v.actor());
            }
            any |= v.emphasis() != Scene.Emphasis.NORMAL;
        }
        for (var a : highlighted) {
            if (!now.contains(a)) {
                nodes.get(a).removeStyleClass(CanvasStylesheet.HIGHLIGHTED);
            }
        }
        for (var a : now) {
            if (!highlighted.contains(a)) {
                nodes.get(a).addStyleClass(CanvasStylesheet.HIGHLIGHTED);
            }
        }
        highlighted.clear();
        highlighted.addAll(now);
        var classes = panel.getStyleClass();
        if (any && !classes.contains(CanvasStylesheet.HIGHLIGHTING)) {
            classes.add(CanvasStylesheet.HIGHLIGHTING);
        } else if (!any) {
            classes.remove(CanvasStylesheet.HIGHLIGHTING);
        }
    }

    /**
     * Gives each state its community class, or none (its region colour) when {@code communities} is empty; a state
     * without a community while others have one takes {@link CanvasStylesheet#COMMUNITY_OTHER}. Nodes whose class does
     * not change are not touched (each change restyles the node).
     */
    private void colourByCommunity(Map<State, Integer> communities) {
        for (var e : nodes.entrySet()) {
            if (!(e.getKey() instanceof State s)) {
                continue;
            }
            var k = communities.get(s);
            String wanted = communities.isEmpty() ? null
                    : k == null ? CanvasStylesheet.COMMUNITY_OTHER : CanvasStylesheet.communityClass(k);
            var had = communityClasses.get(s);
            if (Objects.equals(wanted, had)) {
                continue;
            }
            if (had != null) {
                e.getValue().removeStyleClass(had);
                communityClasses.remove(s);
            }
            if (wanted != null) {
                e.getValue().addStyleClass(wanted);
                communityClasses.put(s, wanted);
            }
        }
    }

    private void syncModelEdges(Collection<Scene.TieLine> ties) {
        var wanted = new LinkedHashMap<Tie, Scene.TieLine>();
        if (liveLayout) {
            for (var t : ties) {
                if (t.tie() != null) {
                    wanted.put(t.tie(), t);
                }
            }
        }
        boolean changed = false;
        for (var it = modelEdges.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (!wanted.containsKey(e.getKey())) {
                model.removeEdge(e.getValue());
                it.remove();
                changed = true;
            }
        }
        for (var e : wanted.entrySet()) {
            if (!modelEdges.containsKey(e.getKey())) {
                var t = e.getValue();
                modelEdges.put(e.getKey(), model.insertEdge(vertices.get(t.from()), vertices.get(t.to()), e.getKey()));
                changed = true;
            }
        }
        if (changed) {
            // On the FX thread updateAndWait runs synchronously: the new nodes exist when it returns.
            panel.updateAndWait();
            registerNewNodes();
        }
    }

    /** Registers, styles and wires the nodes SmartGraph created since the last call. */
    @SuppressWarnings("unchecked")
    private void registerNewNodes() {
        if (nodes.size() < vertices.size()) {
            for (var v : panel.getSmartVertices()) {
                var node = (SmartGraphVertexNode<Actor>) v;
                var actor = node.getUnderlyingVertex().element();
                if (nodes.putIfAbsent(actor, node) == null) {
                    styleVertex(actor, node);
                }
            }
        }
        for (var e : panel.getSmartEdges()) {
            var node = (SmartGraphEdgeNode<Tie, Actor>) e;
            // Only there for the live layout's forces: the scene layer draws the tie.
            node.setVisible(false);
            node.setMouseTransparent(true);
            if (node.getAttachedArrow() != null) {
                node.getAttachedArrow().setVisible(false);
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
                events.clicked(actor);
            }
        });
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> events.hovered(actor));
        node.addEventHandler(MouseEvent.MOUSE_EXITED, e -> events.hovered(null));
        // A vertex moved by SmartGraph (live layout, a drag) must be read back by the canvas.
        node.centerXProperty().addListener(o -> {
            if (!placing) {
                events.moved();
            }
        });
        node.centerYProperty().addListener(o -> {
            if (!placing) {
                events.moved();
            }
        });
    }

    private static void fadeIn(Node node, Duration fade) {
        if (fade == null || fade.lessThanOrEqualTo(Duration.ZERO)) {
            return;
        }
        var transition = new FadeTransition(fade, node);
        transition.setFromValue(0);
        transition.setToValue(1);
        transition.play();
    }

    /** Fades a node out and hides it unless {@code stillGone} says it came back meanwhile; no fade: hides at once. */
    private static void fadeOut(Node node, Duration fade, java.util.function.BooleanSupplier stillGone) {
        if (fade == null || fade.lessThanOrEqualTo(Duration.ZERO)) {
            node.setVisible(false);
            return;
        }
        var transition = new FadeTransition(fade, node);
        transition.setFromValue(node.getOpacity());
        transition.setToValue(0);
        transition.setOnFinished(e -> {
            node.setOpacity(1);
            if (stillGone.getAsBoolean()) {
                node.setVisible(false);
            }
        });
        transition.play();
    }

    private void size(double w, double h) {
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

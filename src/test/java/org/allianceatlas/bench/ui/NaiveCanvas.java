package org.allianceatlas.bench.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.HashMap;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import com.brunomnsilva.smartgraph.graph.DigraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.ForceDirectedSpringGravityLayoutStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartCircularSortedPlacementStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartGraphProperties;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;

/**
 * The baseline the canvas is measured against: SmartGraph used the way its examples use it. Every view change builds a
 * new SmartGraph model and panel, the stylesheet has per-node effects and edge opacity, and SmartGraph's live force
 * layout runs on the FX thread. Positions are applied as in the canvas, so both draw the same picture at first.
 */
final class NaiveCanvas {

    private final Pane container = new Pane();
    private SmartGraphPanel<Actor, Tie> panel;

    Region node() {
        return container;
    }

    /** Rebuilds the panel for {@code view} and starts the live layout. */
    void show(AlignmentView view, Positions positions) {
        if (panel != null) {
            panel.setAutomaticLayout(false);
        }
        var model = new DigraphEdgeList<Actor, Tie>();
        var vertices = new HashMap<Actor, Vertex<Actor>>();
        for (var a : view.vertices()) {
            vertices.put(a, model.insertVertex(a));
        }
        for (var t : view.ties()) {
            model.insertEdge(vertices.get(view.first(t)), vertices.get(view.second(t)), t);
        }
        panel = new SmartGraphPanel<>(model, properties(), new SmartCircularSortedPlacementStrategy(), stylesheet(),
                new ForceDirectedSpringGravityLayoutStrategy<>());
        panel.setVertexLabelProvider(Actor::shortLabel);
        var b = positions.bounds();
        panel.setPrefSize(b.maxX() + 40, b.maxY() + 40);
        container.getChildren().setAll(panel);
        container.applyCss();
        container.layout();
        panel.init();
        for (var e : vertices.entrySet()) {
            var p = positions.of(e.getKey().id());
            if (p.isPresent()) {
                panel.setVertexPosition(e.getValue(), p.get().x(), p.get().y());
            }
        }
        panel.setAutomaticLayout(true);
    }

    void panBy(double dx, double dy) {
        panel.setTranslateX(panel.getTranslateX() + dx);
        panel.setTranslateY(panel.getTranslateY() + dy);
    }

    void dispose() {
        if (panel != null) {
            panel.setAutomaticLayout(false);
        }
        container.getChildren().clear();
    }

    private static SmartGraphProperties properties() {
        try (var in = NaiveCanvas.class.getResourceAsStream("naive-smartgraph.properties")) {
            return new SmartGraphProperties(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.net.URI stylesheet() {
        try {
            return NaiveCanvas.class.getResource("naive-smartgraph.css").toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.allianceatlas.export.render;

import java.util.Locale;

import org.allianceatlas.model.State;

/**
 * The legibility figures of a picture, counted on its scene: label boxes that intersect, labels that lie on a vertex,
 * the smallest state label, and how much of the graph area the drawing fills.
 *
 * @param placed           labels drawn
 * @param hidden           vertices whose label found no room (shown on hover or zoomed in)
 * @param overlappingPairs pairs of label boxes that intersect
 * @param labelsOnVertices labels whose box intersects a vertex
 * @param smallestState    the smallest state label font size, page units (NaN when no state is labelled)
 * @param fill             the larger of the drawing's width and height shares of the graph area
 */
record SceneLegibility(int placed, int hidden, int overlappingPairs, int labelsOnVertices, double smallestState,
                       double fill) {

    static SceneLegibility of(Scene scene) {
        var labels = scene.labels();
        int pairs = 0;
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (LabelPlacerTest.overlap(labels.get(i).placed().box(), labels.get(j).placed().box())) {
                    pairs++;
                }
            }
        }
        int onVertices = 0;
        double smallest = Double.NaN;
        for (var l : labels) {
            for (var v : scene.vertices()) {
                if (LabelPlacerTest.hits(l.placed().box(), new LabelPlacer.Obstacle(v.x(), v.y(), v.radius(), false))) {
                    onVertices++;
                    break;
                }
            }
            if (l.actor() instanceof State) {
                smallest = Double.isNaN(smallest) ? l.placed().size() : Math.min(smallest, l.placed().size());
            }
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (var v : scene.vertices()) {
            minX = Math.min(minX, v.x() - v.radius());
            minY = Math.min(minY, v.y() - v.radius());
            maxX = Math.max(maxX, v.x() + v.radius());
            maxY = Math.max(maxY, v.y() + v.radius());
        }
        var area = scene.frame().clip();
        double fill = Math.max((maxX - minX) / area.width(), (maxY - minY) / area.height());
        return new SceneLegibility(labels.size(), scene.vertices().size() - labels.size(), pairs, onVertices,
                smallest, fill);
    }

    String row(String name) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | %.0f %% |", name, placed, hidden,
                overlappingPairs, labelsOnVertices, smallestState, fill * 100);
    }
}

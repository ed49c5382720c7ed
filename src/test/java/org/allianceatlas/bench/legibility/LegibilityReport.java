package org.allianceatlas.bench.legibility;

import java.util.List;

/**
 * The legibility figures of one picture (see {@link Legibility} for how each is counted). Sizes are slide pixels.
 *
 * @param source               the SVG it was measured on
 * @param labels               vertex labels drawn
 * @param vertices             vertex shapes drawn
 * @param overlappingLabels    pairs of labels whose boxes overlap (goal 0)
 * @param labelsOnOtherVertex  labels whose box overlaps a vertex that is not theirs (goal 0)
 * @param overlappingVertices  pairs of vertex shapes that overlap
 * @param labelsOffPage        labels that reach past the edge of the page
 * @param smallestStateLabel   the smallest font size of a state's label (goal at least 14 px on a 1920-px slide);
 *                             NaN when no state is labelled
 * @param medianStateLabel     the median font size of the states' labels; NaN when none
 * @param pageFilled           share of the slide covered by the drawing's bounding box (vertices and their labels),
 *                             0–1
 * @param besideLegendFilled   share of the area beside the legend (the slide less the legend's column, the title band
 *                             and the caption band) covered by the drawing's bounding box, 0–1 (goal at least 0.85)
 * @param byKey                labels attributed to their vertex by an id in the SVG
 * @param byTitle              labels attributed by equal text and vertex tooltip
 * @param byNearest            labels attributed to the nearest vertex
 * @param fonts                the font families that measured the labels
 * @param examples             a few of the overlaps, in words, for whoever fixes them
 */
public record LegibilityReport(String source, int labels, int vertices, int overlappingLabels,
                               int labelsOnOtherVertex, int overlappingVertices, int labelsOffPage,
                               double smallestStateLabel, double medianStateLabel, double pageFilled,
                               double besideLegendFilled, int byKey, int byTitle, int byNearest, List<String> fonts,
                               List<String> examples) {

    public LegibilityReport {
        fonts = List.copyOf(fonts);
        examples = List.copyOf(examples);
    }
}

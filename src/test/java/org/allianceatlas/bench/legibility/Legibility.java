package org.allianceatlas.bench.legibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Counts what makes a picture hard to read, on an {@link SvgPicture}.
 *
 * <p><b>Whose label is it.</b> Each label is attributed to one vertex, in this order: (1) by key, when the SVG ties
 * them ({@code data-vertex}, or Gephi's {@code class="id_…"} on both the node and its label); (2) by text, when the
 * label says exactly what a vertex's {@code <title>} tooltip says (our labels in names mode); (3) otherwise by
 * position: the remaining labels and vertices are matched one to one (no vertex has two labels) so that the total
 * distance from each label's anchor point (the {@code x} it is attached at, at its vertical middle) to its vertex's
 * centre is least. Rule 3 is what our codes-mode exports need today: on the 2024 world export it gives every one of
 * the 207 labels its own vertex (checked against the order of the layers), where "the nearest vertex" got 32 wrong,
 * mostly organisation labels next to a state. The report says how many labels each rule attributed.
 *
 * <p><b>Overlap.</b> Two boxes overlap when they share more than {@link #TOLERANCE_PX} in both directions (the SVGs
 * round coordinates to 0.01, and touching is not overlapping); a circle and a box when the box comes nearer the centre
 * than the radius less the tolerance. Label boxes are line boxes (ascent to descent), so two labels stacked with no leading
 * count as overlapping.
 *
 * <p><b>State labels.</b> A label is a state's when its vertex is a state: the caller says which (see {@link
 * StateNames}: the ids and names of the states in our GEXF), or else every round vertex is taken for a state (our
 * exports draw states as circles and organisations as squares; Gephi draws all nodes as circles).
 */
public final class Legibility {

    /** Overlaps smaller than this, in slide pixels, are not counted. */
    public static final double TOLERANCE_PX = 0.25;

    private static final int EXAMPLES = 12;

    private Legibility() {
    }

    /** The figures of {@code picture}, taking round vertices for states. */
    public static LegibilityReport measure(SvgPicture picture) {
        return measure(picture, SvgVertex::round);
    }

    /** The figures of {@code picture}; {@code isState} says which vertices are states. */
    public static LegibilityReport measure(SvgPicture picture, Predicate<SvgVertex> isState) {
        var labels = picture.labels();
        var vertices = picture.vertices();
        var byKey = new HashMap<String, SvgVertex>();
        var byTitle = new HashMap<String, List<SvgVertex>>();
        for (var v : vertices) {
            if (v.key() != null) {
                byKey.putIfAbsent(v.key(), v);
            }
            if (v.title() != null) {
                byTitle.computeIfAbsent(v.title().toLowerCase(Locale.ROOT), t -> new ArrayList<>()).add(v);
            }
        }
        int[] rules = new int[3];
        var owners = owners(labels, vertices, byKey, byTitle, rules);
        var examples = new ArrayList<String>();

        int labelPairs = 0;
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (labels.get(i).box().overlaps(labels.get(j).box(), TOLERANCE_PX)) {
                    labelPairs++;
                    example(examples, "labels \"" + labels.get(i).text() + "\" and \"" + labels.get(j).text()
                            + "\" overlap");
                }
            }
        }
        int onOther = 0;
        for (int i = 0; i < labels.size(); i++) {
            var label = labels.get(i);
            for (var v : vertices) {
                if (v != owners.get(i) && v.overlaps(label.box(), TOLERANCE_PX)) {
                    onOther++;
                    example(examples, "label \"" + label.text() + "\" lies on " + name(v));
                    break;
                }
            }
        }
        int vertexPairs = 0;
        for (int i = 0; i < vertices.size(); i++) {
            for (int j = i + 1; j < vertices.size(); j++) {
                if (vertices.get(i).overlaps(vertices.get(j), TOLERANCE_PX)) {
                    vertexPairs++;
                }
            }
        }
        var slide = picture.slide();
        int offPage = 0;
        var stateSizes = new ArrayList<Double>();
        Box drawing = null;
        Set<String> fonts = new TreeSet<>();
        for (int i = 0; i < labels.size(); i++) {
            var label = labels.get(i);
            if (!label.box().within(slide, TOLERANCE_PX)) {
                offPage++;
            }
            if (owners.get(i) != null && isState.test(owners.get(i))) {
                stateSizes.add(label.sizePx());
            }
            drawing = label.box().union(drawing);
            fonts.add(label.font());
        }
        for (var v : vertices) {
            drawing = v.box().union(drawing);
        }
        stateSizes.sort(null);
        var free = besideLegend(picture);
        return new LegibilityReport(picture.source(), labels.size(), vertices.size(), labelPairs, onOther, vertexPairs,
                offPage, stateSizes.isEmpty() ? Double.NaN : stateSizes.get(0), median(stateSizes),
                share(drawing, slide), share(drawing, free), rules[0], rules[1], rules[2], List.copyOf(fonts),
                examples);
    }

    /** Each label's vertex (null only when there is no vertex at all), by the three rules of the class comment. */
    static List<SvgVertex> owners(List<SvgLabel> labels, List<SvgVertex> vertices,
                                          Map<String, SvgVertex> byKey, Map<String, List<SvgVertex>> byTitle,
                                          int[] rules) {
        var owners = new ArrayList<SvgVertex>();
        var taken = new HashSet<SvgVertex>();
        var open = new ArrayList<Integer>();
        for (int i = 0; i < labels.size(); i++) {
            var label = labels.get(i);
            SvgVertex owner = null;
            if (label.key() != null && byKey.containsKey(label.key())) {
                owner = byKey.get(label.key());
                rules[0]++;
            } else if (byTitle.containsKey(label.text().toLowerCase(Locale.ROOT))) {
                owner = nearest(label, byTitle.get(label.text().toLowerCase(Locale.ROOT)));
                rules[1]++;
            } else {
                open.add(i);
            }
            owners.add(owner);
            if (owner != null) {
                taken.add(owner);
            }
        }
        var free = vertices.stream().filter(v -> !taken.contains(v)).toList();
        if (open.isEmpty() || vertices.isEmpty()) {
            return owners;
        }
        rules[2] += open.size();
        if (free.isEmpty()) {
            open.forEach(i -> owners.set(i, nearest(labels.get(i), vertices)));
            return owners;
        }
        // One label a vertex: match the open labels and the free vertices at least total anchor-to-centre distance.
        boolean byLabel = open.size() <= free.size();
        int rows = byLabel ? open.size() : free.size();
        int columns = byLabel ? free.size() : open.size();
        var cost = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                var label = labels.get(open.get(byLabel ? r : c));
                var v = free.get(byLabel ? c : r);
                cost[r][c] = Math.hypot(v.cx() - label.anchorX(), v.cy() - label.anchorY());
            }
        }
        int[] match = Assignment.solve(cost);
        for (int r = 0; r < rows; r++) {
            int labelIndex = open.get(byLabel ? r : match[r]);
            owners.set(labelIndex, free.get(byLabel ? match[r] : r));
        }
        // More labels than free vertices: the ones left over go to the nearest vertex.
        for (int i : open) {
            if (owners.get(i) == null) {
                owners.set(i, nearest(labels.get(i), vertices));
            }
        }
        return owners;
    }

    private static SvgVertex nearest(SvgLabel label, List<SvgVertex> candidates) {
        SvgVertex best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (var v : candidates) {
            double d = Math.hypot(v.cx() - label.anchorX(), v.cy() - label.anchorY());
            if (d < bestDistance) {
                bestDistance = d;
                best = v;
            }
        }
        return best;
    }

    /**
     * The area beside the legend: the slide less the legend's column (left or right, on the side it stands), less
     * the band above the title's bottom (a title in the top half) and below the caption's top (one in the bottom half).
     */
    static Box besideLegend(SvgPicture picture) {
        var slide = picture.slide();
        double left = slide.minX();
        double right = slide.maxX();
        double top = slide.minY();
        double bottom = slide.maxY();
        if (picture.title() != null && picture.title().centerY() < slide.centerY()) {
            top = Math.max(top, picture.title().maxY());
        }
        if (picture.caption() != null && picture.caption().centerY() > slide.centerY()) {
            bottom = Math.min(bottom, picture.caption().minY());
        }
        var legend = picture.legend();
        if (legend != null) {
            if (legend.centerX() > slide.centerX()) {
                right = Math.min(right, legend.minX());
            } else {
                left = Math.max(left, legend.maxX());
            }
        }
        return left < right && top < bottom ? new Box(left, top, right, bottom) : slide;
    }

    private static double share(Box drawing, Box area) {
        if (drawing == null || area.area() <= 0) {
            return 0;
        }
        var common = drawing.intersection(area);
        return common == null ? 0 : common.area() / area.area();
    }

    private static double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String name(SvgVertex v) {
        if (v.title() != null) {
            return "vertex " + v.title();
        }
        return v.key() != null ? "vertex " + v.key() : String.format(Locale.ROOT, "the vertex at %.0f,%.0f", v.cx(),
                v.cy());
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < EXAMPLES) {
            examples.add(text);
        }
    }
}

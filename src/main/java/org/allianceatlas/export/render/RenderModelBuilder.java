package org.allianceatlas.export.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.TieStyle;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.Point;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;

/**
 * Turns a view, its positions and a style into a {@link RenderModel} for one page: title at the top, source caption
 * at the bottom, legend on the right (landscape pages) or below the graph (portrait pages), and the graph scaled
 * uniformly into the space left, centred.
 *
 * <p>Guarantees: every drawable lies within the page (text boxes estimated generously by {@link TextMetrics}); the
 * graph's positions are scaled uniformly; vertex sizes, line widths and labels scale with them when the graph is
 * shrunk, but grow at most {@value #MAX_SYMBOL_ZOOM} times when it is enlarged (a region fitted to a slide spreads
 * out instead of turning into a poster of huge discs). Either way symbols never grow faster than the distances
 * between them, so vertices that do not overlap in the layout do not overlap on the page. Positions are enlarged at
 * most {@value #MAX_ZOOM} times.
 * Title, legend and caption shrink or wrap rather than run off a small page.
 *
 * <p>Pass the style of the background's theme ({@code VisualStyle.of(options.background().theme())}). Stateless.
 */
public final class RenderModelBuilder {

    /** Largest enlargement of the layout's positions: beyond this a two-vertex view would sit at the page corners. */
    public static final double MAX_ZOOM = 6;

    /** Largest enlargement of vertex sizes, line widths and labels, whatever the positions' enlargement. */
    public static final double MAX_SYMBOL_ZOOM = 1.25;

    /** Layout units between a vertex and its label. */
    private static final double LABEL_GAP = 2;

    /** Layout units between parallel ties of one pair of vertices. */
    private static final double PARALLEL_SPACING = 3;

    /** Builds the picture of {@code view} laid out at {@code positions}; vertices without a position are skipped. */
    public RenderModel build(AlignmentView view, Positions positions, VisualStyle style, ImageOptions options) {
        return build(view, positions, style, options, null);
    }

    /**
     * Like {@link #build(AlignmentView, Positions, VisualStyle, ImageOptions)}, fitting at least {@code extent} (layout
     * units, see {@link #extent}) to the page rather than only what this view shows, so that the frames of an
     * animation share one scale and a vertex stays at the same place on every page; null: fit the view.
     */
    public RenderModel build(AlignmentView view, Positions positions, VisualStyle style, ImageOptions options,
                             Bounds extent) {
        double w = options.page().width();
        double h = options.page().height();
        double f = Math.max(0.45, Math.min(3, Math.min(w, h) / 1080));
        double margin = Math.max(10, 0.035 * Math.min(w, h));
        var layers = new ArrayList<Layer>();
        var page = new Bounds(margin, margin, w - margin, h - margin);

        String titleText = null;
        var titleItems = new ArrayList<Drawable>();
        double top = page.minY();
        if (options.showTitle()) {
            titleText = options.title() != null ? options.title() : FilterDescription.defaultTitle(view);
            String subtitle = options.title() != null ? "" : FilterDescription.activeFilters(view);
            top = textBlock(titleItems, titleText, 30 * f, true, style.foreground(), page, top, 2);
            if (!subtitle.isEmpty()) {
                top = textBlock(titleItems, subtitle, 16 * f, false, style.mutedForeground(), page, top + 0.2 * f,
                        3);
            }
            top += 14 * f;
        }

        var captionItems = new ArrayList<Drawable>();
        double bottom = page.maxY();
        if (options.showCaption()) {
            String caption = options.caption() != null ? options.caption() : ImageOptions.DEFAULT_CAPTION;
            double size = 12 * f;
            var lines = TextMetrics.wrap(caption, size, false, page.width());
            double blockTop = bottom - TextMetrics.descent(size) - TextMetrics.ascent(size)
                    - (lines.size() - 1) * TextMetrics.lineHeight(size);
            textBlock(captionItems, caption, size, false, style.mutedForeground(), page, blockTop, Integer.MAX_VALUE);
            bottom = blockTop - 10 * f;
        }

        var content = new Bounds(page.minX(), top, page.maxX(), Math.max(top + 1, bottom));
        var graphArea = content;
        var legendItems = new ArrayList<Drawable>();
        var legend = Legend.of(view, style);
        if (options.showLegend() && !legend.isEmpty()) {
            graphArea = placeLegend(legend, legendItems, content, options.page().isLandscape(), 13 * f, style);
        }

        var graph = drawGraph(view, positions, style, graphArea, f, extent);
        layers.add(new Layer("ties", graph.ties));
        layers.add(new Layer("vertices", graph.vertices));
        layers.add(new Layer("labels", graph.labels));
        layers.add(new Layer("legend", legendItems));
        layers.add(new Layer("title", titleItems));
        layers.add(new Layer("caption", captionItems));
        Rgb background = switch (options.background()) {
            case TRANSPARENT -> null;
            case WHITE -> Rgb.hex("#FFFFFF");
            case DARK -> style.background();
        };
        return new RenderModel(w, h, background, titleText, style.fontFamilies(), layers);
    }

    /**
     * Adds wrapped lines of text starting at {@code top}, shrinking the font (down to 40 %) until the text takes at
     * most {@code maxLines} lines; returns the y below the block.
     */
    private static double textBlock(List<Drawable> out, String text, double size, boolean bold, Rgb colour,
                                    Bounds page, double top, int maxLines) {
        double s = size;
        var lines = TextMetrics.wrap(text, s, bold, page.width());
        while (lines.size() > maxLines && s > size * 0.4) {
            s *= 0.9;
            lines = TextMetrics.wrap(text, s, bold, page.width());
        }
        double baseline = top + TextMetrics.ascent(s);
        for (var line : lines) {
            out.add(new Drawable.Text(page.minX(), baseline, line, s, colour, Anchor.START, bold));
            baseline += TextMetrics.lineHeight(s);
        }
        return baseline - TextMetrics.lineHeight(s) + TextMetrics.descent(s);
    }

    /**
     * Lays the legend out at the right of {@code content} (landscape) or at its bottom (portrait), shrinking its font
     * until it takes at most 40 % of the width (or height) and fits the other way; returns the area left for the
     * graph.
     */
    private static Bounds placeLegend(Legend legend, List<Drawable> out, Bounds content, boolean right, double fs0,
                                      VisualStyle style) {
        double gap = fs0 * 1.2;
        for (double fs = fs0; ; fs *= 0.9) {
            List<List<Legend.Row>> columns;
            if (right) {
                int maxRows = (int) Math.floor((content.height() - 2 * Legend.padding(fs)) / Legend.rowHeight(fs));
                columns = legend.columns(maxRows);
            } else {
                columns = widestThatFits(legend, fs, content.width());
            }
            double[] size = legend.size(columns, fs);
            boolean fits = right
                    ? size[0] <= 0.4 * content.width() && size[1] <= content.height()
                    : size[1] <= 0.4 * content.height() && size[0] <= content.width();
            if (fits || fs < 2) {
                if (right) {
                    double x = content.maxX() - size[0];
                    out.addAll(legend.draw(columns, fs, x, content.minY(), style));
                    return new Bounds(content.minX(), content.minY(), Math.max(content.minX() + 1, x - gap),
                            content.maxY());
                }
                double y = content.maxY() - size[1];
                out.addAll(legend.draw(columns, fs, content.minX(), y, style));
                return new Bounds(content.minX(), content.minY(), content.maxX(),
                        Math.max(content.minY() + 1, y - gap));
            }
        }
    }

    /** The column split with the fewest rows whose width still fits {@code maxWidth}. */
    private static List<List<Legend.Row>> widestThatFits(Legend legend, double fs, double maxWidth) {
        int n = legend.rows().size();
        var best = legend.columns(n);
        for (int rows = n - 1; rows >= 2; rows--) {
            var candidate = legend.columns(rows);
            if (legend.size(candidate, fs)[0] > maxWidth) {
                break;
            }
            best = candidate;
        }
        return best;
    }

    private record GraphDrawing(List<Drawable> ties, List<Drawable> vertices, List<Drawable> labels) {
    }

    /**
     * What the picture of {@code view} fits to the page, in layout units: every positioned vertex with its label at
     * unit symbol size; null when no vertex has a position.
     */
    public Bounds extent(AlignmentView view, Positions positions, VisualStyle style) {
        var members = visibleMembers(view);
        Bounds extent = null;
        for (var a : view.vertices()) {
            var p = positions.of(a.id());
            if (p.isPresent()) {
                var box = vertexBox(a, p.get(), style.radius(a, members.getOrDefault(a.id(), 0)), style);
                extent = extent == null ? box : extent.union(box);
            }
        }
        return extent;
    }

    private static Bounds vertexBox(Actor a, Point p, double r, VisualStyle style) {
        return new Bounds(p.x() - r, p.y() - r, p.x() + r, p.y() + r)
                .union(label(a, p, r, style, Scale.UNIT, new Point(0, 0)).bounds());
    }

    private GraphDrawing drawGraph(AlignmentView view, Positions positions, VisualStyle style, Bounds area,
                                   double f, Bounds fixedExtent) {
        var ties = new ArrayList<Drawable>();
        var vertices = new ArrayList<Drawable>();
        var labels = new ArrayList<Drawable>();
        var members = visibleMembers(view);
        var radius = new HashMap<String, Double>();
        Bounds extent = null;
        var shown = new ArrayList<Actor>();
        for (var a : view.vertices()) {
            var p = positions.of(a.id());
            if (p.isEmpty()) {
                continue;
            }
            double r = style.radius(a, members.getOrDefault(a.id(), 0));
            radius.put(a.id(), r);
            shown.add(a);
            var box = vertexBox(a, p.get(), r, style);
            extent = extent == null ? box : extent.union(box);
        }
        if (extent != null && fixedExtent != null) {
            extent = extent.union(fixedExtent);
        }
        if (extent == null) {
            double size = 18 * f;
            labels.add(new Drawable.Text((area.minX() + area.maxX()) / 2, (area.minY() + area.maxY()) / 2,
                    shortEnough("Nothing to show: no state or organisation matches these filters", size,
                            area.width()), size, style.mutedForeground(), Anchor.MIDDLE, false));
            return new GraphDrawing(ties, vertices, labels);
        }
        double pad = PARALLEL_SPACING * 2;
        extent = new Bounds(extent.minX() - pad, extent.minY() - pad, extent.maxX() + pad, extent.maxY() + pad);
        double s = Math.min(MAX_ZOOM, Math.min(area.width() / extent.width(), area.height() / extent.height()));
        // Symbols grow no faster than positions, so the extent (measured with unit-size symbols) still fits.
        double k = Math.min(s, MAX_SYMBOL_ZOOM);
        var scale = new Scale(s, k);
        double ox = area.minX() + (area.width() - extent.width() * s) / 2 - extent.minX() * s;
        double oy = area.minY() + (area.height() - extent.height() * s) / 2 - extent.minY() * s;
        var origin = new Point(ox, oy);

        var parallel = new HashMap<String, List<Tie>>();
        for (var t : view.ties()) {
            parallel.computeIfAbsent(pairKey(view, t), key -> new ArrayList<>()).add(t);
        }
        for (var group : parallel.values()) {
            for (int i = 0; i < group.size(); i++) {
                var t = group.get(i);
                var line = tieLine(view, t, positions, radius, style, scale, origin,
                        (i - (group.size() - 1) / 2.0) * PARALLEL_SPACING);
                if (line != null) {
                    ties.add(line);
                }
            }
        }
        for (var a : shown) {
            var p = positions.of(a.id()).orElseThrow();
            double cx = ox + p.x() * s;
            double cy = oy + p.y() * s;
            double r = radius.get(a.id()) * k;
            if (a instanceof Organisation) {
                vertices.add(new Drawable.RoundedSquare(cx, cy, r, r * 0.3, style.fill(a), style.stroke(a), 1.4 * k,
                        a.name()));
            } else {
                vertices.add(new Drawable.Circle(cx, cy, r, style.fill(a), style.stroke(a), 1.2 * k, a.name()));
            }
            labels.add(label(a, p, radius.get(a.id()), style, scale, origin));
        }
        return new GraphDrawing(ties, vertices, labels);
    }

    /** Page units per layout unit: {@code positions} for where things are, {@code symbols} for how big they are. */
    private record Scale(double positions, double symbols) {
        static final Scale UNIT = new Scale(1, 1);
    }

    /** A state's label to the right of its disc; an organisation's centred below its square. */
    private static Drawable.Text label(Actor a, Point p, double r, VisualStyle style, Scale scale, Point origin) {
        double k = scale.symbols();
        double size = style.labelSize(a) * k;
        double x = origin.x() + p.x() * scale.positions();
        double y = origin.y() + p.y() * scale.positions();
        if (a instanceof Organisation) {
            return new Drawable.Text(x, y + (r + LABEL_GAP) * k + TextMetrics.ascent(size), a.shortLabel(), size,
                    style.foreground(), Anchor.MIDDLE, true);
        }
        return new Drawable.Text(x + (r + LABEL_GAP) * k, y + 0.35 * size, a.shortLabel(), size, style.foreground(),
                Anchor.START, false);
    }

    private static Drawable.Line tieLine(AlignmentView view, Tie t, Positions positions, Map<String, Double> radius,
                                         VisualStyle style, Scale scale, Point origin, double offset) {
        double s = scale.positions();
        double k = scale.symbols();
        var a = view.first(t);
        var b = view.second(t);
        var pa = positions.of(a.id());
        var pb = positions.of(b.id());
        if (pa.isEmpty() || pb.isEmpty()) {
            return null;
        }
        TieStyle ts;
        boolean arrow = false;
        if (t instanceof MembershipTie m) {
            ts = style.membershipStyle(m.organisation().tieTypes());
        } else {
            var c = (ClauseTie) t;
            ts = style.tieStyle(c.clause().type());
            arrow = ts.arrow() && c.isDirected();
        }
        double x1 = origin.x() + pa.get().x() * s;
        double y1 = origin.y() + pa.get().y() * s;
        double x2 = origin.x() + pb.get().x() * s;
        double y2 = origin.y() + pb.get().y() * s;
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (len < 1e-9) {
            return null;
        }
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        x1 += -uy * offset * k;
        y1 += ux * offset * k;
        x2 += -uy * offset * k;
        y2 += ux * offset * k;
        if (arrow) {
            // The tip touches the recipient's outline instead of hiding under it.
            double back = (radius.get(b.id()) + 1) * k;
            x2 -= ux * back;
            y2 -= uy * back;
        }
        double width = ts.width() * k;
        return new Drawable.Line(x1, y1, x2, y2, ts.colour(), width, ts.dash().stream().map(d -> d * k).toList(),
                arrow);
    }

    private static String pairKey(AlignmentView view, Tie t) {
        var a = view.first(t).id();
        var b = view.second(t).id();
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static Map<String, Integer> visibleMembers(AlignmentView view) {
        var members = new HashMap<String, Set<String>>();
        for (var t : view.membershipTies()) {
            members.computeIfAbsent(t.organisation().id(), k -> new HashSet<>()).add(t.membership().stateId());
        }
        var counts = new HashMap<String, Integer>();
        members.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    /** The text itself when it fits {@code width}, else the text cut with an ellipsis. */
    private static String shortEnough(String text, double size, double width) {
        if (TextMetrics.width(text, size, false) <= width) {
            return text;
        }
        var t = text;
        while (t.length() > 1 && TextMetrics.width(t + "\u2026", size, false) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }
}

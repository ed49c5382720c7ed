package org.allianceatlas.export.render;

import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Positions;

/**
 * Turns a view, its positions and a style into a {@link RenderModel} for one page: title and subtitle at the top,
 * source caption at the bottom, legend on the right (landscape pages) or below the graph (portrait pages), and the
 * graph fitted into the space left ({@link SceneFit}) as the {@link Scene} that {@link SceneBuilder} builds — the same
 * scene the canvas draws, so an export shows what the screen shows.
 *
 * <p>Guarantees: every drawable lies within the page (text boxes estimated generously by {@link TextMetrics}); no
 * two labels overlap and no label lies on a vertex ({@link LabelPlacer}); labels are at least
 * {@value #MIN_LABEL_PX} px on a 1920 × 1080 slide (and proportionally on other pages). Title, legend and caption
 * shrink or wrap rather than run off a small page.
 *
 * <p>Pass the style of the background's theme ({@code VisualStyle.of(options.background().theme())}). Stateless.
 */
public final class RenderModelBuilder {

    /** The smallest label on a 1920 × 1080 slide, page units (px): readable when projected. */
    public static final double MIN_LABEL_PX = 14;

    private final SceneBuilder scenes = new SceneBuilder();

    /** The page around the graph: title, legend and caption laid out, and the area left for the graph. */
    private record Page(String titleText, List<Drawable> title, List<Drawable> legend, List<Drawable> caption,
                        Bounds graphArea) {
    }

    /** Builds the picture of {@code view} laid out at {@code positions}; vertices without a position are skipped. */
    public RenderModel build(AlignmentView view, Positions positions, VisualStyle style, ImageOptions options) {
        return build(view, positions, style, options, null);
    }

    /**
     * Like {@link #build(AlignmentView, Positions, VisualStyle, ImageOptions)}, fitting {@code extent} (layout units;
     * see {@link SceneFit#extent}) to the graph area rather than what this view shows, so that the frames of an
     * animation share one scale and a vertex stays at the same place on every page; null: fit the view.
     */
    public RenderModel build(AlignmentView view, Positions positions, VisualStyle style, ImageOptions options,
                             Bounds extent) {
        double w = options.page().width();
        double h = options.page().height();
        double f = pageFactor(options.page());
        var page = page(view, style, options);
        var graphArea = page.graphArea();
        var layers = new ArrayList<Layer>();
        double minLabel = minLabelSize(options.page().width(), options.page().height());
        var frame = extent == null ? SceneFit.fit(view, positions, style, options.scene(), graphArea, minLabel)
                : SceneFit.fit(view, extent, style, options.scene(), graphArea, minLabel);
        Scene scene = null;
        if (frame == null) {
            double size = 18 * f;
            layers.add(new Layer("ties", List.of()));
            layers.add(new Layer("vertices", List.of()));
            layers.add(new Layer("labels", List.of(new Drawable.Text((graphArea.minX() + graphArea.maxX()) / 2,
                    (graphArea.minY() + graphArea.maxY()) / 2, shortEnough("Nothing to show: no state or "
                    + "organisation matches these filters", size, graphArea.width()), size, style.mutedForeground(),
                    Anchor.MIDDLE, false))));
        } else {
            scene = scenes.build(view, positions, style, options.scene(), frame);
            layers.add(new Layer("ties", scene.tieDrawables()));
            layers.add(new Layer("vertices", scene.vertexDrawables()));
            layers.add(new Layer("labels", scene.labelDrawables()));
        }
        layers.add(new Layer("legend", page.legend()));
        layers.add(new Layer("title", page.title()));
        layers.add(new Layer("caption", page.caption()));
        Rgb background = switch (options.background()) {
            case TRANSPARENT -> null;
            case WHITE -> Rgb.hex("#FFFFFF");
            case DARK -> style.background();
        };
        return new RenderModel(w, h, background, page.titleText(), style.fontFamilies(), layers, scene);
    }

    /**
     * The area the graph of {@code view} gets on the page (page units): what is left beside the title, legend and
     * caption. A layout for this page is made for this area ({@code TimelineLayout}).
     */
    public Bounds graphArea(AlignmentView view, VisualStyle style, ImageOptions options) {
        return page(view, style, options).graphArea();
    }

    private Page page(AlignmentView view, VisualStyle style, ImageOptions options) {
        double w = options.page().width();
        double h = options.page().height();
        double f = pageFactor(options.page());
        double margin = Math.max(10, 0.035 * Math.min(w, h));
        var page = new Bounds(margin, margin, w - margin, h - margin);

        String titleText = null;
        var titleItems = new ArrayList<Drawable>();
        double top = page.minY();
        if (options.showTitle()) {
            titleText = options.title() != null ? options.title() : FilterDescription.defaultTitle(view);
            String subtitle = options.subtitle() != null ? options.subtitle() : FilterDescription.activeFilters(view);
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
        var legend = Legend.of(view, style, options.scene());
        if (options.showLegend() && !legend.isEmpty()) {
            graphArea = placeLegend(legend, legendItems, content, options.page().isLandscape(), 13 * f, style);
        }
        return new Page(titleText, titleItems, legendItems, captionItems, graphArea);
    }

    /**
     * The smallest label on a page (or a window) of the given size: {@value #MIN_LABEL_PX} on a 1920 × 1080 slide,
     * in proportion to the shorter side elsewhere, but never below 80 % of it (11 px: still readable on a small page
     * or window) nor above three times it.
     */
    public static double minLabelSize(double width, double height) {
        return MIN_LABEL_PX * Math.max(0.8, Math.min(3, Math.min(width, height) / 1080));
    }

    /** How much text and symbols of a page grow against a 1920 × 1080 slide (its shorter side against 1080). */
    static double pageFactor(PageSize page) {
        return Math.max(0.45, Math.min(3, Math.min(page.width(), page.height()) / 1080));
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

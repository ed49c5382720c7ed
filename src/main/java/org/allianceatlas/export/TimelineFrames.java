package org.allianceatlas.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import org.allianceatlas.export.render.Bounds;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutAlgorithm;
import org.allianceatlas.layout.Positions;

/**
 * The pictures of one filter over a range of years, for an animation: each is the render model a PNG export of that
 * year's view would draw (title with the year, legend, caption), with two differences that keep the animation still:
 *
 * <ul>
 *   <li><b>Positions follow the years.</b> Each year is laid out with the previous year's positions as its
 *       {@code previous} (see {@link LayoutAlgorithm}), as the app does when the year changes, so that a vertex that
 *       stays keeps its place and a new one appears near its neighbours. Laying out once over the union of all years
 *       would reserve room for vertices that never coexist (the Soviet Union and its successors) and, for the force
 *       layout, spread each year thin; laying out each year afresh would make vertices jump.</li>
 *   <li><b>One scale for all frames.</b> The page fits the union of every year's extent, so that the map does not
 *       zoom as states join and leave.</li>
 * </ul>
 *
 * <p>Built eagerly (one view and one layout per year: positions are a few kilobytes a year); pictures are made on
 * demand, one at a time, so that an exporter holds no more than the frames it blends.
 */
public final class TimelineFrames {

    private final List<Integer> years;
    private final List<AlignmentView> views = new ArrayList<>();
    private final List<Positions> positions = new ArrayList<>();
    private final ImageOptions options;
    private final VisualStyle style;
    private final Bounds extent;
    private final RenderModelBuilder builder = new RenderModelBuilder();

    /**
     * @param criteria the filters; its year is replaced by each of {@code years}
     * @param layout   the layout algorithm (pass one sized by the style of {@code options}' background)
     * @param options  the page; a custom title gets ", YEAR" appended
     * @param years    the years, in the order shown; not empty
     */
    public TimelineFrames(AlignmentGraph graph, FilterCriteria criteria, LayoutAlgorithm layout, ImageOptions options,
                          List<Integer> years) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(layout, "layout");
        this.years = List.copyOf(years);
        if (this.years.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one year");
        }
        this.options = Objects.requireNonNull(options, "options");
        this.style = VisualStyle.of(options.background().theme());
        var previous = Positions.empty();
        Bounds union = null;
        for (int year : this.years) {
            var view = graph.view(criteria.withYear(year));
            var laid = layout.layout(view, previous);
            views.add(view);
            positions.add(laid);
            previous = merge(previous, laid);
            var e = builder.extent(view, laid, style);
            if (e != null) {
                union = union == null ? e : union.union(e);
            }
        }
        this.extent = union;
    }

    /** Remembers every vertex laid out so far, so that one that leaves and comes back returns to its place. */
    private static Positions merge(Positions old, Positions laid) {
        var all = new LinkedHashMap<>(old.asMap());
        all.putAll(laid.asMap());
        return new Positions(all);
    }

    /** How many pictures (years). */
    public int size() {
        return years.size();
    }

    /** The year of picture {@code i}. */
    public int year(int i) {
        return years.get(i);
    }

    /** The view of picture {@code i}. */
    public AlignmentView view(int i) {
        return views.get(i);
    }

    /** The picture of the {@code i}-th year. */
    public RenderModel picture(int i) {
        var o = options.title() == null ? options : options.withTitle(options.showTitle(),
                options.title() + ", " + years.get(i));
        return builder.build(views.get(i), positions.get(i), style, o, extent);
    }
}

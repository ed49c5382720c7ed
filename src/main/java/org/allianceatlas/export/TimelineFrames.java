package org.allianceatlas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.allianceatlas.export.render.Bounds;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.render.SceneFit;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.Positions;

/**
 * The pictures of one filter over a range of years, for an animation: each is the render model a PNG export of that
 * year's view draws (title with the year, legend, caption), with the same positions. Two things keep the animation
 * still:
 *
 * <ul>
 *   <li><b>One layout for every year.</b> The positions are the ones a PNG export uses: the union of the filter's
 *       yearly views laid out once ({@code AtlasService.layout}, {@code TimelineLayout}), so a vertex never moves and a
 *       frame is the picture of its year whatever the range of the animation. Laying each year out with the previous
 *       year's positions (as the app once did) would make a year's frame depend on the first year chosen.</li>
 *   <li><b>One scale for all frames.</b> The page fits the union of every year's extent, so that the picture does
 *       not zoom as states join and leave (a single PNG fits its own year).</li>
 * </ul>
 *
 * <p>Views are made eagerly (one per year: sets of vertices and ties); pictures on demand, one at a time, so that an
 * exporter holds no more than the frames it blends.
 */
public final class TimelineFrames {

    private final List<Integer> years;
    private final List<AlignmentView> views = new ArrayList<>();
    private final Positions positions;
    private final ImageOptions options;
    private final VisualStyle style;
    private final Bounds extent;
    private final RenderModelBuilder builder = new RenderModelBuilder();

    /**
     * @param criteria  the filters; its year is replaced by each of {@code years}
     * @param positions the positions of every vertex of every year (a PNG export's)
     * @param options   the page; a custom title gets ", YEAR" appended
     * @param years     the years, in the order shown; not empty
     */
    public TimelineFrames(AlignmentGraph graph, FilterCriteria criteria, Positions positions, ImageOptions options,
                          List<Integer> years) {
        Objects.requireNonNull(graph, "graph");
        this.positions = Objects.requireNonNull(positions, "positions");
        this.years = List.copyOf(years);
        if (this.years.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one year");
        }
        this.options = Objects.requireNonNull(options, "options");
        this.style = VisualStyle.of(options.background().theme());
        Bounds union = null;
        for (int year : this.years) {
            var view = graph.view(criteria.withYear(year));
            views.add(view);
            var e = SceneFit.extent(view, positions, options.scene());
            if (e != null) {
                union = union == null ? e : union.union(e);
            }
        }
        this.extent = union;
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
        return builder.build(views.get(i), positions, style, o, extent);
    }
}

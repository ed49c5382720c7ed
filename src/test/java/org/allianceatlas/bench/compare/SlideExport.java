package org.allianceatlas.bench.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.ExportJob;
import org.allianceatlas.export.Exporter;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.service.AtlasService;

/**
 * Our export of a {@link SlideView} as the CLI's {@code export} command makes it with its defaults (geographic layout,
 * 1920 × 1080 slide, white, title, legend and caption), in two parts that can be timed apart: {@link #prepare} (load
 * the shipped data, filter, lay out) and {@link #export} (draw and write one format). {@code SlideExportTest} checks
 * that the SVG is the CLI's, byte for byte.
 */
public final class SlideExport {

    private final AlignmentView view;
    private final Positions positions;

    private SlideExport(AlignmentView view, Positions positions) {
        this.view = view;
        this.positions = positions;
    }

    /** Loads the shipped data, filters it to {@code slide} and lays it out geographically. */
    public static SlideExport prepare(SlideView slide) {
        var service = new AtlasService();
        var loaded = service.loadShippedAnd(List.of());
        if (!loaded.usable()) {
            throw new IllegalStateException("the shipped data does not load: " + loaded.report().problems());
        }
        var view = service.filter(slide.criteria());
        var style = VisualStyle.of(Theme.LIGHT);
        // As the CLI: every year of the filters laid out at once, for the slide's graph area.
        var area = new RenderModelBuilder().graphArea(view, style, ImageOptions.defaults());
        var positions = service.layout(view.criteria(), LayoutKind.GEOGRAPHIC, style::radius, area.width(),
                area.height());
        return new SlideExport(view, positions);
    }

    /** Draws the prepared view in {@code format} ({@code png}, {@code svg}, {@code pdf}, …) to {@code target}. */
    public void export(String format, Path target) throws ExportException {
        var kind = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        Exporter.forFormat(kind).export(new ExportJob(view, positions, ImageOptions.defaults(), target, true));
    }

    /** The filtered view. */
    public AlignmentView view() {
        return view;
    }

    /** Its positions, laid out as the CLI lays them out. */
    public Positions positions() {
        return positions;
    }

    /** States and organisations drawn, for the tables. */
    public int vertices() {
        return view.states().size() + view.organisations().size();
    }

    /** Ties drawn. */
    public int ties() {
        return view.ties().size();
    }
}

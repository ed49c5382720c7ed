package org.allianceatlas.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.export.AnimationOptions;
import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.ExportProgress;
import org.allianceatlas.export.PresentationFormat;
import org.allianceatlas.export.SlideDeckExporter;
import org.allianceatlas.export.TimelineAnimationExporter;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.LoadResult;
import org.allianceatlas.io.Problem;
import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.io.importers.DatasetMerger;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.project.Project;
import org.allianceatlas.project.ProjectReader;
import org.allianceatlas.project.ProjectWriter;
import org.allianceatlas.project.SavedView;

/**
 * The service's project and presentation operations (open and save a project, draw a saved view, the timeline
 * animation, the slide deck), kept together so that {@link AtlasService} only delegates. Each picture takes the path
 * of a PNG export: filters → view → the timeline layout for the page's graph area ({@link AtlasService#layout}, so
 * the picture does not depend on what was on screen before) → render model.
 */
final class Presentations {

    private final AtlasService service;

    Presentations(AtlasService service) {
        this.service = service;
    }

    ProjectOpened open(Path file) {
        var reading = new ProjectReader().read(file);
        if (reading.project().isEmpty()) {
            return new ProjectOpened(file, reading.project(), reading.report(), null, reading.missingFiles());
        }
        var project = reading.project().get();
        var data = project.data();
        var missing = reading.missingFiles();
        var files = data.files().stream().filter(p -> !missing.contains(p)).map(DataInput::of).toList();
        var research = data.researchImport();
        LoadResult load;
        if (research == null || research.files().stream().anyMatch(missing::contains)) {
            load = service.loadWithImports(data.shipped(), files, List.of(), DatasetMerger.Precedence.BASE);
        } else if (research.alone()) {
            load = service.loadWithImports(false, List.of(), research.files(), research.prefer(),
                    research.skipBadRows());
        } else {
            load = service.loadWithImports(data.shipped(), files, research.files(), research.prefer(),
                    research.skipBadRows());
        }
        var problems = new ArrayList<Problem>(reading.report().problems());
        problems.addAll(load.report().problems());
        if (load.usable()) {
            problems.addAll(reading.unknownIds(service.graph()));
        }
        return new ProjectOpened(file, reading.project(), ValidationReport.of(problems), load, missing);
    }

    void save(Project project, Path target, boolean overwrite) throws ExportException {
        new ProjectWriter().write(project, target, overwrite);
    }

    /**
     * The page options of {@code view} on {@code base}: its title (and whether the filters stay below it), its label
     * mode, organisation display and map.
     */
    static ImageOptions options(SavedView view, ImageOptions base) {
        var o = view.title() == null ? base : base.withTitle(base.showTitle(), view.title());
        if (view.title() != null && !view.keepSubtitle()) {
            o = o.withSubtitle("");
        }
        return o.withScene(o.scene().withLabels(view.labels()).withOrganisations(view.organisationDisplay())
                .withMap(view.mapMode()));
    }

    /** The positions a PNG export with {@code options} uses: the timeline layout for its graph area. */
    private Positions layout(AlignmentView view, LayoutKind kind, VisualStyle style, ImageOptions options) {
        var area = new RenderModelBuilder().graphArea(view, style, options);
        return service.layout(view.criteria(), kind, style::radius, area.width(), area.height());
    }

    RenderModel render(SavedView saved, ImageOptions base) {
        var options = options(saved, base);
        var style = VisualStyle.of(options.background().theme());
        var view = service.filter(saved.filters());
        return new RenderModelBuilder().build(view, layout(view, saved.layout(), style, options), style, options);
    }

    SlideDeckExporter.Slide slide(SavedView saved, ImageOptions base) {
        var options = options(saved, base);
        var style = VisualStyle.of(options.background().theme());
        var view = service.filter(saved.filters());
        var positions = layout(view, saved.layout(), style, SlideDeckExporter.pictureOptions(options));
        return SlideDeckExporter.Slide.of(view, positions, options, saved.keepSubtitle());
    }

    void animate(FilterCriteria criteria, LayoutKind kind, AnimationOptions options, PresentationFormat format,
                 Path target, boolean overwrite, ExportProgress progress) throws ExportException {
        var style = VisualStyle.of(options.image().background().theme());
        var last = service.filter(criteria.withYear(options.to()));
        var positions = layout(last, kind, style, options.image());
        new TimelineAnimationExporter().export(new TimelineAnimationExporter.Job(service.graph(), criteria,
                positions, options, format, target, overwrite), progress);
    }

    /**
     * A deck of the saved views, one slide each. The slides' render models are made first (small: a list of
     * drawables each); the exporter draws their pictures one at a time as it adds them.
     */
    void deck(List<SavedView> views, ImageOptions base, Path target, boolean overwrite, ExportProgress progress)
            throws ExportException {
        var slides = new ArrayList<SlideDeckExporter.Slide>();
        for (var v : views) {
            slides.add(slide(v, base));
        }
        new SlideDeckExporter().export(slides, target, overwrite, progress);
    }
}

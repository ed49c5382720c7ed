package org.allianceatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.allianceatlas.export.AnimationOptions;
import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.ExportProgress;
import org.allianceatlas.export.PresentationFormat;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.service.AtlasService;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code export --format gif|mp4|png-sequence|pptx}: the timeline as an animation, or a slide deck of a project's
 * saved views or of a range of years, through the service. Kept apart from {@link ExportCommand}, which hands over
 * to it, so that the single-view export stays as it was. Exit codes as the command's: 0 written; 1 data, project or
 * file problems; 2 bad usage (a missing or inconsistent option).
 */
final class PresentationExport {

    /** The frame size of an animation when {@code --size} is not given: 720p, a common video and slide size. */
    static final PageSize ANIMATION_SIZE = new PageSize("720p", 1280, 720);

    private final AtlasCli root;
    private final CommandSpec spec;
    private final FilterOptions filters;
    private final PresentationOptions options;

    PresentationExport(AtlasCli root, CommandSpec spec, FilterOptions filters, PresentationOptions options) {
        this.root = root;
        this.spec = spec;
        this.filters = filters;
        this.options = options;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Writes {@code format}; {@code image} carries the page, background, title, legend and caption options. */
    int run(PresentationFormat format, ImageOptions image, boolean sizeGiven, LayoutKind layout, Path out,
            boolean force) {
        return format.isAnimation()
                ? animation(format, sizeGiven ? image : image.withPage(ANIMATION_SIZE), layout, out, force)
                : deck(image, layout, out, force);
    }

    private int animation(PresentationFormat format, ImageOptions image, LayoutKind layout, Path out, boolean force) {
        if (options.project != null || !options.views.isEmpty()) {
            throw usage("--project and --view are for --format pptx; an animation shows the years --from to --to");
        }
        if (options.from == null || options.to == null) {
            throw usage("--format " + key(format) + " needs --from YEAR and --to YEAR");
        }
        AnimationOptions animation;
        try {
            animation = new AnimationOptions(options.from, options.to, options.step, options.framesPerYear,
                    options.fadeFrames(), options.fps, image);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        var loaded = root.load();
        if (loaded.isEmpty()) {
            return AtlasCli.DATA_PROBLEM;
        }
        var service = loaded.get().service();
        service.requireOrganisations(filters.organisations());
        var criteria = filters.criteria(options.from, root.basis());
        try {
            service.exportAnimation(criteria, layout, animation, format, out, force, ExportProgress.NONE);
        } catch (ExportException e) {
            return failed(e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%s, %d\u2013%d, %d years, %d frames of %dx%d at "
                        + "%d fps)%n", out, key(format), animation.from(), animation.to(), animation.years().size(),
                animation.frameCount(), animation.width(), animation.height(), animation.fps());
        return 0;
    }

    private int deck(ImageOptions image, LayoutKind layout, Path out, boolean force) {
        boolean years = options.from != null || options.to != null;
        if (options.project == null && !years) {
            throw usage("--format pptx needs --project FILE (its saved views) or --from YEAR --to YEAR (one slide "
                    + "a year)");
        }
        if (options.project != null && years) {
            throw usage("--format pptx takes --project or --from/--to, not both");
        }
        if (!options.views.isEmpty() && options.project == null) {
            throw usage("--view names a saved view of --project");
        }
        if (years && (options.from == null || options.to == null)) {
            throw usage("a deck of years needs both --from YEAR and --to YEAR");
        }
        AtlasService service;
        List<SavedView> views;
        if (options.project != null) {
            if (root.choosesData()) {
                throw usage("--project brings its own data; leave out --data and --only");
            }
            service = new AtlasService();
            var opened = service.openProject(options.project);
            var err = spec.commandLine().getErr();
            if (!opened.report().isEmpty()) {
                err.println(opened.report().format());
            }
            if (!opened.opened()) {
                err.println(AtlasCli.stopped(opened.report(), false, false, "nothing written"));
                return AtlasCli.DATA_PROBLEM;
            }
            var project = opened.project().orElseThrow();
            views = chosenViews(project.views(), err);
            if (views == null) {
                return AtlasCli.DATA_PROBLEM;
            }
        } else {
            if (options.from > options.to) {
                throw usage("--from " + options.from + " is after --to " + options.to);
            }
            var loaded = root.load();
            if (loaded.isEmpty()) {
                return AtlasCli.DATA_PROBLEM;
            }
            service = loaded.get().service();
            service.requireOrganisations(filters.organisations());
            var base = filters.criteria(options.from, root.basis());
            views = new ArrayList<>();
            var yearList = new AnimationOptions(options.from, options.to, options.step, 1, 0, 1, image).years();
            for (int y : yearList) {
                var view = SavedView.of(Integer.toString(y), base.withYear(y)).withLayout(layout);
                views.add(image.title() == null ? view : view.withTitle(image.title() + ", " + y, true));
            }
        }
        try {
            service.exportDeck(views, image.withTitle(image.showTitle(), null), out, force, ExportProgress.NONE);
        } catch (ExportException e) {
            return failed(e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (pptx, %d slides)%n", out, views.size());
        return 0;
    }

    /** The views {@code --view} names, in that order, or all; null (reported) when a name is unknown or none. */
    private List<SavedView> chosenViews(List<SavedView> all, PrintWriter err) {
        if (all.isEmpty()) {
            err.println("error: " + options.project + " has no saved views; save some in the app, or make a deck of "
                    + "years with --from and --to");
            return null;
        }
        if (options.views.isEmpty()) {
            return all;
        }
        var chosen = new ArrayList<SavedView>();
        for (var name : options.views) {
            var found = all.stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
            if (found.isEmpty()) {
                err.println("error: " + options.project + " has no saved view '" + name + "'; its views: "
                        + all.stream().map(v -> "'" + v.name() + "'").collect(Collectors.joining(", ")));
                return null;
            }
            chosen.add(found.get());
        }
        return chosen;
    }

    private int failed(ExportException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage().replace("allow overwriting to replace it",
                "use --force to replace it"));
        return AtlasCli.DATA_PROBLEM;
    }

    private static String key(PresentationFormat format) {
        return format.key().replace('_', '-');
    }
}

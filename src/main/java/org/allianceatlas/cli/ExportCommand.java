package org.allianceatlas.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.ExportJob;
import org.allianceatlas.export.Exporter;
import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.render.SceneOptions;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code export}: writes the view of a year, filtered ({@link FilterOptions}), as a picture (PNG, SVG, PDF) or as
 * data for other tools (GEXF, GraphML, CSV, JSON), from the data the root command's options load; the formats of
 * several pictures (animations, a slide deck) go to {@link PresentationExport} with {@link PresentationOptions}.
 * Exit codes: 0 written; 1 data problems, an unknown organisation, or a file that exists (without {@code --force})
 * or cannot be written; 2 bad usage (an unknown format, size, region, type, layout or background, a scale out of
 * range), checked while parsing. Not a {@code ViewCommand}: a file that cannot be written is exit 1, so it returns
 * its own code.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the view of a year as a picture (png, svg, pdf) or as data (gexf, graphml, csv, json); "
                + "the timeline as an animation (gif, mp4, png-sequence); slides (pptx).",
        footer = {"", "CSV writes nodes.csv and edges.csv into the folder --out names; png-sequence writes "
                + "frame-00001.png ... into it.",
            "Animations: --from 1949 --to 2024 [--step N] [--fps N] [--frames-per-year N] [--fade-frames N].",
            "Decks: --format pptx --project talk.atlas [--view NAME]..., or --from/--to for a slide a year.",
            "Exit codes: 0 written, 1 data or file problems, 2 bad usage."})
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private AtlasCli root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FilterOptions filters;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
            description = "png, svg, pdf, gexf, graphml, csv or json (one view); gif, mp4 or png-sequence (the "
                    + "years --from to --to); pptx (a project's saved views, or the years --from to --to).")
    private OutputFormat format;

    @Mixin
    private PresentationOptions presentation;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The file to write (for csv and png-sequence: a folder).")
    private Path out;

    @Option(names = "--layout", paramLabel = "L", defaultValue = "geographic", converter = LayoutConverter.class,
            description = "geographic (default), force or circular.")
    private LayoutKind layout;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "slide", converter = SizeConverter.class,
            description = "slide (1920x1080, default; 1280x720 for an animation), 4:3, a4-landscape, a4-portrait or "
                    + "WIDTHxHEIGHT.")
    private PageSize size;

    private int scale = 1;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "Title text (default: \"Defence alignments, YEAR\" and the active filters).")
    private String title;

    @Option(names = "--no-title", description = "No title.")
    private boolean noTitle;

    @Option(names = "--no-legend", description = "No legend.")
    private boolean noLegend;

    @Option(names = "--no-caption", description = "No source caption.")
    private boolean noCaption;

    @Option(names = "--background", paramLabel = "B", defaultValue = "white", converter = BackgroundConverter.class,
            description = "white (default), transparent or dark.")
    private Background background;

    @Option(names = "--labels", paramLabel = "L", defaultValue = "names", converter = LabelModeConverter.class,
            description = "names (default: a state's name where it fits, else its code) or codes.")
    private LabelMode labels;

    @Option(names = "--organisations", paramLabel = "D", defaultValue = "vertices",
            converter = OrganisationDisplayConverter.class,
            description = "vertices (default) or hidden (states tied by the organisations they share).")
    private OrganisationDisplay organisations;

    @Option(names = "--force", description = "Replace the file if it exists.")
    private boolean force;

    @Option(names = "--scale", paramLabel = "N", description = "Pixels per page unit for png, 1 to 4 (default 1).")
    void setScale(int value) {
        if (value < ImageOptions.MIN_SCALE || value > ImageOptions.MAX_SCALE) {
            throw new ParameterException(spec.commandLine(), "--scale must be " + ImageOptions.MIN_SCALE + " to "
                    + ImageOptions.MAX_SCALE + ", not " + value);
        }
        scale = value;
    }

    @Override
    public Integer call() {
        var options = new ImageOptions(size, scale, background, !noTitle, title, null, !noLegend, !noCaption, null,
                SceneOptions.defaults().withLabels(labels).withOrganisations(organisations));
        if (format.presentation() != null) {
            boolean sizeGiven = spec.commandLine().getParseResult().hasMatchedOption("--size");
            return new PresentationExport(root, spec, filters, presentation).run(format.presentation(), options,
                    sizeGiven, layout, out, force);
        }
        if (presentation.anyGiven()) {
            throw new ParameterException(spec.commandLine(), "--from, --to, --step, --fps, --frames-per-year, "
                    + "--fade-frames, --project and --view are for gif, mp4, png-sequence and pptx, not "
                    + format.key());
        }
        var single = format.single();
        var loaded = root.load();
        if (loaded.isEmpty()) {
            return AtlasCli.DATA_PROBLEM;
        }
        var service = loaded.get().service();
        service.requireOrganisations(filters.organisations());
        var view = service.filter(filters.criteria(root.basis()));
        var style = VisualStyle.of(single.isImage() ? background.theme() : Theme.LIGHT);
        var area = new RenderModelBuilder().graphArea(view, style, options);
        Positions positions = service.layout(view.criteria(), layout, style::radius, area.width(), area.height());
        var err = spec.commandLine().getErr();
        try {
            Exporter.forFormat(single).export(new ExportJob(view, positions, options, out, force));
        } catch (ExportException e) {
            err.println("error: " + e.getMessage().replace("allow overwriting to replace it", "use --force to "
                    + "replace it"));
            return AtlasCli.DATA_PROBLEM;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%s, %d: %d states, %d organisations, %d ties)%n",
                out, single.key(), view.criteria().year(), view.states().size(), view.organisations().size(),
                view.ties().size());
        return 0;
    }

    static final class LayoutConverter extends KeyedConverter<LayoutKind> {
        LayoutConverter() {
            super(LayoutKind.class, "a layout");
        }
    }

    static final class LabelModeConverter extends KeyedConverter<LabelMode> {
        LabelModeConverter() {
            super(LabelMode.class, "a label mode");
        }
    }

    static final class OrganisationDisplayConverter extends KeyedConverter<OrganisationDisplay> {
        OrganisationDisplayConverter() {
            super(OrganisationDisplay.class, "an organisation display");
        }
    }

    static final class BackgroundConverter extends KeyedConverter<Background> {
        BackgroundConverter() {
            super(Background.class, "a background");
        }
    }

    static final class SizeConverter implements ITypeConverter<PageSize> {
        @Override
        public PageSize convert(String value) {
            try {
                return PageSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}

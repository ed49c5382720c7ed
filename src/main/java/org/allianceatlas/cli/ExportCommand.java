package org.allianceatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.ExportJob;
import org.allianceatlas.export.Exporter;
import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.layout.LayoutFactory;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Keyed;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code export}: writes the view of a year, filtered, as a picture (PNG, SVG, PDF) or as data for other tools
 * (GEXF, GraphML, CSV, JSON). Exit codes: 0 written; 1 data problems, an unknown organisation, or a file that exists
 * (without {@code --force}) or cannot be written; 2 bad usage (an unknown format, size, region, type, layout or
 * background, a scale out of range), checked while parsing.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the view of a year as a picture (png, svg, pdf) or as data (gexf, graphml, csv, json).",
        footer = {"", "CSV writes nodes.csv and edges.csv into the folder --out names.",
            "Exit codes: 0 written, 1 data or file problems, 2 bad usage."})
public final class ExportCommand implements Callable<Integer> {

    /** Exit code for data or file problems (the shared CLI convention). */
    static final int PROBLEM = 1;

    /**
     * Where the command gets the graph: the root command's loaded data once the command is registered there. It
     * prints the data's problems itself and returns empty when they are errors.
     */
    @FunctionalInterface
    public interface GraphSource {
        Optional<AlignmentGraph> load(PrintWriter err);
    }

    private final GraphSource source;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "png, svg, pdf, gexf, graphml, csv or json.")
    private ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The file to write (for csv: a folder).")
    private Path out;

    private Integer year;

    @Option(names = "--org", paramLabel = "ID", description = "Only this organisation's members (repeatable).")
    private List<String> organisations = new ArrayList<>();

    @Option(names = "--region", paramLabel = "R", converter = RegionConverter.class,
            description = "Only states of this region or sub-region, e.g. Europe, \"Western Asia\" (repeatable).")
    private List<RegionChoice> regions = new ArrayList<>();

    @Option(names = "--type", paramLabel = "T", converter = TieTypeConverter.class,
            description = "Only ties of this type, e.g. mutual_defence (repeatable).")
    private List<TieType> types = new ArrayList<>();

    @Option(names = "--layout", paramLabel = "L", defaultValue = "geographic", converter = LayoutConverter.class,
            description = "geographic (default), force or circular.")
    private LayoutKind layout;

    @Option(names = "--size", paramLabel = "SIZE", defaultValue = "slide", converter = SizeConverter.class,
            description = "slide (1920x1080, default), 4:3, a4-landscape, a4-portrait or WIDTHxHEIGHT.")
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

    @Option(names = "--force", description = "Replace the file if it exists.")
    private boolean force;

    /** Loads the shipped data; the root command's data options take over once the command is registered there. */
    public ExportCommand() {
        this(ExportCommand::shippedData);
    }

    public ExportCommand(GraphSource source) {
        this.source = source;
    }

    @Option(names = "--year", paramLabel = "Y", description = "The year, as of 31 December (default: this year).")
    void setYear(int value) {
        if (value < 1 || value > 9999) {
            throw new ParameterException(spec.commandLine(), "--year must be between 1 and 9999, not " + value);
        }
        year = value;
    }

    @Option(names = "--scale", paramLabel = "N", description = "Pixels per page unit for png, 1 to 4 (default 1).")
    void setScale(int value) {
        if (value < ImageOptions.MIN_SCALE || value > ImageOptions.MAX_SCALE) {
            throw new ParameterException(spec.commandLine(), "--scale must be " + ImageOptions.MIN_SCALE + " to "
                    + ImageOptions.MAX_SCALE + ", not " + value);
        }
        scale = value;
    }

    /** Runs {@code export} on its own with the given writers and data, returning the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, GraphSource source, String... args) {
        var cli = new CommandLine(new ExportCommand(source));
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var graph = source.load(err);
        if (graph.isEmpty()) {
            return PROBLEM;
        }
        var dataset = graph.get().dataset();
        var unknown = organisations.stream().filter(id -> dataset.organisation(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            err.println("error: no organisation " + String.join(", ", unknown) + " in the data; ids are lower-case, "
                    + "e.g. nato, eu (see the 'summary' command)");
            return PROBLEM;
        }
        var view = graph.get().view(criteria());
        var style = VisualStyle.of(format.isImage() ? background.theme() : Theme.LIGHT);
        Positions positions = LayoutFactory.forKind(layout, style::radius).layout(view, Positions.empty());
        var options = new ImageOptions(size, scale, background, !noTitle, title, !noLegend, !noCaption, null);
        try {
            Exporter.forFormat(format).export(new ExportJob(view, positions, options, out, force));
        } catch (ExportException e) {
            err.println("error: " + e.getMessage().replace("allow overwriting to replace it", "use --force to "
                    + "replace it"));
            return PROBLEM;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%s, %d: %d states, %d organisations, %d ties)%n",
                out, format.key(), view.criteria().year(), view.states().size(), view.organisations().size(),
                view.ties().size());
        return 0;
    }

    private FilterCriteria criteria() {
        var c = FilterCriteria.forYear(year != null ? year : Year.now().getValue());
        if (!organisations.isEmpty()) {
            c = c.withOrganisations(Selection.only(organisations));
        }
        if (!regions.isEmpty()) {
            var subs = new LinkedHashSet<Subregion>();
            regions.forEach(r -> subs.addAll(r.subregions()));
            c = c.withSubregions(Selection.only(subs));
        }
        if (!types.isEmpty()) {
            c = c.withTieTypes(Selection.only(types));
        }
        return c;
    }

    private static Optional<AlignmentGraph> shippedData(PrintWriter err) {
        var loaded = new DatasetLoader().load(DataInput.shipped());
        if (!loaded.report().isEmpty()) {
            err.println(loaded.report().format());
        }
        return loaded.usable() ? Optional.of(new AlignmentGraph(loaded.dataset())) : Optional.empty();
    }

    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return Keyed.fromKey(ExportFormat.class, value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a format; use one of " + Keyed.allowedKeys(ExportFormat.class)));
        }
    }

    static final class LayoutConverter implements ITypeConverter<LayoutKind> {
        @Override
        public LayoutKind convert(String value) {
            return Keyed.fromKey(LayoutKind.class, value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a layout; use one of " + Keyed.allowedKeys(LayoutKind.class)));
        }
    }

    static final class BackgroundConverter implements ITypeConverter<Background> {
        @Override
        public Background convert(String value) {
            return Keyed.fromKey(Background.class, value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a background; use one of " + Keyed.allowedKeys(Background.class)));
        }
    }

    static final class TieTypeConverter implements ITypeConverter<TieType> {
        @Override
        public TieType convert(String value) {
            return Keyed.fromKey(TieType.class, value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a tie type; use one of " + Keyed.allowedKeys(TieType.class)));
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

    /** What one {@code --region} selects: a region's sub-regions, or one sub-region. */
    record RegionChoice(List<Subregion> subregions) {
    }

    /** A region (all its sub-regions) or one sub-region, by name, case-insensitive; {@code -} may stand for a space. */
    static final class RegionConverter implements ITypeConverter<RegionChoice> {
        @Override
        public RegionChoice convert(String value) {
            var name = value.strip().replace('-', ' ').replace('_', ' ');
            var region = Region.fromLabel(name);
            if (region.isPresent()) {
                return new RegionChoice(region.get().subregions());
            }
            return Subregion.fromLabel(name).or(() -> Subregion.fromLabel(value.strip()))
                    .map(s -> new RegionChoice(List.of(s)))
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a region or sub-region; "
                            + "regions are Africa, Americas, Asia, Europe, Oceania"));
        }
    }
}

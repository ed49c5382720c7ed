package org.allianceatlas.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.allianceatlas.analysis.BlocFinder;
import org.allianceatlas.analysis.BlocReport;
import org.allianceatlas.analysis.MetricsCalculator;
import org.allianceatlas.analysis.MetricsTable;
import org.allianceatlas.analysis.PathFinder;
import org.allianceatlas.analysis.PathResult;
import org.allianceatlas.analysis.YearComparison;
import org.allianceatlas.export.AnimationOptions;
import org.allianceatlas.export.AtomicFile;
import org.allianceatlas.export.CsvExporter;
import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.ExportJob;
import org.allianceatlas.export.ExportProgress;
import org.allianceatlas.export.Exporter;
import org.allianceatlas.export.Pictures;
import org.allianceatlas.export.PresentationFormat;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.io.AtomicFileWriter;
import org.allianceatlas.io.ClosestNames;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.DatasetWriter;
import org.allianceatlas.io.InputFiles;
import org.allianceatlas.io.LoadResult;
import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.io.importers.CowCrosswalk;
import org.allianceatlas.io.importers.DatasetMerger;
import org.allianceatlas.io.importers.ImportResult;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.io.importers.ResearchImport;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.layout.TimelineLayout;
import org.allianceatlas.layout.VertexSizes;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.State;
import org.allianceatlas.project.Project;
import org.allianceatlas.project.SavedView;

/**
 * The one facade the CLI and the desktop app share: loads data, keeps the current {@link Dataset} and its
 * {@link AlignmentGraph}, answers questions about them, and writes what both front ends write — exports of a view
 * ({@link #export}: lay out, build, write atomically), imports of research data to a data file
 * ({@link #importToFile}: validated before writing) and the metrics table.
 *
 * <p>A load whose report has errors leaves the current data as it was (the app keeps showing the previous data;
 * the CLI exits with the report). Before the first successful load the dataset is empty.
 *
 * <p>Thread-safe: the current dataset and graph are replaced together as one immutable snapshot, so a reader on
 * another thread (the FX thread while a load runs in the background) sees either the old pair or the new one.
 * Loading takes a while (the shipped data: 0.9 s in a cold JVM, 70 ms warm, on a 2-core machine) and belongs off
 * the FX thread.
 */
public final class AtlasService {

    /** The current data: the dataset and the graph built from it, always replaced together. */
    private record Snapshot(Dataset dataset, AlignmentGraph graph) {
    }

    private final DatasetLoader loader;
    private final Supplier<List<DataInput>> shipped;
    private final Presentations presentations = new Presentations(this);
    private volatile Snapshot current;

    /** A service over the data shipped in the application (see {@link DataInput#shipped()}). */
    public AtlasService() {
        this(new DatasetLoader(), DataInput::shipped);
    }

    /**
     * @param shipped the inputs that {@link #loadShippedAnd} starts with; tests pass fixtures
     */
    public AtlasService(DatasetLoader loader, Supplier<List<DataInput>> shipped) {
        this.loader = loader;
        this.shipped = shipped;
        this.current = new Snapshot(Dataset.empty(), new AlignmentGraph(Dataset.empty()));
    }

    /**
     * Loads the shipped data followed by {@code extra} (a user's files may add to the shipped data but not redefine
     * its ids). On success the result becomes the current data.
     */
    public LoadResult loadShippedAnd(List<DataInput> extra) {
        var inputs = new ArrayList<>(shipped.get());
        inputs.addAll(extra);
        return loadOnly(inputs);
    }

    /** Loads exactly {@code inputs}, without the shipped data. On success the result becomes the current data. */
    public LoadResult loadOnly(List<DataInput> inputs) {
        return adopt(loader.load(inputs));
    }

    /**
     * Loads JSON data (the shipped data and {@code json}, or only {@code json}), then imports the research CSV files
     * (ATOP, COW) and merges them in; where both describe an organisation, {@code precedence} says which wins and the
     * conflict is reported as a warning. Import problems join the report. On success the result becomes the current
     * data. A research row with an error makes the whole load fail; see the overload to leave such rows out.
     */
    public LoadResult loadWithImports(boolean includeShipped, List<DataInput> json, List<Path> research,
                                      DatasetMerger.Precedence precedence) {
        return loadWithImports(includeShipped, json, research, precedence, false);
    }

    /**
     * As {@link #loadWithImports(boolean, List, List, DatasetMerger.Precedence)}; with {@code skipBadRows}, when the
     * only errors are research rows that the import left out, those errors become warnings (still listed with file,
     * line and column) and the rest is loaded. Otherwise the result's {@link LoadResult#onlyRowsSkipped()} tells a
     * caller whether asking the user to leave the rows out would help.
     */
    public LoadResult loadWithImports(boolean includeShipped, List<DataInput> json, List<Path> research,
                                      DatasetMerger.Precedence precedence, boolean skipBadRows) {
        var inputs = new ArrayList<DataInput>();
        if (includeShipped) {
            inputs.addAll(shipped.get());
        }
        inputs.addAll(json);
        var base = loader.load(inputs);
        if (research.isEmpty() || !base.usable()) {
            return adopt(base);
        }
        var imported = ResearchImport.importFiles(research, CowCrosswalk.shipped(), statesOf(base.dataset()));
        var merged = new DatasetMerger().merge(base.dataset(), imported.dataset(), precedence,
                research.get(0).toString());
        var problems = new ArrayList<>(base.report().problems());
        problems.addAll(imported.problems());
        problems.addAll(merged.conflicts());
        var result = new LoadResult(merged.dataset(), ValidationReport.of(problems), imported.skippedRows());
        return adopt(skipBadRows && result.onlyRowsSkipped() ? result.acceptingSkippedRows() : result);
    }

    /**
     * Loads files and folders as the command line names them: ATOP/COW CSV files
     * ({@link ResearchImport#isResearchFile}) are imported and merged in, everything else is read as our JSON format;
     * see {@link #loadWithImports(boolean, List, List, DatasetMerger.Precedence, boolean)}.
     */
    public LoadResult loadPaths(boolean includeShipped, List<Path> paths, DatasetMerger.Precedence precedence,
                                boolean skipBadRows) {
        var json = new ArrayList<DataInput>();
        var research = new ArrayList<Path>();
        for (var p : paths) {
            if (ResearchImport.isResearchFile(p)) {
                research.add(p);
            } else {
                json.add(DataInput.of(p));
            }
        }
        return loadWithImports(includeShipped, json, research, precedence, skipBadRows);
    }

    /**
     * Imports research CSV files of one dataset using the current data's states (others become placeholders), and
     * with {@code mergeWithCurrent} merges the current data in, {@code precedence} deciding conflicts. The current
     * data is not changed.
     */
    public ImportResult importResearch(ResearchDataset kind, List<Path> files, boolean mergeWithCurrent,
                                       DatasetMerger.Precedence precedence) {
        var base = dataset();
        var result = ResearchImport.importAs(kind, files, CowCrosswalk.shipped(), statesOf(base));
        if (!mergeWithCurrent) {
            return result;
        }
        var merged = new DatasetMerger().merge(base, result.dataset(), precedence, files.get(0).toString());
        var problems = new ArrayList<>(result.problems());
        problems.addAll(merged.conflicts());
        return new ImportResult(merged.dataset(), problems, result.skippedRows());
    }

    /**
     * Imports research files ({@link #importResearch}) and writes the result to a data file, atomically — but only
     * when it will load again: every problem of the import is reported first, then the dataset is written to memory
     * and loaded as a file would be, its size checked against what the loader reads, and only a file that passes is
     * written. Nothing is written when there is any error; an existing target is replaced only when the request
     * says so. Never throws for bad input or an unwritable target: the outcome's report says what happened.
     */
    public ImportOutcome importToFile(ImportRequest request) {
        var result = importResearch(request.kind(), request.files(), request.merge(), request.precedence());
        boolean onlyRows = result.onlyRowsSkipped();
        if (request.skipBadRows() && onlyRows) {
            result = result.acceptingSkippedRows();
        }
        var skipped = request.skipBadRows() ? result.skippedRows() : List.<Problem>of();
        var problems = new ArrayList<>(result.problems());
        var dataset = result.dataset();
        if (ValidationReport.of(problems).hasErrors()) {
            return new ImportOutcome(dataset, ValidationReport.of(problems), onlyRows, skipped, null);
        }
        var target = request.target().toString();
        var bytes = new DatasetWriter().toJson(dataset).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > loader.maxFileBytes()) {
            problems.add(Problem.ofFile(Severity.ERROR, target, String.format(Locale.ROOT, "the imported data would "
                    + "be %,d bytes, over the %,d bytes a data file may have, so it could not be loaded: nothing "
                    + "written; import fewer files or rows", bytes.length, loader.maxFileBytes())));
            return new ImportOutcome(dataset, ValidationReport.of(problems), false, skipped, null);
        }
        var check = loader.loadContent(target, bytes);
        if (check.report().hasErrors()) {
            // The importer should never produce such data; say so rather than write a file that does not load.
            check.report().errors().forEach(p -> problems.add(Problem.ofFile(Severity.ERROR, target, "the imported "
                    + "data would not load (" + p.message() + "): nothing written; this is a bug in the importer, "
                    + "please report it with the CSV files")));
            return new ImportOutcome(dataset, ValidationReport.of(problems), false, skipped, null);
        }
        try {
            AtomicFileWriter.write(request.target(), request.overwrite(), out -> out.write(bytes));
        } catch (FileAlreadyExistsException e) {
            problems.add(Problem.ofFile(Severity.ERROR, target, "the file exists: choose to replace it (--force on "
                    + "the command line) or give another name; nothing written"));
            return new ImportOutcome(dataset, ValidationReport.of(problems), false, skipped, null);
        } catch (IOException e) {
            problems.add(Problem.ofFile(Severity.ERROR, target, "cannot write the file (" + InputFiles.describe(e)
                    + "): check the folder exists and may be written; nothing written"));
            return new ImportOutcome(dataset, ValidationReport.of(problems), false, skipped, null);
        }
        return new ImportOutcome(dataset, ValidationReport.of(problems), false, skipped, request.target());
    }

    /**
     * Writes {@code view} as the request says, atomically: lays it out first when the request has no positions (the
     * command line), or draws the positions given (the screen's, from the app), builds the picture or the data and
     * writes it with the format's exporter.
     *
     * @return what was written
     * @throws ExportException when the target exists and overwriting is off, cannot be written, or the options
     *                         cannot be honoured; its message says which file and what to do, in words both front
     *                         ends use. The target is then unchanged.
     */
    public ExportResult export(AlignmentView view, ExportRequest request) throws ExportException {
        var positions = request.positions().size() == 0 ? layoutForPage(view, request) : request.positions();
        var format = request.format();
        Exporter.forFormat(format).export(new ExportJob(view, positions, request.picture(), request.target(),
                request.overwrite()));
        var files = format == ExportFormat.CSV ? CsvExporter.files(request.target()) : List.of(request.target());
        return new ExportResult(format, request.target(), files, view.criteria().year(), view.states().size(),
                view.organisations().size(), view.ties().size());
    }

    /**
     * Positions for an export that has none: every year of the view's filters laid out at once ({@link #layout}) for
     * the graph area its page leaves (the data formats: a slide's), in the sizes of the picture's theme.
     */
    private Positions layoutForPage(AlignmentView view, ExportRequest request) {
        var theme = request.format().isImage() ? request.picture().background().theme() : Theme.LIGHT;
        var style = VisualStyle.of(theme);
        var area = new RenderModelBuilder().graphArea(view, style, request.picture());
        return layout(view.criteria(), request.layout(), style::radius, area.width(), area.height());
    }

    /** The picture the PNG, SVG and PDF exports of {@code view} draw, for a preview. */
    public RenderModel picture(AlignmentView view, Positions positions, ImageOptions options) {
        return Pictures.of(view, positions, options);
    }

    /**
     * Writes a metrics table as CSV to {@code target}, atomically, replacing an existing file (the app asked).
     *
     * @throws ExportException when it cannot be written; the target is then unchanged
     */
    public void writeMetricsTable(MetricsTable table, Path target) throws ExportException {
        var csv = CsvExporter.metrics(table).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(target, true, out -> out.write(csv));
    }

    private static Map<String, State> statesOf(Dataset d) {
        var known = new HashMap<String, State>();
        d.states().forEach(st -> known.put(st.id(), st));
        return known;
    }

    private LoadResult adopt(LoadResult loaded) {
        var result = withinTieLimit(loaded);
        if (result.usable()) {
            current = new Snapshot(result.dataset(), new AlignmentGraph(result.dataset()));
        }
        return result;
    }

    /**
     * The result, or when its data would make a graph of more than {@link AlignmentGraph#MAX_TIES} ties, the same
     * with an error saying so: checked before the graph is built, which would run out of memory.
     */
    private static LoadResult withinTieLimit(LoadResult result) {
        if (!result.usable()) {
            return result;
        }
        long ties = AlignmentGraph.tieCount(result.dataset());
        if (ties <= AlignmentGraph.MAX_TIES) {
            return result;
        }
        var problems = new ArrayList<>(result.report().problems());
        problems.add(Problem.ofFile(Severity.ERROR, "the loaded data", String.format(Locale.ROOT, "these files make "
                + "%,d ties (a membership spell is one, a clause of n parties n(n-1)/2); Alliance Atlas shows at "
                + "most %,d: load fewer files, or describe large treaties as organisations", ties,
                AlignmentGraph.MAX_TIES)));
        return new LoadResult(result.dataset(), ValidationReport.of(problems), result.skippedRows());
    }

    /** The current dataset (empty before the first successful load). */
    public Dataset dataset() {
        return current.dataset();
    }

    /** The graph of the current dataset. */
    public AlignmentGraph graph() {
        return current.graph();
    }

    /** What {@code criteria} shows of the current graph: a view, not a copy. */
    public AlignmentView filter(FilterCriteria criteria) {
        return current.graph().view(criteria);
    }

    /**
     * Positions for the view of {@code criteria}, the same for every year of the data: the union of the yearly views
     * of these filters, laid out once ({@link TimelineLayout}) for a drawing fitted into an area of the given size. A
     * year's picture therefore depends only on the data, the filters, the layout kind and the area.
     *
     * @param sizes      the symbol sizes of the style that will draw the positions
     * @param areaWidth  width of the area the drawing is fitted into (a page's graph area, the canvas), 0 if unknown
     * @param areaHeight its height
     */
    public Positions layout(FilterCriteria criteria, LayoutKind kind, VertexSizes sizes, double areaWidth,
                            double areaHeight) {
        var g = graph();
        int[] years = g.dataset().yearRange(criteria.year());
        var timeline = g.timeline(criteria, Math.min(years[0], criteria.year()), Math.max(years[1],
                criteria.year()));
        return TimelineLayout.layout(timeline, kind, sizes, areaWidth, areaHeight);
    }

    /** Everything the current dataset holds, whatever the year. */
    public Summary summary() {
        var d = dataset();
        return new Summary(null, d.states().size(), d.organisations().size(), d.memberships().size(),
                d.clauses().size());
    }

    /** What is in force as of 31 December of {@code year}; clauses counted on {@code basis}. */
    public Summary summary(int year, DateBasis basis) {
        var d = dataset();
        return new Summary(year,
                (int) d.states().stream().filter(s -> s.existsIn(year)).count(),
                (int) d.organisations().stream().filter(o -> o.existsIn(year)).count(),
                (int) d.memberships().stream().filter(m -> m.activeIn(year)).count(),
                (int) d.clauses().stream().filter(c -> c.activeIn(year, basis)).count());
    }

    /**
     * The full members of an organisation in force as of 31 December of {@code year} (roles for which
     * {@link Role#isFull()} holds: not its observers, partners, associates or beneficiaries), sorted by state id.
     *
     * @throws UnknownIdException when the dataset has no organisation {@code organisationId}
     */
    public Members members(String organisationId, int year) {
        return members(organisationId, year, Role.full());
    }

    /**
     * The states in {@code roles} in an organisation in force as of 31 December of {@code year}, sorted by state id;
     * {@code EnumSet.allOf(Role.class)} gives every state tied to it.
     *
     * @throws UnknownIdException when the dataset has no organisation {@code organisationId}
     */
    public Members members(String organisationId, int year, Set<Role> roles) {
        var d = dataset();
        var organisation = find(d.organisations(), organisationId).orElseThrow(() -> unknown("organisation",
                organisationId, d.organisations(), Organisation::id));
        var spells = d.membershipsOfOrganisation(organisation.id()).stream()
                .filter(m -> m.activeIn(year) && roles.contains(m.role()))
                .sorted(Comparator.comparing(Membership::stateId))
                .toList();
        return new Members(organisation, year, spells);
    }

    /**
     * The ties of a state in force as of 31 December of {@code year}: memberships of organisations that exist then,
     * and clauses in force on {@code basis}.
     *
     * @throws UnknownIdException when the dataset has no state {@code stateId}
     */
    public StateTies ties(String stateId, int year, DateBasis basis) {
        var d = dataset();
        var state = find(d.states(), stateId).orElseThrow(() -> unknown("state", stateId, d.states(), State::id));
        var id = state.id();
        var memberships = d.membershipsOfState(id).stream()
                .filter(m -> m.activeIn(year) && d.organisation(m.organisationId()).map(o -> o.existsIn(year))
                        .orElse(false))
                .sorted(Comparator.comparing(Membership::organisationId))
                .toList();
        var clauses = d.clausesOfState(id).stream()
                .filter(c -> c.activeIn(year, basis))
                .sorted(Comparator.comparing(Clause::id))
                .map(c -> link(c, id))
                .toList();
        return new StateTies(state, year, basis, memberships, clauses);
    }

    private static ClauseLink link(Clause clause, String party) {
        var others = clause.parties().stream().filter(p -> !p.equals(party)).toList();
        var d = clause.direction();
        String role = null;
        if (d != null) {
            role = d.from().equals(party) ? "supplier" : d.to().equals(party) ? "recipient" : null;
        }
        return new ClauseLink(clause, others, role);
    }

    /**
     * The exception for an unknown id, suggesting ids close in spelling and, so that {@code Sweden} finds
     * {@code SWE}, the ids of actors whose name contains what was asked.
     */
    /**
     * Checks that every organisation a filter names exists, so that a typo is an error rather than an empty view.
     *
     * @throws UnknownIdException for the first unknown id, with suggestions
     */
    public List<String> requireOrganisations(Collection<String> ids) {
        var d = dataset();
        var found = new ArrayList<String>();
        for (var id : ids) {
            found.add(find(d.organisations(), id).map(Organisation::id).orElseThrow(
                    () -> unknown("organisation", id, d.organisations(), Organisation::id)));
        }
        return found;
    }

    /**
     * The actor with this id, or else the one whose id matches it ignoring case ({@code NATO} for {@code nato},
     * {@code swe} for {@code SWE}), as people type ids; empty when none or several do.
     */
    private static <A extends Actor> Optional<A> find(Collection<A> actors, String id) {
        var exact = actors.stream().filter(a -> a.id().equals(id)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        var loose = actors.stream().filter(a -> a.id().equalsIgnoreCase(id)).limit(2).toList();
        return loose.size() == 1 ? Optional.of(loose.get(0)) : Optional.empty();
    }

    /**
     * The organisations, or with {@code year} those that exist on 31 December of it, sorted by id: what
     * {@code list organisations} shows.
     */
    public List<Organisation> organisations(OptionalInt year) {
        return dataset().organisations().stream().filter(o -> year.isEmpty() || o.existsIn(year.getAsInt()))
                .sorted(Comparator.comparing(Organisation::id)).toList();
    }

    /** The states, or with {@code year} those that exist on 31 December of it, sorted by id. */
    public List<State> states(OptionalInt year) {
        return dataset().states().stream().filter(st -> year.isEmpty() || st.existsIn(year.getAsInt()))
                .sorted(Comparator.comparing(State::id)).toList();
    }

    /** The metrics of every visible vertex of a view (see {@link MetricsCalculator}). */
    public MetricsTable metrics(FilterCriteria criteria) {
        return new MetricsCalculator().compute(filter(criteria));
    }

    /** A metrics table as CSV, as the metrics command and the CSV export write it (see {@link CsvExporter#metrics}). */
    public String metricsCsv(MetricsTable table) {
        return CsvExporter.metrics(table);
    }

    /** Cliques, communities, cut-points and bridges of a view (see {@link BlocFinder}). */
    public BlocReport blocs(FilterCriteria criteria) {
        return new BlocFinder().find(filter(criteria));
    }

    /**
     * The shortest alignment paths between two states in a view.
     *
     * @throws UnknownIdException when either state is not in the dataset
     */
    public PathResult path(String fromId, String toId, FilterCriteria criteria) {
        var d = dataset();
        var ids = new ArrayList<String>();
        for (var id : List.of(fromId, toId)) {
            ids.add(find(d.states(), id).map(State::id).orElseThrow(() -> unknown("state", id, d.states(),
                    State::id)));
        }
        return new PathFinder().find(filter(criteria), ids.get(0), ids.get(1));
    }

    /** What changed between two years under the same filters (see {@link YearComparison}). */
    public YearComparison compare(FilterCriteria criteria, int from, int to) {
        return YearComparison.between(graph(), criteria, from, to);
    }

    // --- projects and presentations (docs/project-file.md, docs/export.md) -------------------------------------

    /**
     * Opens a project file and loads its data (the shipped data if it says so, its data files, its research import).
     * A file with errors opens nothing and leaves the current data as it was; a data file that moved is a located
     * warning and the project opens without it; ids in saved views that the loaded data does not know are located
     * warnings and the views are kept. Takes as long as a load: off the FX thread.
     */
    public ProjectOpened openProject(Path file) {
        return presentations.open(file);
    }

    /**
     * Writes {@code project} to {@code target} atomically, data paths relative to it where they can be.
     *
     * @param overwrite replace an existing file (Save; Save as after the user agreed)
     * @throws ExportException when the file exists and {@code overwrite} is false, or cannot be written
     */
    public void saveProject(Project project, Path target, boolean overwrite) throws ExportException {
        presentations.save(project, target, overwrite);
    }

    /**
     * The picture of a saved view over the current data, as a PNG export draws it: its filters, its layout (the
     * timeline layout of {@link #layout}), its title, label mode, organisation display and map on {@code options}, and
     * its highlight as the overlay (the saved actors and ties the view draws, the rest dimmed). The picture fits its
     * page: the saved viewport is for the screen (see docs/project-file.md).
     */
    public RenderModel renderView(SavedView view, ImageOptions options) {
        return presentations.render(view, options);
    }

    /**
     * Writes the timeline of {@code criteria} (its year replaced by each year of {@code options}) as an animation.
     *
     * @throws ExportException       when the target cannot be written or the options do not suit the format
     * @throws java.util.concurrent.CancellationException when {@code progress} cancelled it (nothing written)
     */
    public void exportAnimation(FilterCriteria criteria, LayoutKind layout, AnimationOptions options,
                                PresentationFormat format, Path target, boolean overwrite, ExportProgress progress)
            throws ExportException {
        presentations.animate(criteria, layout, options, format, target, overwrite, progress);
    }

    /**
     * Writes a slide deck with one slide per view, in order (saved views, or one view per year of a range).
     *
     * @throws ExportException       when the target cannot be written or there is no view
     * @throws java.util.concurrent.CancellationException when {@code progress} cancelled it (nothing written)
     */
    public void exportDeck(List<SavedView> views, ImageOptions options, Path target, boolean overwrite,
                           ExportProgress progress) throws ExportException {
        presentations.deck(views, options, target, overwrite, progress);
    }

    private static <A extends Actor> UnknownIdException unknown(String kind, String wanted, Collection<A> known,
                                                              Function<A, String> id) {
        var suggestions = new LinkedHashSet<>(ClosestNames.of(wanted, known.stream().map(id).toList(), 3));
        var lower = wanted.toLowerCase(Locale.ROOT);
        if (lower.length() >= 3) {
            known.stream().filter(a -> a.name().toLowerCase(Locale.ROOT).contains(lower)).map(id).sorted()
                    .forEach(suggestions::add);
        }
        return new UnknownIdException(kind, wanted, suggestions.stream().limit(3).toList());
    }
}

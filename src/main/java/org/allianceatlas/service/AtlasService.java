package org.allianceatlas.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.ExportProgress;
import org.allianceatlas.export.PresentationFormat;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.io.ClosestNames;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.LoadResult;
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
 * {@link AlignmentGraph}, and answers questions about them.
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

    private static Map<String, State> statesOf(Dataset d) {
        var known = new HashMap<String, State>();
        d.states().forEach(st -> known.put(st.id(), st));
        return known;
    }

    private LoadResult adopt(LoadResult result) {
        if (result.usable()) {
            current = new Snapshot(result.dataset(), new AlignmentGraph(result.dataset()));
        }
        return result;
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
        var organisation = d.organisation(organisationId).orElseThrow(() -> unknown("organisation", organisationId,
                d.organisations(), Organisation::id));
        var spells = d.membershipsOfOrganisation(organisationId).stream()
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
        var state = d.state(stateId).orElseThrow(() -> unknown("state", stateId, d.states(), State::id));
        var memberships = d.membershipsOfState(stateId).stream()
                .filter(m -> m.activeIn(year) && d.organisation(m.organisationId()).map(o -> o.existsIn(year))
                        .orElse(false))
                .sorted(Comparator.comparing(Membership::organisationId))
                .toList();
        var clauses = d.clausesOfState(stateId).stream()
                .filter(c -> c.activeIn(year, basis))
                .sorted(Comparator.comparing(Clause::id))
                .map(c -> link(c, stateId))
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
    public void requireOrganisations(Collection<String> ids) {
        var d = dataset();
        for (var id : ids) {
            if (d.organisation(id).isEmpty()) {
                throw unknown("organisation", id, d.organisations(), Organisation::id);
            }
        }
    }

    /** The metrics of every visible vertex of a view (see {@link MetricsCalculator}). */
    public MetricsTable metrics(FilterCriteria criteria) {
        return new MetricsCalculator().compute(filter(criteria));
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
        for (var id : List.of(fromId, toId)) {
            if (d.state(id).isEmpty()) {
                throw unknown("state", id, d.states(), State::id);
            }
        }
        return new PathFinder().find(filter(criteria), fromId, toId);
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
     * timeline layout of {@link #layout}), its title, label mode, organisation display and map on {@code options}. The
     * viewport and highlight are saved with the view but not drawn in exports yet (see docs/project-file.md).
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

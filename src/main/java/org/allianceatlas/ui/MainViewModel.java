package org.allianceatlas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.io.LoadResult;
import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.layout.Viewport;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Clause;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.service.AppVersion;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.service.FailureMessage;
import org.allianceatlas.service.ProjectOpened;
import org.allianceatlas.ui.analysis.AnalysisViewModel;
import org.allianceatlas.ui.dataset.DataSourcesViewModel;
import org.allianceatlas.ui.dataset.DatasetChoice;
import org.allianceatlas.ui.dataset.LoadProblems;
import org.allianceatlas.ui.dataset.LoadProblems.Outcome;
import org.allianceatlas.ui.details.DetailsViewModel;
import org.allianceatlas.ui.export.ExportViewModel;
import org.allianceatlas.ui.filter.FilterViewModel;
import org.allianceatlas.ui.map.MapOrganisationsViewModel;
import org.allianceatlas.ui.prefs.AtlasPreferences;
import org.allianceatlas.ui.presentation.AnimationExportViewModel;
import org.allianceatlas.ui.presentation.PresentationViewModel;
import org.allianceatlas.ui.presentation.SlidesExportViewModel;
import org.allianceatlas.ui.project.ProjectViewModel;
import org.allianceatlas.ui.research.ImportChoice;
import org.allianceatlas.ui.research.ResearchImportViewModel;
import org.allianceatlas.ui.search.SearchViewModel;
import org.allianceatlas.ui.shared.Labels;
import org.allianceatlas.ui.shared.Signal;
import org.allianceatlas.ui.task.LatestOnly;
import org.allianceatlas.ui.task.ProgressSink;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * The main window's state and the pipeline behind it: load (off the UI thread) → filters → view → layout (off the
 * UI thread) → {@link #frameProperty() frame} for the canvas. Owns the filter, search and details view models.
 *
 * <p><b>Loads</b> go through the {@link AtlasService}, which keeps its data when a load has errors; so does this
 * view model: the frame, the filters and the dataset name stay as they were and {@link #loadProblems()} announces
 * the full report.
 *
 * <p><b>Layouts</b> lay out every year of the filters at once ({@link Layouter}, a timeline layout), so a change of
 * the year alone needs no layout: the new frame keeps the positions and vertices stay still. Any other change — the
 * organisations, regions, tie types, the layout kind, the data, the canvas's size, or {@link #relayout()} — lays the
 * view out afresh (off the UI thread, newest wins: a result that arrives after a newer request was made is dropped).
 * The picture therefore depends on the data, the filters, the layout kind and the canvas's size, never on the order
 * of earlier clicks.
 *
 * <p><b>Projects.</b> The {@link #project() project} holds the saved views and the project file. {@link #showView}
 * applies a saved view (layout, label mode, organisation display, map, then filters and year: one refresh) and, once
 * its frame is published, announces it on {@link #viewShown()} so that the window places the viewport and highlight
 * on the canvas. {@link #openProject} loads a project's data off the UI thread like any load (errors keep what is on
 * screen, a moved data file is a warning and the rest opens) and shows its first view; {@link #saveProject} writes it
 * atomically.
 *
 * <p>UI thread only; no controls: tested without a display with a same-thread {@link TaskRunner}.
 */
public final class MainViewModel {

    private final AtlasService service;
    private final TaskRunner runner;
    private final Layouter layouter;
    private final FilterViewModel filters;
    private final SearchViewModel search = new SearchViewModel();
    private final DetailsViewModel details;
    private final AnalysisViewModel analysis;
    private final ExportViewModel export;
    private final AnimationExportViewModel animation;
    private final SlidesExportViewModel slides;
    private final ProjectViewModel project = new ProjectViewModel();

    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<DatasetChoice> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper(this, "datasetName", "No data");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyIntegerWrapper visibleStates = new ReadOnlyIntegerWrapper(this, "visibleStates");
    private final ReadOnlyIntegerWrapper visibleOrganisations = new ReadOnlyIntegerWrapper(this, "visibleOrgs");
    private final ReadOnlyIntegerWrapper visibleTies = new ReadOnlyIntegerWrapper(this, "visibleTies");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<LayoutKind> layoutKind = new SimpleObjectProperty<>(this, "layout",
            LayoutKind.GEOGRAPHIC);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty labelsVisible = new SimpleBooleanProperty(this, "labelsVisible", true);
    private final BooleanProperty liveLayout = new SimpleBooleanProperty(this, "liveLayout", false);
    private final ObjectProperty<LabelMode> labelMode = new SimpleObjectProperty<>(this, "labelMode",
            LabelMode.NAMES);
    private final ObjectProperty<OrganisationDisplay> organisationDisplay = new SimpleObjectProperty<>(this,
            "organisationDisplay", OrganisationDisplay.VERTICES);
    private final ObjectProperty<MapMode> mapMode = new SimpleObjectProperty<>(this, "mapMode", MapMode.NONE);
    private final ObjectProperty<List<String>> mapOrganisations = new SimpleObjectProperty<>(this,
            "mapOrganisations", List.of());
    private final BooleanProperty clauseArcs = new SimpleBooleanProperty(this, "clauseArcs", false);
    private final ObjectBinding<MapMode> drawnMapMode = Bindings.createObjectBinding(
            () -> layoutKind.get() == LayoutKind.GEOGRAPHIC ? mapMode.get() : MapMode.NONE, layoutKind, mapMode);

    private final StringBinding title;

    private final Signal<LoadProblems> loadProblems = new Signal<>();
    private final Signal<SavedView> viewShown = new Signal<>();
    private final Signal<String> failures = new Signal<>();
    private final ResearchImportViewModel research;
    private final Signal<Actor> focusRequests = new Signal<>();
    private final Signal<Tie> tieFocusRequests = new Signal<>();

    /** The positions of the layout on screen (every year of its filters), and what they were made for. */
    private Positions positions = Positions.empty();
    private LayoutKey laidOut;
    /** The size of the area the canvas fits the drawing into; 0 until the window knows it. */
    private double canvasWidth;
    private double canvasHeight;
    /** Layouts: the latest request wins, an older result is dropped. */
    private final LatestOnly layouts;
    /** Filters restored from the last session, applied to the first dataset that loads. */
    private FilterCriteria pendingFilters;
    /** True while a new dataset is being applied: the filter changes it causes make one refresh, not several. */
    private boolean applying;
    /**
     * The research import the session remembers on top of {@link #dataset}: the one on screen, or the last session's
     * when it could not be made again at start (kept until the user loads other data). Null: none.
     */
    private ImportChoice sessionImport;
    /** A saved view being applied ({@link #showView}): announced with its frame, dropped by other changes. */
    private SavedView pendingShow;
    /** True while {@link #showView} refreshes: that refresh keeps {@link #pendingShow}. */
    private boolean showingView;

    /**
     * @param layouter    lays out every year of a set of filters; must be safe to call off the UI thread
     * @param currentYear this year, the end of the year slider at least
     */
    public MainViewModel(AtlasService service, TaskRunner runner, Layouter layouter, int currentYear) {
        this.service = Objects.requireNonNull(service, "service");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.layouts = new LatestOnly(runner);
        this.layouter = Objects.requireNonNull(layouter, "layouter");
        this.filters = new FilterViewModel(currentYear);
        this.details = new DetailsViewModel(service);
        this.analysis = new AnalysisViewModel(service, runner, filters);
        this.export = new ExportViewModel(runner, service);
        this.animation = new AnimationExportViewModel(service, runner);
        this.slides = new SlidesExportViewModel(service, runner);
        export.lastResultProperty().addListener((o, a, result) -> {
            if (!result.isEmpty()) {
                message.set(result);
            }
        });
        theme.addListener((o, a, t) -> export.matchTheme(t));
        filters.criteriaProperty().addListener((o, a, b) -> {
            if (!applying) {
                refresh();
            }
        });
        layoutKind.addListener((o, a, b) -> {
            if (!applying) {
                refresh();
            }
        });
        search.chosen().subscribe(this::focus);
        search.chosenClause().subscribe(this::focus);
        // A bloc chosen in its list is a selection made elsewhere too: the search box lets go of its query.
        analysis.blocs().selectedProperty().addListener((o, a, bloc) -> {
            if (bloc != null) {
                search.selectedElsewhere(bloc);
            }
        });
        this.research = new ResearchImportViewModel(service, runner,
                () -> dataset.get() == null ? DatasetChoice.shippedData() : dataset.get(), this::applyImport);
        title = Bindings.createStringBinding(() -> "Alliance Atlas — " + (project.hasContent()
                        ? project.displayNameProperty().get() + (project.dirtyProperty().get() ? "*" : "") + " — " : "")
                        + datasetName.get() + " — " + filters.year(),
                project.fileProperty(), project.dirtyProperty(), project.views().views(), datasetName,
                filters.yearProperty());
    }

    // --- sub-view-models ------------------------------------------------------------------------------------

    public FilterViewModel filters() {
        return filters;
    }

    public SearchViewModel search() {
        return search;
    }

    public DetailsViewModel details() {
        return details;
    }

    /** Metrics, blocs, path, year comparison and playback of the view on the canvas. */
    public AnalysisViewModel analysis() {
        return analysis;
    }

    /** File &gt; Import ATOP… and Import COW…. */
    public ResearchImportViewModel research() {
        return research;
    }

    /** File &gt; Export: options and writing. */
    public ExportViewModel export() {
        return export;
    }

    /** Export › Timeline animation… */
    public AnimationExportViewModel animation() {
        return animation;
    }

    /** Export › Slides (.pptx)… */
    public SlidesExportViewModel slides() {
        return slides;
    }

    /** The project: saved views, file, unsaved changes. */
    public ProjectViewModel project() {
        return project;
    }

    /** The sources of the data on screen, for Help &gt; Data sources. */
    public DataSourcesViewModel dataSources() {
        return new DataSourcesViewModel(service.dataset());
    }

    /** "205 states, 51 organisations, 1,021 memberships, 96 clauses": everything loaded, whatever the year. */
    public String datasetSummary() {
        var s = service.summary();
        return Labels.count(s.states(), "state") + ", " + Labels.count(s.organisations(), "organisation") + ", "
                + Labels.count(s.memberships(), "membership") + ", " + Labels.count(s.clauses(), "clause");
    }

    // --- preferences ------------------------------------------------------------------------------------------

    /** Takes the look, export choices and filters of the last session; filters apply when the first data loads. */
    public void restore(AtlasPreferences prefs) {
        theme.set(prefs.theme());
        labelsVisible.set(prefs.labelsVisible());
        layoutKind.set(prefs.layout());
        pendingFilters = prefs.filters().orElse(null);
        export.restore(prefs.exportChoices());
    }

    /**
     * Writes the look, the export choices, the dataset and the filters for the next session (the window writes its
     * own bounds).
     */
    public void save(AtlasPreferences prefs) {
        prefs.setTheme(theme.get());
        prefs.setLabelsVisible(labelsVisible.get());
        prefs.setLayout(layoutKind.get());
        prefs.setExportChoices(export.choices());
        prefs.setProject(project.file());
        if (dataset.get() != null) {
            prefs.setDataset(dataset.get());
            prefs.setResearchImport(sessionImport);
            prefs.setFilters(filters.criteria());
        }
    }

    // --- loading ----------------------------------------------------------------------------------------------

    /**
     * Loads the data of the last session (or the shipped data); when that has errors, loads the shipped data
     * instead and announces the problems.
     */
    public void start(Optional<DatasetChoice> remembered) {
        start(remembered, Optional.empty());
    }

    /**
     * Loads the data of the last session and makes its research import again (off the UI thread, with progress).
     * When the import cannot be made — a file is gone or now has errors — the data without it is loaded (or the
     * shipped data, as above), the report says why, and the import stays remembered for the next start until the
     * user loads other data.
     */
    public void start(Optional<DatasetChoice> remembered, Optional<ImportChoice> rememberedImport) {
        var choice = remembered.orElse(DatasetChoice.shippedData());
        if (rememberedImport.isEmpty()) {
            startWith(choice, null);
            return;
        }
        var again = rememberedImport.get();
        loading.set(true);
        research.reimport(choice, again, failure -> {
            loading.set(false);
            // Said in the report itself, so that the import is never dropped or retried without the user knowing.
            var problems = new ArrayList<>(failure.report().problems());
            problems.add(Problem.ofFile(Severity.WARNING, again.files().get(0).toString(), "the "
                    + again.describe() + " import of the last session was not made again; it stays remembered "
                    + "and the next start tries again, until you open or import other data"
                    + (failure.rowsCanBeLeftOut() ? ". Each error is a row: import the files again with File › "
                    + "Import to be offered the import without those rows" : "")));
            announce(new LoadProblems(failure.shown(), ValidationReport.of(problems), failure.unexpected(),
                    choice.equals(DatasetChoice.shippedData()) ? Outcome.SHIPPED_INSTEAD : Outcome.PREVIOUS_KEPT));
            startWith(choice, again);
        });
    }

    /**
     * Opens the project of the last session (or the one the app was started with); when it cannot be opened — the
     * file is gone or has errors — the report says why and the data of the last session is loaded instead, as
     * {@link #start(Optional, Optional)} does.
     */
    public void start(Optional<Path> projectFile, Optional<DatasetChoice> remembered,
                      Optional<ImportChoice> rememberedImport) {
        if (projectFile.isEmpty()) {
            start(remembered, rememberedImport);
            return;
        }
        openProject(projectFile.get(), () -> start(remembered, rememberedImport));
    }

    /** @param keptImport an import that failed at start and stays remembered, or null */
    private void startWith(DatasetChoice choice, ImportChoice keptImport) {
        load(choice, problems -> {
            if (!choice.equals(DatasetChoice.shippedData())) {
                load(DatasetChoice.shippedData(), again -> withOutcome(again, Outcome.NOTHING_SHOWN), null);
                return withOutcome(problems, Outcome.SHIPPED_INSTEAD);
            }
            return withOutcome(problems, Outcome.NOTHING_SHOWN);
        }, keptImport);
    }

    /** File &gt; Open: replaces the data with one file or folder (the shipped data is not included). */
    public void open(Path path) {
        load(DatasetChoice.only(path));
    }

    /** File &gt; Add: the data on screen plus one more file or folder. */
    public void add(Path path) {
        var current = dataset.get() == null ? DatasetChoice.shippedData() : dataset.get();
        load(current.plus(path));
    }

    /** Loads a choice; on errors the data on screen stays and {@link #loadProblems()} announces the report. */
    public void load(DatasetChoice choice) {
        load(choice, problems -> problems, null);
    }

    /**
     * @param onFailure  decides what to announce about a failed load (and may start a fallback load)
     * @param keptImport the research import the session goes on remembering after this load, or null
     */
    private void load(DatasetChoice choice, Function<LoadProblems, LoadProblems> onFailure, ImportChoice keptImport) {
        loading.set(true);
        message.set("Loading " + choice.displayName() + "…");
        var outcomeIfFailed = frame.get() != null ? Outcome.PREVIOUS_KEPT : Outcome.NOTHING_SHOWN;
        runner.run("Loading " + choice.displayName(), progress -> {
            progress.update("Reading " + choice.displayName(), ProgressSink.INDETERMINATE);
            return choice.shipped() ? service.loadShippedAnd(choice.extraInputs())
                    : service.loadOnly(choice.extraInputs());
        }, result -> {
            loading.set(false);
            if (result.usable()) {
                applyDataset(choice, choice, result, keptImport);
            } else {
                message.set("Could not load " + choice.displayName() + ".");
                announce(onFailure.apply(new LoadProblems(choice, result.report(), "", outcomeIfFailed)));
            }
        }, error -> {
            loading.set(false);
            message.set("Could not load " + choice.displayName() + ".");
            announce(onFailure.apply(new LoadProblems(choice, ValidationReport.empty(), describe(error),
                    outcomeIfFailed)));
        });
    }

    private void announce(LoadProblems problems) {
        if (problems != null) {
            loadProblems.emit(problems);
        }
    }

    private static LoadProblems withOutcome(LoadProblems p, Outcome outcome) {
        return p.outcome() == Outcome.PREVIOUS_KEPT ? p
                : new LoadProblems(p.choice(), p.report(), p.unexpected(), outcome);
    }

    private static String describe(Throwable error) {
        return FailureMessage.of(error);
    }

    /** Shows an imported dataset; the session remembers the data without the CSV files, and the import. */
    private void applyImport(ResearchImportViewModel.Imported imported) {
        loading.set(false); // an import made again at start counts as the start's load
        applyDataset(imported.remembered(), imported.shown(), imported.result(), imported.choice());
    }

    /**
     * @param choice       what the session remembers
     * @param shown        what the title, status bar and report call it (differs from {@code choice} after an
     *                     import)
     * @param importChoice the research import the session remembers on top of {@code choice}, or null
     */
    private void applyDataset(DatasetChoice choice, DatasetChoice shown, LoadResult result,
                              ImportChoice importChoice) {
        adopt(choice, shown, importChoice);
        if (!result.report().isEmpty()) {
            loadProblems.emit(new LoadProblems(shown, result.report(), "", Outcome.LOADED_WITH_WARNINGS));
        }
        refresh();
    }

    /** Shows the service's data as {@code shown}; the session and the project remember {@code choice}. */
    private void adopt(DatasetChoice choice, DatasetChoice shown, ImportChoice importChoice) {
        var data = service.dataset();
        applying = true;
        try {
            dataset.set(choice);
            sessionImport = importChoice;
            datasetName.set(shown.displayName());
            laidOut = null;
            filters.setDataset(data);
            if (pendingFilters != null) {
                filters.apply(pendingFilters);
                pendingFilters = null;
            }
            search.setDataset(data);
        } finally {
            applying = false;
        }
        message.set("Loaded " + shown.displayName() + ": " + Labels.count(data.states().size(), "state") + ", "
                + Labels.count(data.organisations().size(), "organisation") + ", "
                + Labels.count(data.clauses().size(), "clause") + ".");
        project.dataChanged(ProjectViewModel.dataOf(choice, importChoice));
    }

    // --- projects and saved views ---------------------------------------------------------------------------

    /**
     * File › Open project…: reads the project and loads its data off the UI thread, then shows its first view. A file
     * with errors, or data with errors, opens nothing: what is on screen stays and the report says why. Warnings (a
     * data file that moved: the project opens without it; ids the data does not know) are reported with the project
     * open.
     */
    public void openProject(Path file) {
        openProject(file, null);
    }

    /** @param orElse what to do when the project does not open (at start: load the session's data), or null */
    private void openProject(Path file, Runnable orElse) {
        var name = String.valueOf(file.getFileName());
        var asChoice = DatasetChoice.only(file);
        var outcomeIfFailed = orElse != null ? Outcome.SESSION_DATA_INSTEAD
                : frame.get() != null ? Outcome.PREVIOUS_KEPT : Outcome.NOTHING_SHOWN;
        loading.set(true);
        message.set("Opening " + name + "…");
        runner.run("Opening " + name, progress -> {
            progress.update("Reading " + name, ProgressSink.INDETERMINATE);
            return service.openProject(file);
        }, opened -> {
            loading.set(false);
            if (opened.opened()) {
                applyProject(opened);
                return;
            }
            message.set("Could not open " + name + ".");
            announce(new LoadProblems(asChoice, opened.report(), "", outcomeIfFailed));
            if (orElse != null) {
                orElse.run();
            }
        }, error -> {
            loading.set(false);
            message.set("Could not open " + name + ".");
            announce(new LoadProblems(asChoice, ValidationReport.empty(), describe(error), outcomeIfFailed));
            if (orElse != null) {
                orElse.run();
            }
        });
    }

    private void applyProject(ProjectOpened opened) {
        var p = opened.project().orElseThrow();
        var choice = ProjectViewModel.choiceOf(p.data(), opened.missingFiles());
        var research = ProjectViewModel.importOf(p.data(), opened.missingFiles());
        var shown = research != null && research.alone() ? new DatasetChoice(false, research.files()) : choice;
        adopt(choice, shown, research);
        project.opened(opened.file(), p);
        message.set("Opened " + opened.file().getFileName() + ": " + Labels.count(p.views().size(), "saved view")
                + ".");
        if (!opened.report().isEmpty()) {
            loadProblems.emit(new LoadProblems(DatasetChoice.only(opened.file()), opened.report(), "",
                    Outcome.LOADED_WITH_WARNINGS));
        }
        if (p.views().isEmpty()) {
            refresh();
        } else {
            showView(p.views().get(0));
        }
    }

    /**
     * File › Save project / Save project as…: writes the project (the data on screen and the saved views) to
     * {@code target} atomically, replacing it (Save as asks first). A few kilobytes: written at once. Returns false
     * when it could not be written; {@link #failures()} then says why and the project keeps its unsaved changes.
     */
    public boolean saveProject(Path target) {
        try {
            service.saveProject(project.project(), target, true);
        } catch (ExportException e) {
            message.set("Could not save " + target.getFileName() + ".");
            failures.emit(e.getMessage());
            return false;
        }
        project.saved(target);
        message.set("Saved " + target.getFileName() + " (" + Labels.count(project.views().views().size(),
                "saved view") + ").");
        return true;
    }

    /**
     * What is on screen as a saved view called {@code name}: year and filters, layout, label mode, organisation
     * display, map, and what the window passes — where it looks (null: fitted) and the ids of what is highlighted.
     */
    public SavedView currentView(String name, Viewport viewport, Collection<String> actorIds,
                                 Collection<String> tieIds) {
        return SavedView.of(name, filters.criteria()).withLayout(layoutKind.get())
                .withDrawing(labelMode.get(), organisationDisplay.get())
                .withMap(mapMode.get(), mapOrganisations.get())
                .withViewport(viewport)
                .withHighlight(List.copyOf(actorIds), List.copyOf(tieIds));
    }

    /** View › Save view…: adds {@code view} at the end of the project's saved views. */
    public void saveView(SavedView view) {
        project.views().add(view);
        message.set("Saved the view “" + view.name() + "” (" + project.views().views().size() + " in the project).");
    }

    /**
     * A name for the view on screen that no saved view has yet: the year and the active filters ("2024 — Region:
     * Europe"), numbered when taken.
     */
    public String suggestedViewName() {
        var f = frame.get();
        var filtersText = f == null ? "" : org.allianceatlas.export.render.FilterDescription.activeFilters(f.view());
        var base = filters.year() + (filtersText.isEmpty() ? "" : " — " + filtersText);
        if (base.length() > 60) {
            base = base.substring(0, 59).strip() + "…";
        }
        var taken = project.views().views().stream().map(SavedView::name).toList();
        var name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    /**
     * Shows a saved view: its layout, label mode, organisation display and map, then its filters and year, in one
     * refresh; once its frame is published {@link #viewShown()} announces it (for the viewport and the highlight).
     * Organisation ids the data does not know are left out of the filters on screen (the saved view keeps them).
     */
    public void showView(SavedView view) {
        applying = true;
        try {
            layoutKind.set(view.layout());
            labelMode.set(view.labels());
            organisationDisplay.set(view.organisationDisplay());
            mapMode.set(view.mapMode());
            mapOrganisations.set(view.mapOrganisations());
            filters.apply(view.filters());
        } finally {
            applying = false;
        }
        pendingShow = view;
        showingView = true;
        try {
            refresh();
        } finally {
            showingView = false;
        }
        message.set("Showing “" + view.name() + "”.");
    }

    /** Announces a saved view whose frame has just been published (see {@link #showView}). */
    public Signal<SavedView> viewShown() {
        return viewShown;
    }

    /** Announces what went wrong with a project file in words for an alert ("could not write …"). */
    public Signal<String> failures() {
        return failures;
    }

    /** A presentation of the project's saved views from the one at {@code start}, laid out as this window does. */
    public PresentationViewModel presentation(int start) {
        return new PresentationViewModel(service, runner, layouter::layout, project.views().views(), start);
    }

    /** What the title bar says: the project (with * for unsaved changes) when there is one, the data, the year. */
    public StringBinding titleProperty() {
        return title;
    }

    // --- the pipeline -----------------------------------------------------------------------------------------

    /** What a layout was made for: the filters but the year, the layout kind, the canvas size. */
    private record LayoutKey(FilterCriteria filters, LayoutKind kind, long width, long height) {
        static LayoutKey of(FilterCriteria criteria, LayoutKind kind, double width, double height) {
            return new LayoutKey(criteria.withYear(0), kind, Math.round(width), Math.round(height));
        }
    }

    /**
     * Filters and publishes a new frame: with the positions on screen when only the year changed, else after a new
     * layout (off the UI thread); results of older requests are dropped.
     */
    private void refresh() {
        if (!showingView) {
            pendingShow = null;
        }
        if (dataset.get() == null) {
            return;
        }
        var criteria = filters.criteria();
        var view = service.filter(criteria);
        var kind = layoutKind.get();
        var key = LayoutKey.of(criteria, kind, canvasWidth, canvasHeight);
        if (key.equals(laidOut)) {
            layouts.supersede();
            show(view, positions, kind, true);
            return;
        }
        double w = canvasWidth;
        double h = canvasHeight;
        layouts.run("Laying out " + Labels.count(view.vertices().size(), "vertex"),
                progress -> layouter.layout(criteria, kind, w, h), result -> {
                    positions = result;
                    laidOut = key;
                    show(view, result, kind, false);
                }, error -> message.set("The " + kind.key() + " layout failed (" + describe(error)
                        + "); try another layout."));
    }

    private void show(AlignmentView view, Positions shownPositions, LayoutKind kind, boolean sameLayout) {
        visibleStates.set(view.states().size());
        visibleOrganisations.set(view.organisations().size());
        visibleTies.set(view.ties().size());
        frame.set(new Frame(view, shownPositions, kind, sameLayout));
        details.setView(view);
        if (pendingShow != null) {
            var shown = pendingShow;
            pendingShow = null;
            viewShown.emit(shown);
        }
    }

    /** View › Re-layout: lays the view out afresh (undoing the live layout and drags), vertices moving there. */
    public void relayout() {
        laidOut = null;
        refresh();
    }

    /**
     * The size of the area the canvas fits the drawing into, px. The layout leaves each vertex the room it takes at
     * this size, so a new size lays the view out afresh (the window debounces its resizes).
     */
    public void setCanvasSize(double width, double height) {
        if (Math.round(width) == Math.round(canvasWidth) && Math.round(height) == Math.round(canvasHeight)) {
            return;
        }
        canvasWidth = width;
        canvasHeight = height;
        refresh();
    }

    /**
     * Takes positions the canvas computed itself (live layout) as the layout's, so that year changes keep them; the
     * next change of the filters lays out afresh.
     */
    public void adoptPositions(Positions adopted) {
        positions = positions.with(adopted);
    }

    /** The positions of the layout on screen (every vertex of every year of the filters). */
    public Positions positions() {
        return positions;
    }

    // --- selection and search -----------------------------------------------------------------------------

    /**
     * A state, organisation, tie or (organisations hidden) a line of shared memberships was selected on the canvas
     * (null: nothing); the details say what it is.
     */
    public void select(Object actorOrTie) {
        details.select(actorOrTie);
        search.selectedElsewhere(actorOrTie);
    }

    /**
     * Selects an actor and asks the canvas to centre on it; when the filters hide it, its details are shown and
     * the message says why it cannot be centred.
     */
    public void focus(Actor actor) {
        details.select(actor);
        var f = frame.get();
        if (f != null && f.view().contains(actor)) {
            message.set("");
            focusRequests.emit(actor);
        } else {
            message.set(actor.nameIn(filters.year()) + " is not drawn in " + filters.year()
                    + " with the current filters.");
        }
    }

    /** Announces an actor the canvas should select and centre on (from search). */
    public Signal<Actor> focusRequests() {
        return focusRequests;
    }

    /**
     * Selects a treaty clause (from search): its tie in the view is selected and centred (the first pair of parties
     * for a clause of more than two); when the view has none, the clause's details are shown and the message says
     * why — not in force in the year on screen, or left out by the filters.
     */
    public void focus(Clause clause) {
        var f = frame.get();
        var drawn = f == null ? Optional.<ClauseTie>empty()
                : f.view().clauseTies().stream().filter(t -> t.clause().equals(clause)).findFirst();
        if (drawn.isPresent()) {
            details.select(drawn.get());
            message.set("");
            tieFocusRequests.emit(drawn.get());
            return;
        }
        details.select(service.graph().clauseTies().stream().filter(t -> t.clause().equals(clause)).findFirst()
                .orElse(null));
        var criteria = filters.criteria();
        var span = clause.span(criteria.basis()).map(Labels::years).orElse("no entry into force recorded");
        message.set(clause.activeIn(criteria.year(), criteria.basis())
                ? clause.name() + " is not drawn in " + criteria.year() + " with the current filters."
                : clause.name() + " is not in force in " + criteria.year() + " (" + span + ").");
    }

    /** Announces a tie the canvas should select and centre on (a clause chosen in search). */
    public Signal<Tie> tieFocusRequests() {
        return tieFocusRequests;
    }

    // --- state for the window ---------------------------------------------------------------------------------

    /** What the canvas draws; null until the first dataset is laid out. */
    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /**
     * The view of {@code criteria}, for the canvas to prepare the years next to the one shown; null when no dataset is
     * loaded or the year is outside the filters' range of years.
     */
    public AlignmentView viewOfYear(FilterCriteria criteria) {
        if (dataset.get() == null || criteria.year() < filters.firstYearProperty().get()
                || criteria.year() > filters.lastYearProperty().get()) {
            return null;
        }
        return service.filter(criteria);
    }

    public Frame frame() {
        return frame.get();
    }

    /** The data on screen; null before the first successful load. */
    public ReadOnlyObjectProperty<DatasetChoice> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The application's version, for Help › About ("(development build)" when run from the work tree). */
    public String appVersion() {
        return AppVersion.get();
    }

    public ReadOnlyStringProperty datasetNameProperty() {
        return datasetName.getReadOnlyProperty();
    }

    /** True while a dataset loads. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty visibleStatesProperty() {
        return visibleStates.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty visibleOrganisationsProperty() {
        return visibleOrganisations.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty visibleTiesProperty() {
        return visibleTies.getReadOnlyProperty();
    }

    /** The latest thing the status bar should say ("Loaded …", "Greece is not drawn …"); may be empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Announces the report of a load with errors (data kept) or warnings (data loaded). */
    public Signal<LoadProblems> loadProblems() {
        return loadProblems;
    }

    public ObjectProperty<LayoutKind> layoutKindProperty() {
        return layoutKind;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The canvas's colours for the current theme. */
    public VisualStyle style() {
        return VisualStyle.of(theme.get());
    }

    public BooleanProperty labelsVisibleProperty() {
        return labelsVisible;
    }

    /** Names ("France") or codes ("FRA") in the labels. */
    public ObjectProperty<LabelMode> labelModeProperty() {
        return labelMode;
    }

    /** Organisations as vertices, or hidden: states tied by the organisations they share. */
    public ObjectProperty<OrganisationDisplay> organisationDisplayProperty() {
        return organisationDisplay;
    }

    /**
     * The map the user chose (View › Map): none, land and borders under the graph, or the alliance map. It is drawn
     * with the geographic layout only ({@link #drawnMapModeProperty()}); the choice is kept for when the layout is
     * geographic again. Saved with a view and applied by {@link #showView}.
     */
    public ObjectProperty<MapMode> mapModeProperty() {
        return mapMode;
    }

    /** The map drawn: the chosen one with the geographic layout, none with the others (they place no state on it). */
    public ObjectBinding<MapMode> drawnMapModeProperty() {
        return drawnMapMode;
    }

    /** The organisations the alliance map colours, ids in colour order; empty for the default choice. */
    public ObjectProperty<List<String>> mapOrganisationsProperty() {
        return mapOrganisations;
    }

    /**
     * The chooser of the alliance map's organisations for the view on screen (its year, its states, the current
     * choice, the filter's organisations); null before the first frame.
     */
    public MapOrganisationsViewModel mapOrganisationsChooser() {
        var f = frame.get();
        if (f == null) {
            return null;
        }
        var view = f.view();
        var states = new HashSet<String>();
        view.states().forEach(st -> states.add(st.id()));
        var selection = view.criteria().organisations();
        var fromFilter = selection.all() ? List.<String>of() : selection.items().stream().sorted().toList();
        return new MapOrganisationsViewModel(service.dataset(), view.criteria().year(), states,
                mapOrganisations.get(), fromFilter);
    }

    /** On the alliance map, clause ties between states drawn as arcs on top. */
    public BooleanProperty clauseArcsProperty() {
        return clauseArcs;
    }

    /** SmartGraph's own animated layout, on the FX thread; off by default (see docs on rendering speed). */
    public BooleanProperty liveLayoutProperty() {
        return liveLayout;
    }

    /** The runner's progress, for the status bar. */
    public TaskRunner runner() {
        return runner;
    }
}

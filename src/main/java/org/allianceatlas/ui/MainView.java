package org.allianceatlas.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.StringConverter;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.Actor;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.ui.analysis.AnalysisPanel;
import org.allianceatlas.ui.canvas.GraphCanvas;
import org.allianceatlas.ui.canvas.GraphCanvas.Change;
import org.allianceatlas.ui.canvas.LegendView;
import org.allianceatlas.ui.dataset.DataSourcesDialog;
import org.allianceatlas.ui.dataset.ProblemReportDialog;
import org.allianceatlas.ui.details.DetailsView;
import org.allianceatlas.ui.export.ExportDialog;
import org.allianceatlas.ui.filter.FilterView;
import org.allianceatlas.ui.map.MapOrganisationsDialog;
import org.allianceatlas.ui.prefs.AtlasPreferences;
import org.allianceatlas.ui.prefs.WindowBounds;
import org.allianceatlas.ui.presentation.AnimationExportDialog;
import org.allianceatlas.ui.presentation.PresentationView;
import org.allianceatlas.ui.presentation.SlidesExportDialog;
import org.allianceatlas.ui.project.SaveViewDialog;
import org.allianceatlas.ui.project.SavedViewsDialog;
import org.allianceatlas.ui.research.ResearchImportMenu;
import org.allianceatlas.ui.search.SearchView;
import org.allianceatlas.ui.shared.AtlasStyles;
import org.allianceatlas.ui.shared.ExternalLinks;
import org.allianceatlas.ui.shared.FileChoosers;
import org.allianceatlas.ui.shared.Labels;
import org.allianceatlas.ui.shared.Resources;

/**
 * The main window: menu bar, toolbar, filters on the left, the graph canvas and its legend in the middle, details on
 * the right, status bar below. Binds controls to the {@link MainViewModel} and passes each new {@link Frame} to the
 * {@link GraphCanvas}; decides nothing itself.
 *
 * <p><b>Projects.</b> File › Open project…, Save project and Save project as… go through the view model; opening
 * another project or closing the window first asks about unsaved changes (Save, Don't save, Cancel). View › Save
 * view… keeps what is on screen with the canvas's viewport (when the user zoomed or panned) and highlight; a saved
 * view that is shown gets them back on the canvas once its frame is drawn. View › Saved views… lists the views;
 * View › Present (F5) opens the presentation window.
 *
 * <p>FX thread only. Node ids for tests: {@code menuBar}, {@code toolBar}, {@code canvasArea}, {@code statusBar},
 * {@code statusCounts}, {@code statusYear}, {@code statusDataset}, {@code statusMessage}, {@code layoutChoice},
 * the menu items {@code openProject}, {@code saveProject}, {@code saveProjectAs}, {@code exportSlides},
 * {@code saveView}, {@code savedViews}, {@code present}, the unsaved-changes question's pane {@code unsavedChanges},
 * plus those of the filter, details and search views.
 */
public final class MainView {

    /** The window's size on first start, before there are remembered bounds. */
    static final double DEFAULT_WIDTH = 1480;
    static final double DEFAULT_HEIGHT = 900;
    /**
     * The smallest window: the filters, a canvas of about 470 × 330 px with the playback bar and its full year, and a
     * side panel whose tabs keep most of its height (the legend takes at most {@link #LEGEND_SHARE} of it), so that
     * the metrics table shows rows and scrolls to every column. Fits a 1366 × 768 laptop screen with a task bar.
     */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 680;
    /** The legend's largest share of the side panel's height; the details and analysis tabs keep the rest. */
    static final double LEGEND_SHARE = 0.45;
    /** The height the details and analysis tabs keep at least before the legend gets any, px. */
    static final double TABS_MIN_HEIGHT = 380;

    private final Stage stage;
    private final MainViewModel vm;
    private final FileChoosers choosers;
    private final ExternalLinks links;
    private final GraphCanvas canvas;
    private final FilterView filterView;
    private final DetailsView detailsView;
    private final SearchView searchView;
    private final LegendView legend;
    private final AnalysisPanel analysisPanel;
    private final StackPane legendHolder = new StackPane();
    private SavedViewsDialog savedViews;
    private PresentationView presentation;

    public MainView(Stage stage, MainViewModel vm, FileChoosers choosers, ExternalLinks links) {
        this.stage = stage;
        this.vm = vm;
        this.choosers = choosers;
        this.links = links;
        var style = vm.style();
        this.canvas = new GraphCanvas(style);
        canvas.setYearViews(vm::viewOfYear);
        this.legend = new LegendView(style);
        this.filterView = new FilterView(vm.filters(), style);
        this.detailsView = new DetailsView(vm.details(), links);
        this.searchView = new SearchView(vm.search());
        this.analysisPanel = new AnalysisPanel(vm.analysis(), canvas, vm.filters(), detailsView.node(), style,
                () -> choosers.saveFile(stage, "Export metrics table", "metrics-" + vm.filters().year() + ".csv",
                        "csv"));

        var root = new BorderPane();
        root.setTop(new VBox(menuBar(), toolRow()));
        root.setCenter(centre());
        root.setBottom(statusBar());
        var scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Resources.stylesheet());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);

        var playback = vm.analysis().playback();
        playback.changeYearsProperty().subscribe(filterView::setChangeYears);
        bindCanvas();
        applyTheme(vm.themeProperty().get());
        vm.themeProperty().addListener((o, a, theme) -> applyTheme(theme));
        vm.loadProblems().subscribe(p -> ProblemReportDialog.create(stage, p).show());
        vm.failures().subscribe(this::showFailure);
        vm.viewShown().subscribe(this::place);
        vm.slides().savedViewsProperty().bind(Bindings.size(vm.project().views().views()));
        // Closing the window with unsaved changes asks first; Quit asks the same (it closes without a request).
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });
    }

    /** The presentation window opened last, for tests; null before the first. */
    public PresentationView presentation() {
        return presentation;
    }

    /** The analysis tabs and playback bar, for tests. */
    public AnalysisPanel analysisPanel() {
        return analysisPanel;
    }

    /** The graph canvas, for tests. */
    public GraphCanvas canvas() {
        return canvas;
    }

    /** The main window (the presentation's full-screen stage is owned by it). */
    public Stage stage() {
        return stage;
    }

    // --- window bounds ----------------------------------------------------------------------------------------

    /** Places the window where it was last time, when that is still on a screen; otherwise centres it. */
    public void restoreBounds(Optional<WindowBounds> remembered) {
        var usable = remembered.filter(b -> !Screen.getScreensForRectangle(
                new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty());
        if (usable.isPresent()) {
            var b = usable.get();
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(Math.max(stage.getMinWidth(), b.width()));
            stage.setHeight(Math.max(stage.getMinHeight(), b.height()));
            stage.setMaximized(b.maximized());
        } else {
            stage.centerOnScreen();
        }
    }

    /** Where the window is now (its size before maximising, when maximised). */
    public WindowBounds bounds() {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
    }

    /** Writes window bounds and the session to the preferences. */
    public void saveTo(AtlasPreferences prefs) {
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && Double.isFinite(stage.getX())) {
            prefs.setWindowBounds(bounds());
        }
        vm.save(prefs);
        prefs.flush();
    }

    // --- menus ------------------------------------------------------------------------------------------------

    private MenuBar menuBar() {
        var bar = new MenuBar(fileMenu(), viewMenu(), helpMenu());
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu fileMenu() {
        var open = item("Open dataset…", "Shortcut+O", e -> chooseFile("Open dataset", vm::open));
        open.setId("openDataset");
        var openFolder = item("Open dataset folder…", null, e -> chooseFolder("Open dataset folder", vm::open));
        openFolder.setId("openDatasetFolder");
        var add = item("Add dataset…", "Shortcut+Shift+O", e -> chooseFile("Add dataset", vm::add));
        add.setId("addDataset");
        var addFolder = item("Add dataset folder…", null, e -> chooseFolder("Add dataset folder", vm::add));
        addFolder.setId("addDatasetFolder");
        for (var i : new MenuItem[] {open, openFolder, add, addFolder}) {
            i.disableProperty().bind(vm.loadingProperty());
        }
        var export = item("Export…", "Shortcut+E", e -> export());
        export.setId("export");
        export.disableProperty().bind(vm.frameProperty().isNull());
        var animation = item("Timeline animation…", null, e -> AnimationExportDialog.create(stage, vm.animation(),
                choosers, () -> vm.frame().view().criteria(), () -> vm.layoutKindProperty().get()).show());
        animation.setId("exportAnimation");
        animation.disableProperty().bind(vm.frameProperty().isNull());
        var slides = item("Slides (.pptx)…", null, e -> exportSlides());
        slides.setId("exportSlides");
        slides.disableProperty().bind(vm.frameProperty().isNull());
        var openProject = item("Open project…", "Shortcut+Alt+O", e -> openProject());
        openProject.setId("openProject");
        openProject.disableProperty().bind(vm.loadingProperty());
        var saveProject = item("Save project", "Shortcut+S", e -> saveProject(false));
        saveProject.setId("saveProject");
        var saveProjectAs = item("Save project as…", "Shortcut+Shift+S", e -> saveProject(true));
        saveProjectAs.setId("saveProjectAs");
        for (var i : new MenuItem[] {saveProject, saveProjectAs}) {
            i.disableProperty().bind(vm.datasetProperty().isNull().or(vm.loadingProperty()));
        }
        var quit = item("Quit", "Shortcut+Q", e -> {
            if (confirmDiscard()) {
                stage.close();
            }
        });
        var menu = new Menu("File", null, openProject, saveProject, saveProjectAs, new SeparatorMenuItem(), open,
                openFolder, add, addFolder, new SeparatorMenuItem());
        menu.getItems().addAll(new ResearchImportMenu(stage, vm.research()).items(vm.loadingProperty()));
        menu.getItems().addAll(new SeparatorMenuItem(), export, animation, slides, new SeparatorMenuItem(), quit);
        menu.setId("fileMenu");
        return menu;
    }

    private void chooseFile(String title, Consumer<Path> then) {
        choosers.dataFile(stage, title).ifPresent(then);
    }

    private void chooseFolder(String title, Consumer<Path> then) {
        choosers.folder(stage, title).ifPresent(then);
    }

    /** Opens File &gt; Export on what is drawn: the view, the positions on screen, the canvas's size. */
    private void export() {
        var frame = vm.frame();
        if (frame == null) {
            return;
        }
        var drawn = frame.positions().with(canvas.currentPositions());
        vm.export().setMapAvailable(frame.layout() == LayoutKind.GEOGRAPHIC);
        vm.export().setSubject(canvas.view(), drawn, canvas.sceneOptions());
        vm.export().setWindowSize(canvas.node().getWidth(), canvas.node().getHeight());
        ExportDialog.create(stage, vm.export(), choosers).show();
    }

    private Menu viewMenu() {
        var layouts = new ToggleGroup();
        var layoutItems = new Menu("Layout");
        int n = 1;
        for (var kind : LayoutKind.values()) {
            var item = new RadioMenuItem(layoutName(kind));
            item.setToggleGroup(layouts);
            item.setUserData(kind);
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + n++));
            item.setSelected(vm.layoutKindProperty().get() == kind);
            item.setOnAction(e -> vm.layoutKindProperty().set(kind));
            layoutItems.getItems().add(item);
        }
        vm.layoutKindProperty().addListener((o, a, kind) -> layouts.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == kind)));
        var live = new CheckMenuItem("Live layout (animated)");
        live.selectedProperty().bindBidirectional(vm.liveLayoutProperty());
        layoutItems.getItems().addAll(new SeparatorMenuItem(), live);

        var labels = new CheckMenuItem("Show labels");
        labels.setId("showLabels");
        labels.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        labels.selectedProperty().bindBidirectional(vm.labelsVisibleProperty());
        var labelMenu = new Menu("Labels", null, labels, new SeparatorMenuItem());
        var labelModes = new ToggleGroup();
        for (var mode : LabelMode.values()) {
            var item = new RadioMenuItem(mode == LabelMode.NAMES ? "Names (codes where a name does not fit)"
                    : "Codes (ISO 3166 and acronyms)");
            item.setId("labels-" + mode.key());
            item.setToggleGroup(labelModes);
            item.setUserData(mode);
            item.setSelected(vm.labelModeProperty().get() == mode);
            item.setOnAction(e -> vm.labelModeProperty().set(mode));
            labelMenu.getItems().add(item);
        }
        vm.labelModeProperty().addListener((o, a, mode) -> labelModes.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == mode)));

        var organisationMenu = new Menu("Organisations");
        var displays = new ToggleGroup();
        for (var display : OrganisationDisplay.values()) {
            var item = new RadioMenuItem(display == OrganisationDisplay.VERTICES ? "As vertices, tied to members"
                    : "Hidden: states tied by what they share");
            item.setId("organisations-" + display.key());
            item.setToggleGroup(displays);
            item.setUserData(display);
            item.setSelected(vm.organisationDisplayProperty().get() == display);
            item.setOnAction(e -> vm.organisationDisplayProperty().set(display));
            organisationMenu.getItems().add(item);
        }
        vm.organisationDisplayProperty().addListener((o, a, display) -> displays.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == display)));

        var mapMenu = mapMenu();

        var themes = new ToggleGroup();
        var themeMenu = new Menu("Theme");
        for (var theme : Theme.values()) {
            var item = new RadioMenuItem(theme == Theme.LIGHT ? "Light" : "Dark");
            item.setId("theme-" + theme.key());
            item.setToggleGroup(themes);
            item.setUserData(theme);
            item.setSelected(vm.themeProperty().get() == theme);
            item.setOnAction(e -> vm.themeProperty().set(theme));
            themeMenu.getItems().add(item);
        }
        vm.themeProperty().addListener((o, a, theme) -> themes.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == theme)));

        var relayout = item("Re-layout", "Shortcut+L", e -> vm.relayout());
        relayout.setId("relayout");
        var fit = item("Fit to window", "Shortcut+0", e -> canvas.fit());
        // Plain F is the canvas's own key (a menu accelerator would fire while typing in the search box).
        var fitSelection = item("Fit selection (F)", null, e -> canvas.fitSelection());
        fitSelection.setId("fitSelection");
        var zoomIn = item("Zoom in", "Shortcut+Equals", e -> canvas.zoomIn());
        var zoomOut = item("Zoom out", "Shortcut+Minus", e -> canvas.zoomOut());
        var find = item("Find state, organisation or treaty…", "Shortcut+F", e -> searchView.focus());
        find.setId("find");
        var saveView = item("Save view…", "Shortcut+D", e -> saveView());
        saveView.setId("saveView");
        saveView.disableProperty().bind(vm.frameProperty().isNull());
        var listViews = item("Saved views…", "Shortcut+Shift+D", e -> savedViews().show());
        listViews.setId("savedViews");
        var present = item("Present", "F5", e -> present(0));
        present.setId("present");
        present.disableProperty().bind(Bindings.isEmpty(vm.project().views().views()));
        var menu = new Menu("View", null, layoutItems, relayout, labelMenu, organisationMenu, mapMenu, themeMenu,
                new SeparatorMenuItem(), fit, fitSelection, zoomIn, zoomOut, new SeparatorMenuItem(), find,
                new SeparatorMenuItem(), saveView, listViews, present);
        menu.setId("viewMenu");
        return menu;
    }

    /**
     * View › Map: off, under the graph, or the alliance map (geographic layout only: the items are disabled and say so
     * with the other layouts); the alliance map's organisations and its clause arcs.
     */
    private Menu mapMenu() {
        var menu = new Menu("Map");
        menu.setId("mapMenu");
        var modes = new ToggleGroup();
        var geographic = vm.layoutKindProperty().isEqualTo(LayoutKind.GEOGRAPHIC);
        for (var mode : MapMode.values()) {
            var item = new RadioMenuItem(mapModeName(mode));
            item.setId("map-" + mode.key());
            item.setToggleGroup(modes);
            item.setUserData(mode);
            item.setSelected(vm.mapModeProperty().get() == mode);
            item.setOnAction(e -> vm.mapModeProperty().set(mode));
            if (mode != MapMode.NONE) {
                item.disableProperty().bind(geographic.not());
            }
            menu.getItems().add(item);
        }
        vm.mapModeProperty().addListener((o, a, mode) -> modes.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == mode)));
        var note = new MenuItem("The map needs the geographic layout (View › Layout)");
        note.setDisable(true);
        note.visibleProperty().bind(geographic.not());
        var alliances = vm.mapModeProperty().isEqualTo(MapMode.ALLIANCES).and(geographic);
        var organisations = item("Organisations on the alliance map…", null, e -> chooseMapOrganisations());
        organisations.setId("mapOrganisations");
        organisations.disableProperty().bind(alliances.not().or(vm.frameProperty().isNull()));
        var arcs = new CheckMenuItem("Treaty ties as arcs on the alliance map");
        arcs.setId("mapArcs");
        arcs.selectedProperty().bindBidirectional(vm.clauseArcsProperty());
        arcs.disableProperty().bind(alliances.not());
        menu.getItems().addAll(note, new SeparatorMenuItem(), organisations, arcs);
        return menu;
    }

    static String mapModeName(MapMode mode) {
        return switch (mode) {
            case NONE -> "Off";
            case UNDER_GRAPH -> "Under the graph";
            case ALLIANCES -> "Alliance map (countries by organisation)";
        };
    }

    private void chooseMapOrganisations() {
        var chooser = vm.mapOrganisationsChooser();
        if (chooser != null) {
            MapOrganisationsDialog.ask(stage, chooser).ifPresent(vm.mapOrganisationsProperty()::set);
        }
    }

    private Menu helpMenu() {
        var sources = item("Data sources…", null, e -> DataSourcesDialog.create(stage, vm.dataSources(), links,
                vm.datasetNameProperty().get()).show());
        sources.setId("dataSources");
        sources.disableProperty().bind(vm.datasetProperty().isNull());
        var about = item("About Alliance Atlas", null, e -> AboutDialog.create(stage, vm.appVersion(),
                vm.datasetNameProperty().get(), vm.datasetSummary()).show());
        var menu = new Menu("Help", null, sources, about);
        menu.setId("helpMenu");
        return menu;
    }

    // --- projects, saved views, presentations ---------------------------------------------------------------

    /** File › Open project…: asks about unsaved changes first. */
    private void openProject() {
        if (confirmDiscard()) {
            choosers.projectFile(stage, "Open project").ifPresent(vm::openProject);
        }
    }

    /**
     * File › Save project (as…); returns true when the project was written. Save without a file yet is Save as.
     *
     * @param as true: ask where, even when the project has a file
     */
    private boolean saveProject(boolean as) {
        var file = vm.project().file();
        if (as || file == null) {
            var suggested = file == null ? "talk.atlas" : String.valueOf(file.getFileName());
            var chosen = choosers.saveFile(stage, "Save project", suggested, "atlas");
            if (chosen.isEmpty()) {
                return false;
            }
            file = chosen.get();
        }
        return vm.saveProject(file);
    }

    /**
     * True when the project may be left: nothing unsaved, or the user saved or chose not to; false when they
     * cancelled (or saving failed).
     */
    private boolean confirmDiscard() {
        if (!vm.project().needsSaving()) {
            return true;
        }
        var save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        var discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + vm.project().displayNameProperty().get() + "?");
        alert.setContentText("The saved views or the data of the project changed since it was last saved.");
        alert.getDialogPane().setId("unsavedChanges");
        var answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            return saveProject(false);
        }
        return answer == discard;
    }

    private void showFailure(String text) {
        var alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(stage);
        alert.setHeaderText("The project could not be saved; it keeps its unsaved changes");
        alert.show();
    }

    /** What is on screen as a saved view: the view model's part, the canvas's viewport and highlight. */
    private SavedView capture(String name) {
        var viewport = canvas.userMovedSinceFit() ? canvas.viewport() : null;
        var highlight = canvas.shownHighlight();
        return vm.currentView(name, viewport, highlight.highlightedActors().stream().map(Actor::id).toList(),
                highlight.highlightedTies().stream().map(Tie::id).toList());
    }

    /** View › Save view…: what is on screen now, named and titled in a dialog. */
    private void saveView() {
        if (vm.frame() == null) {
            return;
        }
        var captured = capture("view");
        SaveViewDialog.create(stage, vm.suggestedViewName(), choice -> vm.saveView(captured.withName(choice.name())
                .withTitle(choice.title(), choice.keepSubtitle()))).show();
    }

    /** The saved view's highlight and viewport on the canvas, once its frame is drawn. */
    private void place(SavedView view) {
        canvas.clearSelection();
        var highlight = view.highlightOn(vm.frame().view());
        canvas.setHighlight(highlight.highlightedActors(), highlight.highlightedTies());
        canvas.setViewport(view.viewport());
    }

    private SavedViewsDialog savedViews() {
        if (savedViews == null) {
            savedViews = new SavedViewsDialog(stage, vm.project().views(), new SavedViewsDialog.Actions() {
                @Override
                public void show(SavedView view) {
                    vm.showView(view);
                }

                @Override
                public void update(int index) {
                    vm.project().views().update(index, capture("view"));
                }

                @Override
                public void present(int index) {
                    MainView.this.present(index);
                }
            });
        }
        return savedViews;
    }

    /** View › Present: the saved views full screen, from the one at {@code start}. */
    private void present(int start) {
        if (vm.project().views().views().isEmpty()) {
            return;
        }
        if (presentation != null && presentation.stage().isShowing()) {
            presentation.close();
        }
        presentation = PresentationView.open(stage, vm.presentation(start), vm.style());
    }

    private void exportSlides() {
        SlidesExportDialog.create(stage, vm.slides(), choosers, () -> new SlidesExportDialog.Screen(
                List.copyOf(vm.project().views().views()), vm.frame().view().criteria(),
                vm.layoutKindProperty().get(), canvas.sceneOptions())).show();
    }

    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        var item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }

    static String layoutName(LayoutKind kind) {
        return Labels.layout(kind);
    }

    // --- toolbar ----------------------------------------------------------------------------------------------

    /**
     * The tool bar, with the search box beside it rather than in it: a narrow window moves tool buttons into the
     * tool bar's overflow menu, never the search box (Ctrl+F would focus a box that is not shown).
     */
    private Node toolRow() {
        var bar = toolBar();
        bar.setMinWidth(0);
        HBox.setHgrow(bar, Priority.ALWAYS);
        var search = searchView.node();
        if (search instanceof Region r) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        var row = new HBox(bar, search);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(AtlasStyles.TOOL_ROW);
        return row;
    }

    private ToolBar toolBar() {
        var open = toolButton("Open…", "Open a dataset file (Ctrl+O)",
                () -> chooseFile("Open dataset", vm::open));
        var add = toolButton("Add…", "Add a dataset file to the data on screen (Ctrl+Shift+O)",
                () -> chooseFile("Add dataset", vm::add));
        open.disableProperty().bind(vm.loadingProperty());
        add.disableProperty().bind(vm.loadingProperty());

        var export = toolButton("Export…", "Export what is on screen: PNG, SVG, PDF, GEXF, GraphML, CSV, JSON "
                + "(Ctrl+E)", this::export);
        export.disableProperty().bind(vm.frameProperty().isNull());

        var fit = toolButton("Fit", "Fit the graph to the window (Ctrl+0)", canvas::fit);
        var zoomIn = toolButton("+", "Zoom in (Ctrl+=)", canvas::zoomIn);
        var zoomOut = toolButton("−", "Zoom out (Ctrl+-)", canvas::zoomOut);
        zoomIn.getStyleClass().add(Styles.LEFT_PILL);
        zoomOut.getStyleClass().add(Styles.RIGHT_PILL);

        var layout = new ChoiceBox<LayoutKind>();
        layout.setId("layoutChoice");
        layout.getItems().setAll(LayoutKind.values());
        layout.setConverter(new StringConverter<>() {
            @Override
            public String toString(LayoutKind k) {
                return k == null ? "" : layoutName(k);
            }

            @Override
            public LayoutKind fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        layout.valueProperty().bindBidirectional(vm.layoutKindProperty());
        layout.setTooltip(new Tooltip("Layout (Ctrl+1, Ctrl+2, Ctrl+3)"));

        var map = new ChoiceBox<MapMode>();
        map.setId("mapChoice");
        map.getItems().setAll(MapMode.values());
        map.setConverter(new StringConverter<>() {
            @Override
            public String toString(MapMode m) {
                return m == null ? "" : m == MapMode.NONE ? "No map" : m == MapMode.UNDER_GRAPH ? "Map under graph"
                        : "Alliance map";
            }

            @Override
            public MapMode fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        map.valueProperty().bindBidirectional(vm.mapModeProperty());
        map.disableProperty().bind(vm.layoutKindProperty().isNotEqualTo(LayoutKind.GEOGRAPHIC));
        map.setTooltip(new Tooltip("The world map under the graph, or countries coloured by organisation "
                + "(View > Map; geographic layout only)"));

        var labels = new ToggleButton("Labels");
        labels.setId("labelsToggle");
        labels.selectedProperty().bindBidirectional(vm.labelsVisibleProperty());
        labels.setTooltip(new Tooltip("Show or hide labels (Ctrl+Shift+L)"));

        var dark = new ToggleButton("Dark");
        dark.setId("darkToggle");
        dark.setSelected(vm.themeProperty().get() == Theme.DARK);
        dark.selectedProperty().addListener((o, a, on) -> vm.themeProperty().set(on ? Theme.DARK : Theme.LIGHT));
        vm.themeProperty().addListener((o, a, t) -> dark.setSelected(t == Theme.DARK));
        dark.setTooltip(new Tooltip("Dark theme (View > Theme)"));

        var layoutLabel = new Label("Layout");
        layoutLabel.getStyleClass().add(Styles.TEXT_MUTED);
        var bar = new ToolBar(open, add, export, new Separator(), fit, new HBox(zoomIn, zoomOut), new Separator(),
                layoutLabel, layout, map, labels, dark);
        bar.setId("toolBar");
        return bar;
    }

    private static Button toolButton(String text, String tooltip, Runnable action) {
        var b = new Button(text);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    // --- centre -----------------------------------------------------------------------------------------------

    private Node centre() {
        var compareLegend = analysisPanel.compareLegend();
        var area = new StackPane(canvas.node(), compareLegend);
        StackPane.setAlignment(compareLegend, Pos.TOP_LEFT);
        StackPane.setMargin(compareLegend, new Insets(12));
        area.setId("canvasArea");
        area.getStyleClass().add(AtlasStyles.CANVAS_AREA);
        area.setMinSize(0, 0);
        var canvasWithPlayback = new BorderPane(area);
        canvasWithPlayback.setBottom(analysisPanel.playbackBar());

        var left = filterView.node();
        var right = rightPanel();
        var split = new SplitPane(left, canvasWithPlayback, right);
        split.setDividerPositions(0.2, 0.77);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        if (left instanceof Region r) {
            r.setMinWidth(250);
            r.setPrefWidth(300);
        }
        if (right instanceof Region r) {
            r.setMinWidth(260);
            r.setPrefWidth(340);
        }
        return split;
    }

    /** Details above, the legend below (collapsible, so that long details can take the whole height). */
    private Node rightPanel() {
        legendHolder.getChildren().setAll(legend.node());
        var legendScroll = new ScrollPane(legendHolder);
        legendScroll.setFitToWidth(true);
        legendScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The legend keeps its height (up to a cap, then it scrolls); the details above take the rest and scroll.
        legendScroll.setPrefViewportHeight(340);
        legendScroll.setMaxHeight(420);
        var legendPane = new TitledPane("Legend", legendScroll);
        legendPane.setId("legendPane");
        legendPane.getStyleClass().add(Styles.DENSE);
        var details = analysisPanel.node();
        VBox.setVgrow(details, Priority.ALWAYS);
        if (details instanceof Region r) {
            // The tabs take what the legend leaves: asking for little, they grow into the rest of the column.
            r.setPrefHeight(0);
        }
        var box = new VBox(details, legendPane);
        // In a short window the legend gives way (it scrolls), not the tabs: they hold the details and the tables.
        legendPane.maxHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.max(0, Math.min(
                box.getHeight() * LEGEND_SHARE, box.getHeight() - TABS_MIN_HEIGHT)), box.heightProperty()));
        box.getStyleClass().add(AtlasStyles.DETAILS_PANEL);
        return box;
    }

    private void bindCanvas() {
        canvas.labelsVisibleProperty().bindBidirectional(vm.labelsVisibleProperty());
        canvas.labelModeProperty().bindBidirectional(vm.labelModeProperty());
        canvas.organisationDisplayProperty().bindBidirectional(vm.organisationDisplayProperty());
        canvas.liveLayoutProperty().bindBidirectional(vm.liveLayoutProperty());
        canvas.mapModeProperty().bind(vm.drawnMapModeProperty());
        canvas.mapOrganisationsProperty().bind(vm.mapOrganisationsProperty());
        canvas.clauseArcsProperty().bind(vm.clauseArcsProperty());
        canvas.legendProperty().addListener((o, a, l) -> legend.show(l));
        vm.liveLayoutProperty().addListener((o, was, live) -> {
            if (!live) {
                vm.adoptPositions(canvas.currentPositions());
            }
        });
        canvas.selectedActorProperty().addListener((o, a, actor) -> selectionChanged());
        canvas.selectedTieProperty().addListener((o, a, tie) -> selectionChanged());
        canvas.selectedLinkProperty().addListener((o, a, link) -> selectionChanged());
        canvas.selectedMapStateProperty().addListener((o, a, state) -> selectionChanged());
        vm.focusRequests().subscribe(actor -> {
            canvas.select(actor);
            canvas.fitSelection();
        });
        vm.tieFocusRequests().subscribe(tie -> {
            canvas.selectTie(tie);
            canvas.fitSelection();
        });
        canvas.node().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F && !e.isShortcutDown() && !e.isAltDown()) {
                canvas.fitSelection();
                e.consume();
            }
        });
        // The layout leaves each vertex the room it takes at the canvas's size: tell the view model, at once the first
        // time (before the first layout), then once a resize has settled.
        var resized = new PauseTransition(Duration.millis(350));
        resized.setOnFinished(e -> {
            try {
                vm.setCanvasSize(canvas.node().getWidth(), canvas.node().getHeight());
            } catch (RejectedExecutionException closing) {
                // The runner was shut down while the window closes (the timer outlived it): nothing to lay out.
            }
        });
        InvalidationListener sizeChanged = o -> {
            if (vm.frame() == null) {
                vm.setCanvasSize(canvas.node().getWidth(), canvas.node().getHeight());
            } else {
                resized.playFromStart();
            }
        };
        canvas.node().widthProperty().addListener(sizeChanged);
        canvas.node().heightProperty().addListener(sizeChanged);
        vm.frameProperty().addListener((o, a, frame) -> show(frame));
        if (vm.frame() != null) {
            show(vm.frame());
        }
    }

    private void selectionChanged() {
        var actor = canvas.selectedActorProperty().get();
        var tie = canvas.selectedTieProperty().get();
        var link = canvas.selectedLinkProperty().get();
        vm.select(actor != null ? actor : tie != null ? tie : link != null ? link
                : canvas.selectedMapStateProperty().get());
    }

    private void show(Frame frame) {
        if (frame == null) {
            return;
        }
        canvas.show(frame.view(), frame.positions(), frame.sameLayout() ? Change.YEAR : Change.VIEW);
        analysisPanel.frameShown(frame.view(), frame.positions());
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        var style = vm.style();
        canvas.setStyle(style);
        legend.setStyle(style);
        filterView.setStyle(style);
        analysisPanel.setStyle(style);
    }

    // --- status bar -------------------------------------------------------------------------------------------

    private Node statusBar() {
        var busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.setMaxSize(14, 14);
        busy.progressProperty().bind(vm.runner().progress().fractionProperty());
        busy.visibleProperty().bind(vm.runner().progress().busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        var message = status("statusMessage");
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            var p = vm.runner().progress();
            return p.isBusy() && !p.messageProperty().get().isEmpty() ? p.messageProperty().get() + "…"
                    : vm.messageProperty().get();
        }, vm.messageProperty(), vm.runner().progress().messageProperty(), vm.runner().progress().busyProperty()));
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        var counts = status("statusCounts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        counts.textProperty().bind(Bindings.createStringBinding(() -> Labels.count(
                vm.visibleStatesProperty().get(), "state") + " · " + Labels.count(
                vm.visibleOrganisationsProperty().get(), "organisation") + " · " + Labels.count(
                vm.visibleTiesProperty().get(), "tie"),
                vm.visibleStatesProperty(), vm.visibleOrganisationsProperty(), vm.visibleTiesProperty()));
        var year = status("statusYear");
        year.getStyleClass().add(AtlasStyles.YEAR_STATUS);
        year.textProperty().bind(vm.filters().yearProperty().asString("%d"));
        year.setMinWidth(Region.USE_PREF_SIZE);
        var dataset = status("statusDataset");
        dataset.textProperty().bind(vm.datasetNameProperty());

        var bar = new HBox(busy, message, counts, new Separator(Orientation.VERTICAL), year,
                new Separator(Orientation.VERTICAL), dataset);
        bar.setId("statusBar");
        bar.getStyleClass().add(AtlasStyles.STATUS_BAR);
        return bar;
    }

    private static Label status(String id) {
        var l = new Label();
        l.setId(id);
        l.getStyleClass().add(AtlasStyles.STATUS_ITEM);
        return l;
    }
}

package org.allianceatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Viewport;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.dataset.LoadProblems;
import org.allianceatlas.ui.dataset.LoadProblems.Outcome;
import org.allianceatlas.ui.prefs.AtlasPreferences;
import org.allianceatlas.ui.task.ManualTaskRunner;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.allianceatlas.ui.task.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window's saved views and project file without a display: what a saved view keeps, how showing one applies
 * it, and the project's round trip through its file (the data, the views, unsaved changes, the title).
 */
class MainViewModelProjectTest {

    @TempDir
    Path dir;

    private final List<LoadProblems> problems = new ArrayList<>();
    private final List<SavedView> shown = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private MainViewModel create(TaskRunner runner) {
        var service = new AtlasService(new DatasetLoader(), DataInput::shipped);
        var vm = new MainViewModel(service, runner, AtlasApp.layouter(service), 2025);
        vm.loadProblems().subscribe(problems::add);
        vm.viewShown().subscribe(shown::add);
        vm.failures().subscribe(failures::add);
        return vm;
    }

    private MainViewModel started() {
        var vm = create(new SameThreadTaskRunner());
        vm.start(Optional.empty());
        return vm;
    }

    private static SavedView coldWar() {
        var filters = FilterCriteria.forYear(1985).withOrganisations(Selection.only(List.of("nato",
                "warsaw-pact")));
        return SavedView.of("Cold War", filters).withLayout(LayoutKind.FORCE)
                .withDrawing(LabelMode.CODES, OrganisationDisplay.HIDDEN)
                .withViewport(new Viewport(1200, 300, 2.5))
                .withHighlight(List.of("DEU", "DDR"), List.of());
    }

    @Test
    void aSavedViewKeepsWhatIsOnScreen() {
        var vm = started();
        vm.filters().setYear(1990);
        vm.filters().setOrganisationSelected("eu", false);
        vm.layoutKindProperty().set(LayoutKind.CIRCULAR);
        vm.labelModeProperty().set(LabelMode.CODES);
        vm.organisationDisplayProperty().set(OrganisationDisplay.HIDDEN);
        vm.mapModeProperty().set(MapMode.ALLIANCES);
        vm.mapOrganisationsProperty().set(List.of("nato"));
        var view = vm.currentView("Before the end", new Viewport(5, 6, 1.5), List.of("FRA"), List.of("t1"));
        assertEquals("Before the end", view.name());
        assertEquals(vm.filters().criteria(), view.filters());
        assertEquals(1990, view.year());
        assertFalse(view.filters().organisations().contains("eu"));
        assertEquals(LayoutKind.CIRCULAR, view.layout());
        assertEquals(LabelMode.CODES, view.labels());
        assertEquals(OrganisationDisplay.HIDDEN, view.organisationDisplay());
        assertEquals(MapMode.ALLIANCES, view.mapMode());
        assertEquals(List.of("nato"), view.mapOrganisations());
        assertEquals(new Viewport(5, 6, 1.5), view.viewport());
        assertEquals(List.of("FRA"), view.highlightedActors());
        assertEquals(List.of("t1"), view.highlightedTies());
    }

    @Test
    void showingASavedViewAppliesItAndAnnouncesItWithItsFrame() {
        var vm = started();
        var view = coldWar();
        vm.showView(view);
        assertEquals(view.filters(), vm.frame().view().criteria(), "the frame shows the view's filters and year");
        assertEquals(LayoutKind.FORCE, vm.frame().layout());
        assertEquals(LabelMode.CODES, vm.labelModeProperty().get());
        assertEquals(OrganisationDisplay.HIDDEN, vm.organisationDisplayProperty().get());
        assertEquals(List.of(view), shown, "announced once, with its frame, for the viewport and highlight");
        vm.filters().setYear(1986);
        assertEquals(1, shown.size(), "a later change of the filters is not the saved view");
    }

    @Test
    void showingTheSameViewTwiceAnnouncesItTwice() {
        var vm = started();
        vm.showView(coldWar());
        vm.showView(coldWar());
        assertEquals(2, shown.size(), "the filters did not change, the viewport still comes back");
    }

    @Test
    void aChangeMadeBeforeTheViewsLayoutArrivesDropsTheAnnouncement() {
        var runner = new ManualTaskRunner();
        var vm = create(runner);
        vm.start(Optional.empty());
        runner.runAll();
        vm.showView(coldWar());
        vm.filters().setYear(1960);
        runner.runAll();
        assertTrue(shown.isEmpty(), "the frame on screen is not the saved view's: no viewport applied to it");
        assertEquals(1960, vm.frame().year());
    }

    @Test
    void aSuggestedNameSaysTheYearAndFiltersAndIsNotTaken() {
        var vm = started();
        vm.filters().setYear(2024);
        var first = vm.suggestedViewName();
        assertEquals("2024", first);
        vm.saveView(vm.currentView(first, null, List.of(), List.of()));
        assertEquals("2024 (2)", vm.suggestedViewName());
        vm.filters().setOrganisationSelected("nato", false);
        assertTrue(vm.suggestedViewName().startsWith("2024 — "), vm.suggestedViewName());
    }

    @Test
    void aProjectSavedAndOpenedAgainHasItsDataAndViewsAndShowsItsFirstView() throws IOException {
        var mine = Files.copy(UiFixtures.resource("ui/extra-clause.json"), dir.resolve("mine.json"));
        var vm = started();
        vm.add(mine);
        vm.saveView(coldWar());
        vm.saveView(vm.currentView("Today", null, List.of(), List.of()));
        assertTrue(vm.project().needsSaving());
        var file = dir.resolve("talk.atlas");
        assertTrue(vm.saveProject(file));
        assertTrue(Files.readString(file).contains("\"mine.json\""), "the data file, relative to the project");
        assertFalse(vm.project().needsSaving());

        shown.clear();
        var again = started();
        again.openProject(file);
        assertEquals(file, again.project().file());
        assertEquals(List.of("Cold War", "Today"), again.project().views().views().stream().map(SavedView::name)
                .toList());
        assertEquals(coldWar(), again.project().views().views().get(0), "every field comes back");
        assertTrue(again.datasetNameProperty().get().contains("mine.json"), again.datasetNameProperty().get());
        assertEquals(coldWar().filters(), again.frame().view().criteria(), "the first view is on screen");
        assertEquals(List.of(coldWar()), shown);
        assertFalse(again.project().needsSaving(), "opening is no change");
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aProjectWhoseDataFileMovedOpensWithAWarningAndSavingKeepsThePath() throws IOException {
        var mine = Files.copy(UiFixtures.resource("ui/extra-clause.json"), dir.resolve("mine.json"));
        var vm = started();
        vm.add(mine);
        vm.saveView(coldWar());
        var file = dir.resolve("talk.atlas");
        assertTrue(vm.saveProject(file));
        Files.move(mine, dir.resolve("elsewhere.json"));

        var again = started();
        again.openProject(file);
        assertEquals(1, problems.size());
        var report = problems.get(0);
        assertEquals(Outcome.LOADED_WITH_WARNINGS, report.outcome());
        assertTrue(report.reportText().contains("talk.atlas:") && report.reportText().contains("is not there"),
                report.reportText());
        assertEquals(1, again.project().views().views().size(), "the rest is intact");
        assertEquals("Shipped data", again.datasetNameProperty().get(), "opened without the missing file");
        var copy = dir.resolve("copy.atlas");
        assertTrue(again.saveProject(copy));
        assertTrue(Files.readString(copy).contains("\"mine.json\""), "the moved file stays named in the project");
    }

    @Test
    void aBrokenProjectChangesNothing() throws IOException {
        var vm = started();
        vm.saveView(coldWar());
        var frame = vm.frame();
        var broken = Files.writeString(dir.resolve("broken.atlas"), "{\"views\": [");
        vm.openProject(broken);
        assertEquals(1, problems.size());
        assertEquals(Outcome.PREVIOUS_KEPT, problems.get(0).outcome());
        assertTrue(problems.get(0).reportText().contains("broken.atlas:1:"), problems.get(0).reportText());
        assertSame(frame, vm.frame(), "the frame is untouched");
        assertNull(vm.project().file());
        assertEquals(1, vm.project().views().views().size(), "the views on screen stay");
    }

    @Test
    void atStartAProjectThatIsGoneFallsBackToTheSessionsData() {
        var vm = create(new SameThreadTaskRunner());
        vm.start(Optional.of(dir.resolve("gone.atlas")), Optional.empty(), Optional.empty());
        assertEquals(1, problems.size());
        assertEquals(Outcome.SESSION_DATA_INSTEAD, problems.get(0).outcome());
        assertTrue(problems.get(0).summary().contains("data of the last session is shown instead"));
        assertEquals("Shipped data", vm.datasetNameProperty().get());
        assertTrue(vm.frame() != null, "the shipped data is drawn");
        assertNull(vm.project().file());
    }

    @Test
    void theTitleNamesTheProjectAndMarksUnsavedChanges() {
        var vm = started();
        vm.filters().setYear(2024);
        assertEquals("Alliance Atlas — Shipped data — 2024", vm.titleProperty().get());
        vm.saveView(coldWar());
        assertEquals("Alliance Atlas — Untitled project* — Shipped data — 2024", vm.titleProperty().get());
        assertTrue(vm.saveProject(dir.resolve("talk.atlas")));
        assertEquals("Alliance Atlas — talk.atlas — Shipped data — 2024", vm.titleProperty().get());
        vm.project().views().rename(0, "The Cold War");
        assertEquals("Alliance Atlas — talk.atlas* — Shipped data — 2024", vm.titleProperty().get());
    }

    @Test
    void aProjectThatCannotBeWrittenSaysWhyAndKeepsItsChanges() {
        var vm = started();
        vm.saveView(coldWar());
        assertFalse(vm.saveProject(dir.resolve("no-such-folder").resolve("talk.atlas")));
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("talk.atlas"), failures.get(0));
        assertTrue(vm.project().needsSaving());
        assertNull(vm.project().file());
    }

    @Test
    void theSessionRemembersTheProjectFile() throws BackingStoreException {
        var node = Preferences.userRoot().node("/org/allianceatlas/test/" + UUID.randomUUID());
        try {
            var prefs = new AtlasPreferences(node);
            var vm = started();
            vm.saveView(coldWar());
            var file = dir.resolve("talk.atlas");
            assertTrue(vm.saveProject(file));
            vm.save(prefs);
            assertEquals(Optional.of(file.toAbsolutePath()), prefs.project());
            started().save(prefs);
            assertTrue(prefs.project().isEmpty(), "a session without a project file forgets it");
        } finally {
            node.removeNode();
        }
    }
}

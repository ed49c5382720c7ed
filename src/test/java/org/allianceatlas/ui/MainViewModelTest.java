package org.allianceatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.dataset.DatasetChoice;
import org.allianceatlas.ui.dataset.LoadProblems;
import org.allianceatlas.ui.dataset.LoadProblems.Outcome;
import org.allianceatlas.ui.prefs.AtlasPreferences;
import org.allianceatlas.ui.research.ImportChoice;
import org.allianceatlas.ui.research.ResearchImportViewModel;
import org.allianceatlas.ui.task.ManualTaskRunner;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.allianceatlas.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    /** Layouts made, by kind. */
    private final EnumMap<LayoutKind, Integer> layouts = new EnumMap<>(LayoutKind.class);
    private final List<LoadProblems> problems = new ArrayList<>();
    private final List<Actor> focused = new ArrayList<>();
    private Preferences prefsNode;
    /** Nodes of {@link #testPreferences()}, removed after each test. */
    private final List<Preferences> testNodes = new ArrayList<>();

    /** The service of the view model made last. */
    private AtlasService lastService;

    private MainViewModel create(TaskRunner runner) {
        lastService = new AtlasService(new DatasetLoader(), DataInput::shipped);
        var real = AtlasApp.layouter(lastService);
        Layouter counting = (criteria, kind, w, h) -> {
            layouts.merge(kind, 1, Integer::sum);
            return real.layout(criteria, kind, w, h);
        };
        var vm = new MainViewModel(lastService, runner, counting, 2025);
        vm.loadProblems().subscribe(problems::add);
        vm.focusRequests().subscribe(focused::add);
        return vm;
    }

    private MainViewModel started() {
        var vm = create(new SameThreadTaskRunner());
        vm.start(Optional.empty());
        return vm;
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        if (prefsNode != null) {
            prefsNode.removeNode();
        }
        for (var node : testNodes) {
            node.removeNode();
        }
    }

    private static boolean hasMembership(Frame f, String state, String organisation) {
        return f.view().membershipTies().stream().anyMatch(t -> t.membership().stateId().equals(state)
                && t.organisation().id().equals(organisation));
    }

    @Test
    void startShowsTheShippedDataLaidOut() {
        var vm = started();
        var f = vm.frame();
        assertNotNull(f);
        assertEquals("Shipped data", vm.datasetNameProperty().get());
        assertEquals(2025, f.year());
        assertTrue(f.view().vertices().size() > 100, "states and organisations drawn: " + f.view().vertices().size());
        f.view().vertices().forEach(a -> assertTrue(f.positions().of(a.id()).isPresent(), a.id() + " placed"));
        assertEquals(f.view().states().size(), vm.visibleStatesProperty().get());
        assertEquals(f.view().organisations().size(), vm.visibleOrganisationsProperty().get());
        assertEquals(f.view().ties().size(), vm.visibleTiesProperty().get());
        assertTrue(problems.isEmpty(), "the shipped data loads without problems");
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void swedenJoinsNatoIn2024() {
        var vm = started();
        vm.filters().setYear(2023);
        assertFalse(hasMembership(vm.frame(), "SWE", "nato"));
        vm.filters().setYear(2024);
        assertTrue(hasMembership(vm.frame(), "SWE", "nato"));
    }

    @Test
    void untickingNatoRemovesItAndItsTiesAndTickingBackRestoresThePositions() {
        var vm = started();
        var before = vm.frame();
        var nato = before.positions().of("nato").orElseThrow();
        var greece = before.positions().of("GRC").orElseThrow();

        vm.filters().setOrganisationSelected("nato", false);
        var without = vm.frame();
        assertFalse(without.view().vertices().stream().anyMatch(a -> a.id().equals("nato")));
        assertFalse(without.view().membershipTies().stream().anyMatch(t -> t.organisation().id().equals("nato")));

        vm.filters().setOrganisationSelected("nato", true);
        var back = vm.frame();
        assertEquals(nato, back.positions().of("nato").orElseThrow());
        assertEquals(greece, back.positions().of("GRC").orElseThrow());
        assertEquals(before.view().ties(), back.view().ties());
    }

    @Test
    void untickingEuropeHidesEveryEuropeanState() {
        var vm = started();
        assertTrue(vm.frame().view().states().stream().anyMatch(s -> s.region() == Region.EUROPE));
        vm.filters().setRegionSelected(Region.EUROPE, false);
        var states = vm.frame().view().states();
        assertFalse(states.isEmpty());
        assertTrue(states.stream().noneMatch(s -> s.region() == Region.EUROPE));
    }

    @Test
    void untickingArmsTransfersHidesThoseClauses() {
        var vm = started();
        assertTrue(clauseTypes(vm).contains(TieType.ARMS_TRANSFER));
        vm.filters().tieTypes().stream().filter(i -> i.value() == TieType.ARMS_TRANSFER).findFirst().orElseThrow()
                .setSelected(false);
        assertFalse(clauseTypes(vm).contains(TieType.ARMS_TRANSFER));
    }

    private static List<TieType> clauseTypes(MainViewModel vm) {
        return vm.frame().view().clauseTies().stream().map(t -> t.clause().type()).distinct().toList();
    }

    @Test
    void aMalformedFileKeepsThePreviousDataAndReportsWithLineAndColumn() {
        var vm = started();
        var before = vm.frame();
        vm.open(UiFixtures.malformedFile());
        assertSame(before, vm.frame(), "the frame on screen is untouched");
        assertEquals(DatasetChoice.shippedData(), vm.datasetProperty().get());
        assertEquals("Shipped data", vm.datasetNameProperty().get());
        assertEquals(1, problems.size());
        var p = problems.get(0);
        assertEquals(Outcome.PREVIOUS_KEPT, p.outcome());
        assertTrue(p.reportText().contains("malformed.json:3:"), p.reportText());
        assertTrue(p.summary().contains("previous data is still shown"), p.summary());
        // and the filters still work on the old data
        vm.filters().setYear(2024);
        assertTrue(hasMembership(vm.frame(), "SWE", "nato"));
    }

    @Test
    void rememberedDataWithErrorsFallsBackToTheShippedData() {
        var vm = create(new SameThreadTaskRunner());
        vm.start(Optional.of(DatasetChoice.only(UiFixtures.malformedFile())));
        assertEquals(DatasetChoice.shippedData(), vm.datasetProperty().get());
        assertNotNull(vm.frame());
        assertEquals(1, problems.size());
        assertEquals(Outcome.SHIPPED_INSTEAD, problems.get(0).outcome());
    }

    @Test
    void addingAFileKeepsTheShippedDataAndShowsTheNewClause() {
        var vm = started();
        vm.add(UiFixtures.resource("ui/extra-clause.json"));
        assertTrue(problems.isEmpty(), () -> problems.get(0).reportText());
        assertEquals("Shipped data + extra-clause.json", vm.datasetNameProperty().get());
        assertTrue(vm.frame().view().clauseTies().stream()
                .anyMatch(t -> t.clause().id().equals("test-isl-fin-2020")));
        assertTrue(hasMembership(vm.frame(), "GRC", "nato"));
    }

    @Test
    void warningsAreAnnouncedButTheDataLoads() {
        var vm = started();
        vm.add(UiFixtures.resource("ui/extra-with-warning.json"));
        assertEquals(1, problems.size());
        assertEquals(Outcome.LOADED_WITH_WARNINGS, problems.get(0).outcome());
        assertFalse(problems.get(0).failed());
        assertTrue(vm.datasetNameProperty().get().endsWith("extra-with-warning.json"));
    }

    @Test
    void aLateLayoutResultIsDropped() {
        var runner = new ManualTaskRunner();
        var vm = create(runner);
        vm.start(Optional.empty());
        runner.runAll();
        onlyRegions(vm, Region.EUROPE);
        onlyRegions(vm, Region.ASIA);
        assertEquals(2, runner.pending());
        runner.runTask(1); // the Asia layout finishes first
        assertEquals(Set.of(Region.ASIA), regionsOf(vm.frame()));
        runner.runTask(0); // then the stale Europe one
        assertEquals(Set.of(Region.ASIA), regionsOf(vm.frame()));
    }

    private static void onlyRegions(MainViewModel vm, Region... regions) {
        vm.filters().apply(vm.filters().criteria().withRegions(List.of(regions)));
    }

    private static Set<Region> regionsOf(Frame f) {
        var regions = new HashSet<Region>();
        f.view().states().forEach(st -> regions.add(st.region()));
        return regions;
    }

    @Test
    void aYearChangeNeedsNoLayoutAndMovesNothing() {
        var vm = started();
        var before = vm.frame();
        int calls = layouts.get(LayoutKind.GEOGRAPHIC);
        vm.filters().setYear(1985);
        assertEquals(calls, layouts.get(LayoutKind.GEOGRAPHIC), "one layout serves every year");
        assertTrue(vm.frame().sameLayout());
        assertEquals(1985, vm.frame().year());
        assertSame(before.positions(), vm.frame().positions());
    }

    @Test
    void theSameFiltersGiveTheSamePictureWhateverTheClicks() {
        var direct = started();
        onlyRegions(direct, Region.EUROPE);
        var europeDirectly = direct.frame().positions();
        var roundabout = started();
        roundabout.filters().setYear(1985);
        onlyRegions(roundabout, Region.EUROPE, Region.ASIA);
        onlyRegions(roundabout, Region.EUROPE);
        roundabout.filters().setYear(2025);
        assertFalse(roundabout.frame().positions().asMap().isEmpty());
        assertEquals(europeDirectly.asMap(), roundabout.frame().positions().asMap());
        assertEquals(direct.frame().view().vertices(), roundabout.frame().view().vertices());
    }

    @Test
    void aNewCanvasSizeOrReLayoutLaysOutAfresh() {
        var vm = started();
        int calls = layouts.get(LayoutKind.GEOGRAPHIC);
        vm.setCanvasSize(1200, 800);
        assertEquals(calls + 1, layouts.get(LayoutKind.GEOGRAPHIC));
        assertFalse(vm.frame().sameLayout());
        vm.setCanvasSize(1200, 800);
        assertEquals(calls + 1, layouts.get(LayoutKind.GEOGRAPHIC), "the same size: nothing to do");
        vm.relayout();
        assertEquals(calls + 2, layouts.get(LayoutKind.GEOGRAPHIC));
    }

    @Test
    void changingTheLayoutUsesThatLayout() {
        var vm = started();
        int geographicCalls = layouts.get(LayoutKind.GEOGRAPHIC);
        vm.layoutKindProperty().set(LayoutKind.FORCE);
        assertEquals(LayoutKind.FORCE, vm.frame().layout());
        assertEquals(1, layouts.get(LayoutKind.FORCE));
        assertEquals(geographicCalls, layouts.get(LayoutKind.GEOGRAPHIC));
        assertSame(vm.frame().positions(), vm.positions());
    }

    @Test
    void choosingAVisibleSearchHitSelectsAndCentresIt() {
        var vm = started();
        vm.search().queryProperty().set("Greece");
        assertTrue(vm.search().chooseBest());
        assertEquals(List.of("GRC"), focused.stream().map(Actor::id).toList());
        assertEquals("Greece (GRC)", vm.details().details().title());
    }

    @Test
    void choosingAHiddenActorExplainsWhyItIsNotCentred() {
        var vm = started();
        vm.filters().setRegionSelected(Region.EUROPE, false);
        vm.search().queryProperty().set("Greece");
        vm.search().chooseBest();
        assertTrue(focused.isEmpty());
        assertEquals("Greece is not drawn in 2025 with the current filters.", vm.messageProperty().get());
        assertEquals("Greece (GRC)", vm.details().details().title());
    }

    @Test
    void choosingTheAachenTreatySelectsAndCentresItsTie() {
        var vm = started();
        var ties = new ArrayList<org.allianceatlas.graph.Tie>();
        vm.tieFocusRequests().subscribe(ties::add);
        vm.search().queryProperty().set("Aachen");
        assertTrue(vm.search().chooseBest());
        assertEquals(1, ties.size());
        var tie = (ClauseTie) ties.get(0);
        assertEquals("aachen-2019", tie.clause().id());
        assertTrue(vm.frame().view().ties().contains(tie), "a tie of the view on screen");
        assertEquals(tie.clause().name(), vm.details().details().title());
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void choosingATreatyNotInForceInTheYearShowsItAndSaysWhy() {
        var vm = started();
        var ties = new ArrayList<org.allianceatlas.graph.Tie>();
        vm.tieFocusRequests().subscribe(ties::add);
        vm.filters().setYear(2010);
        vm.search().queryProperty().set("aachen-2019");
        vm.search().chooseBest();
        assertTrue(ties.isEmpty(), "nothing to centre on");
        assertEquals("Treaty of Aachen (Franco-German cooperation and integration)",
                vm.details().details().title(), "its details are shown all the same");
        assertEquals("Treaty of Aachen (Franco-German cooperation and integration) is not in force in 2010 "
                + "(since 2019).", vm.messageProperty().get());
    }

    @Test
    void choosingATreatyTheFiltersLeaveOutSaysSo() {
        var vm = started();
        vm.filters().setRegionSelected(Region.EUROPE, false);
        vm.search().queryProperty().set("aachen-2019");
        vm.search().chooseBest();
        assertEquals("Treaty of Aachen (Franco-German cooperation and integration) is not drawn in 2025 with the "
                + "current filters.", vm.messageProperty().get());
    }

    @Test
    void theSearchBoxLetsGoOfGreeceWhenFranceIsSelectedOnTheCanvas() {
        var vm = started();
        var greece = UiFixtures.shipped().actor("GRC").orElseThrow();
        vm.search().queryProperty().set("Greece");
        vm.search().chooseBest();
        vm.select(greece); // the canvas echoes the search's choice
        assertEquals("Greece (GRC)", vm.search().queryProperty().get());
        vm.select(UiFixtures.shipped().actor("FRA").orElseThrow());
        assertEquals("", vm.search().queryProperty().get());
        assertEquals("France (FRA)", vm.details().details().title());
    }

    @Test
    void theDetailsFollowTheYear() {
        var vm = started();
        var sweden = (State) UiFixtures.shipped().actor("SWE").orElseThrow();
        vm.select(sweden);
        vm.filters().setYear(2023);
        assertFalse(vm.details().details().plainText().contains("North Atlantic Treaty Organization"));
        vm.filters().setYear(2024);
        assertTrue(vm.details().details().plainText().contains("North Atlantic Treaty Organization"));
    }

    @Test
    void selectingATieShowsItAndNullClearsIt() {
        var vm = started();
        var tie = vm.frame().view().clauseTies().stream().findFirst().map(ClauseTie.class::cast).orElseThrow();
        vm.select(tie);
        assertEquals(tie.clause().name(), vm.details().details().title());
        vm.select(null);
        assertEquals("Nothing selected", vm.details().details().title());
        var membership = vm.frame().view().membershipTies().stream().findFirst().map(MembershipTie.class::cast)
                .orElseThrow();
        vm.select(membership);
        assertEquals("Membership", vm.details().details().subtitle());
    }

    @Test
    void preferencesCarryTheSessionOver() {
        prefsNode = Preferences.userRoot().node("/org/allianceatlas/test/" + UUID.randomUUID());
        var prefs = new AtlasPreferences(prefsNode);
        var vm = started();
        vm.filters().setYear(1990);
        vm.filters().setOrganisationSelected("warsaw-pact", false);
        vm.themeProperty().set(Theme.DARK);
        vm.layoutKindProperty().set(LayoutKind.CIRCULAR);
        vm.labelsVisibleProperty().set(false);
        vm.save(prefs);

        var next = create(new SameThreadTaskRunner());
        next.restore(prefs);
        next.start(prefs.dataset());
        assertEquals(vm.filters().criteria(), next.filters().criteria());
        assertEquals(Theme.DARK, next.themeProperty().get());
        assertEquals(LayoutKind.CIRCULAR, next.frame().layout());
        assertFalse(next.labelsVisibleProperty().get());
        assertFalse(next.frame().view().vertices().stream().anyMatch(a -> a.id().equals("warsaw-pact")));
    }

    @Test
    void nothingIsShownBeforeTheFirstLoad() {
        var runner = new ManualTaskRunner();
        var vm = create(runner);
        vm.start(Optional.empty());
        assertNull(vm.frame());
        assertTrue(vm.loadingProperty().get());
        assertTrue(runner.progress().isBusy());
        runner.runAll();
        assertFalse(vm.loadingProperty().get());
        assertFalse(runner.progress().isBusy());
        assertNotEquals(0, vm.visibleTiesProperty().get());
    }

    // --- a research import is remembered between sessions ---------------------------------------------------------

    /** ATOP 3180 (our NATO) with three founders only. */
    private static Path atopFile(Path dir) throws IOException {
        return Files.writeString(dir.resolve("atop5_1m.csv"), "atopid,member,yrent,moent,dayent,yrexit,moexit,"
                + "dayexit,phase,bilat,defense,offense,neutral,nonagg,consul\n"
                + "3180,2,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,200,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,220,1949,4,4,0,0,0,1,0,1,0,0,0,1\n");
    }

    private AtlasPreferences testPreferences() {
        var node = Preferences.userRoot().node("/org/allianceatlas/test/" + UUID.randomUUID());
        testNodes.add(node);
        return new AtlasPreferences(node);
    }

    private static List<String> natoMembers(AtlasService service) {
        return service.dataset().membershipsOfOrganisation("nato").stream().map(Membership::stateId).distinct()
                .sorted().toList();
    }

    @Test
    void theNextStartMakesTheLastSessionsImportAgainWithTheSameChoices(@TempDir Path dir) throws IOException {
        var atop = atopFile(dir);
        var prefs = testPreferences();
        var vm = create(new SameThreadTaskRunner());
        vm.start(Optional.empty());
        vm.research().importFiles(ResearchDataset.ATOP, List.of(atop), Precedence.IMPORTED);
        assertEquals(List.of("FRA", "GBR", "USA"), natoMembers(lastService), "the import won for NATO");
        vm.save(prefs);
        assertEquals(Optional.of(new ImportChoice(ResearchDataset.ATOP, List.of(atop.toAbsolutePath()),
                Precedence.IMPORTED)), prefs.researchImport());

        var runner = new ManualTaskRunner();
        var next = create(runner);
        next.restore(prefs);
        next.start(prefs.dataset(), prefs.researchImport());
        assertNull(next.frame(), "the import runs off the UI thread");
        assertTrue(runner.progress().isBusy(), "with progress, like a load");
        assertTrue(next.loadingProperty().get());
        runner.runAll();
        assertFalse(next.loadingProperty().get());
        assertEquals(List.of("FRA", "GBR", "USA"), natoMembers(lastService), "the import won again");
        assertTrue(next.datasetNameProperty().get().contains("atop5_1m.csv"), next.datasetNameProperty().get());
        assertEquals(2, problems.size(), "the NATO conflict, reported at the import and again at the start");
        assertEquals(problems.get(0).reportText(), problems.get(1).reportText());
        assertTrue(problems.stream().noneMatch(LoadProblems::failed));

        var again = testPreferences();
        next.save(again);
        assertEquals(prefs.researchImport(), again.researchImport(), "still remembered");
    }

    @Test
    void anImportShownAloneIsShownAloneAgainAtTheNextStart(@TempDir Path dir) throws IOException {
        var atop = atopFile(dir);
        var prefs = testPreferences();
        var vm = create(new SameThreadTaskRunner());
        vm.start(Optional.empty());
        vm.research().importFiles(new ImportChoice(ResearchDataset.ATOP, List.of(atop), Precedence.IMPORTED, true));
        assertTrue(lastService.dataset().organisation("nb8").isEmpty(), "no shipped data");
        vm.save(prefs);
        assertTrue(prefs.researchImport().orElseThrow().alone());

        var next = create(new SameThreadTaskRunner());
        next.start(prefs.dataset(), prefs.researchImport());
        assertEquals(List.of("FRA", "GBR", "USA"), natoMembers(lastService));
        assertTrue(lastService.dataset().organisation("nb8").isEmpty(), "still alone");
        assertEquals("atop5_1m.csv", next.datasetNameProperty().get());
    }

    @Test
    void aRememberedImportWhoseFileIsGoneIsReportedAndStaysRemembered(@TempDir Path dir) throws IOException {
        var gone = dir.resolve("atop5_1m.csv");
        var prefs = testPreferences();
        prefs.setDataset(DatasetChoice.shippedData());
        var choice = new ImportChoice(ResearchDataset.ATOP, List.of(gone), Precedence.BASE);
        prefs.setResearchImport(choice);

        var vm = create(new SameThreadTaskRunner());
        vm.start(prefs.dataset(), prefs.researchImport());

        assertNotNull(vm.frame(), "the shipped data is shown");
        assertEquals(DatasetChoice.shippedData(), vm.datasetProperty().get());
        assertTrue(natoMembers(lastService).size() > 30, "the shipped NATO, not the import's");
        assertEquals(1, problems.size());
        var p = problems.get(0);
        assertEquals(Outcome.SHIPPED_INSTEAD, p.outcome());
        assertTrue(p.reportText().contains("no longer there"), p.reportText());
        assertTrue(p.reportText().contains("stays remembered"), p.reportText());

        var after = testPreferences();
        vm.save(after);
        assertEquals(Optional.of(choice.files().get(0).toAbsolutePath()),
                after.researchImport().map(c -> c.files().get(0)), "not forgotten silently");

        vm.load(DatasetChoice.shippedData());
        vm.save(after);
        assertTrue(after.researchImport().isEmpty(), "other data chosen: the import is forgotten");
    }

    @Test
    void aRememberedImportThatNowFailsIsReportedAndTheDataWithoutItIsShown(@TempDir Path dir) throws IOException {
        var broken = Files.writeString(dir.resolve("atop.csv"), "atopid,member\n3180,not-a-number\n");
        var vm = create(new SameThreadTaskRunner());
        vm.start(Optional.of(DatasetChoice.shippedData()),
                Optional.of(new ImportChoice(ResearchDataset.ATOP, List.of(broken), Precedence.IMPORTED)));
        assertNotNull(vm.frame());
        assertEquals("Shipped data", vm.datasetNameProperty().get());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).report().errors().size() >= 1, problems.get(0).reportText());
    }

    @Test
    void anImportMadeWithoutItsBadRowsIsMadeSoAgainAtTheNextStart(@TempDir Path dir) throws IOException {
        var atop = Files.writeString(dir.resolve("atop5_1m.csv"), "atopid,member,yrent,moent,dayent,yrexit,moexit,"
                + "dayexit,phase,bilat,defense,offense,neutral,nonagg,consul\n"
                + "3180,2,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,200,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,999,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,220,1949,4,4,0,0,0,1,0,1,0,0,0,1\n");
        var vm = create(new SameThreadTaskRunner());
        vm.start(Optional.empty());
        var offers = new ArrayList<ResearchImportViewModel.SkipOffer>();
        vm.research().skipOffers().subscribe(offers::add);
        vm.research().importFiles(ResearchDataset.ATOP, List.of(atop), Precedence.IMPORTED);
        assertEquals(1, offers.size());
        problems.clear();
        vm.research().importFiles(offers.get(0).withoutBadRows());
        assertEquals(List.of("FRA", "GBR", "USA"), natoMembers(lastService));
        assertEquals(1, problems.size(), "the rows left out are shown");
        assertFalse(problems.get(0).failed());
        assertTrue(problems.get(0).reportText().contains(":4:6: warning: unknown COW state code 999"),
                problems.get(0).reportText());
        var prefs = testPreferences();
        vm.save(prefs);

        problems.clear();
        var next = create(new SameThreadTaskRunner());
        next.start(prefs.dataset(), prefs.researchImport());
        assertEquals(List.of("FRA", "GBR", "USA"), natoMembers(lastService), "made again without the row");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reportText().contains(":4:6: warning: unknown COW state code 999"),
                "and the row is reported again: " + problems.get(0).reportText());
    }

    @Test
    void aRememberedImportThatNowHasBadRowsSaysHowToLeaveThemOut(@TempDir Path dir) throws IOException {
        var atop = Files.writeString(dir.resolve("atop5_1m.csv"), "atopid,member,yrent,moent,dayent,yrexit,moexit,"
                + "dayexit,phase,bilat,defense,offense,neutral,nonagg,consul\n"
                + "3180,2,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,999,1949,4,4,0,0,0,1,0,1,0,0,0,1\n");
        var vm = create(new SameThreadTaskRunner());
        vm.start(Optional.of(DatasetChoice.shippedData()),
                Optional.of(new ImportChoice(ResearchDataset.ATOP, List.of(atop), Precedence.IMPORTED)));
        assertEquals("Shipped data", vm.datasetNameProperty().get());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reportText().contains("to be offered the import without those rows"),
                problems.get(0).reportText());
    }
}

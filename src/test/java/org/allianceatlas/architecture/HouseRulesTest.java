package org.allianceatlas.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.allianceatlas.architecture.fixture.analysis.AnalysisUsesLayout;
import org.allianceatlas.architecture.fixture.cli.CliRunsALoader;
import org.allianceatlas.architecture.fixture.cli.CliUsesJGraphTIo;
import org.allianceatlas.architecture.fixture.export.ExportPrints;
import org.allianceatlas.architecture.fixture.export.ExportUsesJavaFx;
import org.allianceatlas.architecture.fixture.export.render.RenderUsesAwt;
import org.allianceatlas.architecture.fixture.export.style.StyleUsesAwt;
import org.allianceatlas.architecture.fixture.graph.GraphUsesIo;
import org.allianceatlas.architecture.fixture.io.IoDocument;
import org.allianceatlas.architecture.fixture.io.IoUsesJGraphT;
import org.allianceatlas.architecture.fixture.layout.LayoutUsesJts;
import org.allianceatlas.architecture.fixture.map.MapUsesAwt;
import org.allianceatlas.architecture.fixture.model.ModelUsesJGraphT;
import org.allianceatlas.architecture.fixture.service.ServiceUsesJackson;
import org.allianceatlas.architecture.fixture.service.ServiceUsesPicocli;
import org.allianceatlas.architecture.fixture.service.ServiceUsesPoi;
import org.allianceatlas.architecture.fixture.ui.canvas.CanvasUsesService;
import org.allianceatlas.architecture.fixture.ui.canvas.CanvasUsesShared;
import org.allianceatlas.architecture.fixture.ui.canvas.CanvasUsesTime;
import org.allianceatlas.architecture.fixture.ui.details.DetailsUsesSmartGraph;
import org.allianceatlas.architecture.fixture.ui.details.DetailsView;
import org.allianceatlas.architecture.fixture.ui.export.ExportUsesCanvas;
import org.allianceatlas.architecture.fixture.ui.export.PreviewView;
import org.allianceatlas.architecture.fixture.ui.filter.ControlsViewModel;
import org.allianceatlas.architecture.fixture.ui.filter.FilterViewModel;
import org.allianceatlas.architecture.fixture.ui.prefs.PrefsUseJavaFx;
import org.allianceatlas.architecture.fixture.ui.search.SearchUsesShell;
import org.allianceatlas.architecture.fixture.ui.shared.SharedUsesTask;
import org.allianceatlas.architecture.fixture.ui.task.TaskUsesControls;
import org.allianceatlas.architecture.fixture.ui.time.TimeUsesAnalysis;
import org.allianceatlas.architecture.fixture.ui.time.TimeUsesCanvas;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each rule of {@link HouseRules} fails on a violation: the rules are stated for the fixture packages
 * ({@code org.allianceatlas.architecture.fixture}, named like the application's) and checked on the one class that
 * breaks the rule; the failure must name that class, so a rule that fails for another reason (no class matched, a
 * typo in a package) does not pass here.
 */
class HouseRulesTest {

    private static final String FIXTURE = "org.allianceatlas.architecture.fixture";

    /** Rule → the class that breaks it (its dependencies are found without importing them). */
    private static final Map<String, Class<?>> VIOLATIONS = new TreeMap<>(Map.ofEntries(
            Map.entry("layersDependDownwardsOnly", GraphUsesIo.class),
            Map.entry("packagesAreFreeOfCycles", CanvasUsesTime.class),
            Map.entry("modelUsesTheJavaPlatformOnly", ModelUsesJGraphT.class),
            Map.entry("graphUsesTheModelAndJGraphTCoreOnly", GraphUsesIo.class),
            Map.entry("analysisUsesTheGraphAndJGraphTCoreOnly", AnalysisUsesLayout.class),
            Map.entry("layoutUsesTheGraphAndJGraphTCoreOnly", LayoutUsesJts.class),
            Map.entry("mapUsesTheModelLayoutAndJtsOnly", MapUsesAwt.class),
            Map.entry("styleIsToolkitNeutral", StyleUsesAwt.class),
            Map.entry("renderModelKnowsNoToolkitAndNoFileFormat", RenderUsesAwt.class),
            Map.entry("ioReadsAndWritesTheModelOnly", IoUsesJGraphT.class),
            Map.entry("javaFxAndSmartGraphOnlyInUi", ExportUsesJavaFx.class),
            Map.entry("smartGraphOnlyInTheCanvas", DetailsUsesSmartGraph.class),
            Map.entry("jacksonOnlyInIo", ServiceUsesJackson.class),
            Map.entry("jgraphtIoOnlyInExport", CliUsesJGraphTIo.class),
            Map.entry("jtsOnlyInMap", LayoutUsesJts.class),
            Map.entry("officeAndVideoLibrariesOnlyInExport", ServiceUsesPoi.class),
            Map.entry("picocliOnlyInCli", ServiceUsesPicocli.class),
            Map.entry("onlyTheCliPrintsToTheConsole", ExportPrints.class),
            Map.entry("cliGoesThroughTheService", CliRunsALoader.class),
            Map.entry("viewsDependOnViewModelsNotOnTheService", DetailsView.class),
            Map.entry("viewsRunNoCoreWorker", PreviewView.class),
            Map.entry("viewModelsKnowNoViews", FilterViewModel.class),
            Map.entry("viewModelsNeedNoControls", ControlsViewModel.class),
            Map.entry("panelsDoNotImportTheMainWindow", SearchUsesShell.class),
            Map.entry("onlyTheShellAndTheAnalysisPanelDriveTheCanvas", ExportUsesCanvas.class),
            Map.entry("canvasUsesNoOtherUiPackage", CanvasUsesShared.class),
            Map.entry("canvasReadsNoFiles", CanvasUsesService.class),
            Map.entry("timeDoesNotUseTheAnalysisPanels", TimeUsesAnalysis.class),
            Map.entry("sharedUiPiecesUseNoOtherUiPackage", SharedUsesTask.class),
            Map.entry("taskRunnerDrawsNothing", TaskUsesControls.class),
            Map.entry("preferencesAreValuesWithoutJavaFx", PrefsUseJavaFx.class)));

    @Test
    void everyRuleHasAViolationHere() {
        assertEquals(HouseRules.all(new HouseRules(FIXTURE)).keySet(), VIOLATIONS.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFailsOnItsViolation() {
        var rules = HouseRules.all(new HouseRules(FIXTURE));
        return VIOLATIONS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            var rule = rules.get(e.getKey());
            var violator = e.getValue();
            var classes = new ClassFileImporter().importClasses(classesOf(violator));
            var failure = assertThrows(AssertionError.class, () -> rule.check(classes));
            assertTrue(failure.getMessage().contains(violator.getName()), failure.getMessage());
        }));
    }

    /** The old rule compared top-level packages only: ui.canvas ↔ ui.time was one slice, "ui", and passed. */
    @Test
    void subPackageCyclesAreCaughtThatTopLevelSlicesMiss() {
        var cycle = new ClassFileImporter().importClasses(CanvasUsesTime.class, TimeUsesCanvas.class);
        slices().matching(FIXTURE + ".(*)..").should().beFreeOfCycles().check(cycle);
        assertThrows(AssertionError.class, () -> new HouseRules(FIXTURE).packagesAreFreeOfCycles().check(cycle));
    }

    /** The violating class, and where a rule looks at both ends of a dependency (layers, cycles) the other end. */
    private static Class<?>[] classesOf(Class<?> violator) {
        var partner = Map.<Class<?>, Class<?>>of(CanvasUsesTime.class, TimeUsesCanvas.class, GraphUsesIo.class,
                IoDocument.class).get(violator);
        return partner == null ? new Class<?>[] {violator} : new Class<?>[] {violator, partner};
    }
}

package org.allianceatlas.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of the house (docs/architecture.md and every {@code package-info.java}) as ArchUnit rules, each with its
 * reason. They are written against a base package so that {@link ArchitectureTest} checks them on the application
 * ({@code org.allianceatlas}) and {@link HouseRulesTest} shows that each one fails on a tiny set of classes that break
 * it ({@code org.allianceatlas.architecture.fixture}, laid out like the application).
 *
 * <p>An exception to a rule is a written decision in docs/decisions/, never a quiet edit here.
 */
final class HouseRules {

    /** The names the house gives its workers (STYLE.md, "Names say what things are"). */
    private static final String[] WORKER_SUFFIXES = {"Loader", "Reader", "Writer", "Validator", "Importer", "Merger",
        "Exporter", "Renderer", "Builder", "Calculator", "Finder", "Comparison", "Layout", "LayoutFactory",
        "Placer"};

    private final String base;

    HouseRules(String base) {
        this.base = base;
    }

    /** Every rule by its name (the method that states it), in name order. */
    static Map<String, ArchRule> all(HouseRules rules) {
        var all = new TreeMap<String, ArchRule>();
        for (Method m : HouseRules.class.getDeclaredMethods()) {
            if (m.getReturnType() == ArchRule.class && m.getParameterCount() == 0) {
                try {
                    all.put(m.getName(), (ArchRule) m.invoke(rules));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(m.getName(), e);
                }
            }
        }
        return all;
    }

    private String pkg(String relative) {
        return base + "." + relative;
    }

    /** The layers of docs/architecture.md; the launcher (the jar's main class, in the base package) on top. */
    ArchRule layersDependDownwardsOnly() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("model").definedBy(pkg("model.."))
                .layer("io").definedBy(pkg("io.."))
                .layer("graph").definedBy(pkg("graph.."))
                .layer("analysis").definedBy(pkg("analysis.."))
                .layer("layout").definedBy(pkg("layout.."))
                .layer("map").definedBy(pkg("map.."))
                .layer("export").definedBy(pkg("export.."))
                .layer("project").definedBy(pkg("project.."))
                .layer("service").definedBy(pkg("service.."))
                .layer("cli").definedBy(pkg("cli.."))
                .layer("ui").definedBy(pkg("ui.."))
                .layer("launcher").definedBy(base)
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("service").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("project").mayOnlyBeAccessedByLayers("service", "cli", "ui")
                .whereLayer("export").mayOnlyBeAccessedByLayers("project", "service", "cli", "ui")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("export", "project", "service", "cli", "ui")
                .whereLayer("map").mayOnlyBeAccessedByLayers("export", "project", "service", "cli", "ui")
                .whereLayer("layout").mayOnlyBeAccessedByLayers("map", "export", "project", "service", "cli", "ui")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("analysis", "layout", "map", "export", "project",
                        "service", "cli", "ui")
                .whereLayer("io").mayOnlyBeAccessedByLayers("export", "project", "service", "cli", "ui")
                .because("dependencies point down model ← io ← graph ← analysis, layout ← map ← export ← project ← "
                        + "service ← cli, ui ← launcher, so the core runs and is tested without a display; graph, "
                        + "analysis, layout and map work on the model and never read or write files (io); a saved "
                        + "view (project) names layouts and picture options, so it sits above export; the launcher "
                        + "starts the CLI or, by reflection, the app");
    }

    /** Cycles among every package, sub-packages included (ui.canvas ↔ ui.time is a cycle, not one package). */
    ArchRule packagesAreFreeOfCycles() {
        return slices().matching(base + ".(**)").should().beFreeOfCycles()
                .because("each package must be understandable and testable on its own, sub-packages included");
    }

    ArchRule modelUsesTheJavaPlatformOnly() {
        return classes().that().resideInAPackage(pkg("model.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", pkg("model.."))
                .because("the model is plain immutable records that every layer and every tool can use "
                        + "(model/package-info.java)");
    }

    ArchRule graphUsesTheModelAndJGraphTCoreOnly() {
        return classes().that().resideInAPackage(pkg("graph.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", pkg("model.."), pkg("graph.."),
                        "org.jgrapht", "org.jgrapht.graph..", "org.jgrapht.alg..", "org.jgrapht.util..")
                .because("the graph is the model as JGraphT vertices and edges, and filtered views of it "
                        + "(graph/package-info.java)");
    }

    ArchRule analysisUsesTheGraphAndJGraphTCoreOnly() {
        return classes().that().resideInAPackage(pkg("analysis.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", pkg("model.."), pkg("graph.."),
                        pkg("analysis.."), "org.jgrapht", "org.jgrapht.graph..", "org.jgrapht.alg..",
                        "org.jgrapht.util..")
                .because("an analysis is a JGraphT algorithm on a view with a record as its result "
                        + "(analysis/package-info.java)");
    }

    ArchRule layoutUsesTheGraphAndJGraphTCoreOnly() {
        return classes().that().resideInAPackage(pkg("layout.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", pkg("model.."), pkg("graph.."),
                        pkg("layout.."), "org.jgrapht", "org.jgrapht.graph..", "org.jgrapht.alg..",
                        "org.jgrapht.util..")
                .because("layouts are headless positions computed from a view (layout/package-info.java)");
    }

    ArchRule mapUsesTheModelLayoutAndJtsOnly() {
        return classes().that().resideInAPackage(pkg("map.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..", "java.io..",
                        "java.nio..", "java.net..", "java.time..", pkg("model.."), pkg("layout.."), pkg("map.."),
                        "org.locationtech.jts..")
                .because("the map is headless data in layout units; colours and drawing (AWT) belong to the "
                        + "exporters (map/package-info.java)");
    }

    ArchRule styleIsToolkitNeutral() {
        return classes().that().resideInAPackage(pkg("export.style.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..",
                        pkg("model.."), pkg("export.style.."))
                .because("the one definition of how things look serves the screen (JavaFX) and the exporters "
                        + "(Java2D, SVG) alike: java.* and the model only (export/style/package-info.java)");
    }

    ArchRule renderModelKnowsNoToolkitAndNoFileFormat() {
        return classes().that().resideInAPackage(pkg("export.render.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.util..",
                        pkg("model.."), pkg("graph.."), pkg("layout.."), pkg("map.."), pkg("export.style.."),
                        pkg("export.render.."))
                .because("the render model is toolkit-neutral drawables that the SVG writer and the Java2D "
                        + "renderer draw without knowing the graph (export/render/package-info.java)");
    }

    ArchRule ioReadsAndWritesTheModelOnly() {
        return noClasses().that().resideInAPackage(pkg("io.."))
                .should().dependOnClassesThat().resideInAnyPackage("org.jgrapht..", "javafx..")
                .because("io maps files to the model and back; graphs and screens are above it "
                        + "(io/package-info.java)");
    }

    ArchRule javaFxAndSmartGraphOnlyInUi() {
        return noClasses().that().resideOutsideOfPackage(pkg("ui.."))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.brunomnsilva.smartgraph..",
                        "atlantafx..", "org.controlsfx..")
                .because("the core, the CLI and the exporters must run on a machine with no display");
    }

    ArchRule smartGraphOnlyInTheCanvas() {
        return noClasses().that().resideOutsideOfPackage(pkg("ui.canvas.."))
                .should().dependOnClassesThat().resideInAPackage("com.brunomnsilva.smartgraph..")
                .because("the canvas is the SmartGraph adapter; every other view drives it through GraphCanvas "
                        + "(ui/canvas/package-info.java, ADR 0009)");
    }

    ArchRule jacksonOnlyInIo() {
        return noClasses().that().resideOutsideOfPackage(pkg("io.."))
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("JSON is a file format concern; the rest of the code sees model records");
    }

    ArchRule jgraphtIoOnlyInExport() {
        return noClasses().that().resideOutsideOfPackage(pkg("export.."))
                .should().dependOnClassesThat().resideInAPackage("org.jgrapht.nio..")
                .because("graph file formats are export concerns");
    }

    ArchRule jtsOnlyInMap() {
        return noClasses().that().resideOutsideOfPackage(pkg("map.."))
                .should().dependOnClassesThat().resideInAPackage("org.locationtech.jts..")
                .because("geometry (unions, cuts, point-in-polygon) is the map's business; the rest of the code "
                        + "sees shapes as plain coordinate arrays in layout units");
    }

    ArchRule officeAndVideoLibrariesOnlyInExport() {
        return noClasses().that().resideOutsideOfPackage(pkg("export.."))
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.jcodec..",
                        "org.apache.pdfbox..", "org.apache.fontbox..", "com.pngencoder..")
                .because("slide decks (POI), video (JCodec), PDF and PNG encoding are export formats; the rest "
                        + "of the code hands pictures to the exporters");
    }

    ArchRule picocliOnlyInCli() {
        return noClasses().that().resideOutsideOfPackage(pkg("cli.."))
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .because("the command line is one front end; the core knows nothing of how it is called");
    }

    ArchRule onlyTheCliPrintsToTheConsole() {
        return noClasses().that().resideOutsideOfPackages(pkg("cli.."))
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("the CLI decides what users see; the core reports through return values and exceptions");
    }

    /**
     * The CLI is a thin front end over the service: it may use the core's values (filters, model records, kinds and
     * options, reports) but never a worker of the core (a loader, reader, writer, importer, exporter, renderer,
     * layout, analysis), which the service runs for it.
     */
    ArchRule cliGoesThroughTheService() {
        return noClasses().that().resideInAPackage(pkg("cli.."))
                // JsonReportWriter only formats a command's answer as JSON; it lives in io because Jackson does.
                .should().dependOnClassesThat(coreWorker().and(not(simpleName("JsonReportWriter"))))
                .because("both front ends call one facade, so no pipeline is written twice "
                        + "(cli/package-info.java, service/package-info.java)");
    }

    /** Views bind controls to their view model; the service is the view model's business. */
    ArchRule viewsDependOnViewModelsNotOnTheService() {
        return noClasses().that(isView())
                .should().dependOnClassesThat().resideInAPackage(pkg("service.."))
                .because("MVVM as in JabRef: a view only binds controls to its view model, which calls the service "
                        + "and is tested without a display (ui/package-info.java)");
    }

    /** Views bind controls; the work behind them (loading, layout, drawing, analysis) is the view models'. */
    ArchRule viewsRunNoCoreWorker() {
        return noClasses().that(isView())
                .should().dependOnClassesThat(coreWorker())
                .because("a view only binds controls to its view model, which runs the core through the service "
                        + "off the FX thread (ui/package-info.java)");
    }

    /** A view model never knows the views that bind to it. */
    ArchRule viewModelsKnowNoViews() {
        return noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat(isView())
                .because("the binding goes one way, view to view model, so a view model is tested without its "
                        + "view (ui/package-info.java)");
    }

    ArchRule viewModelsNeedNoControls() {
        return noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "com.brunomnsilva.smartgraph..")
                .because("view models hold state as properties and are tested without a display "
                        + "(ui/package-info.java)");
    }

    ArchRule panelsDoNotImportTheMainWindow() {
        return noClasses().that().resideInAnyPackage(pkg("ui.analysis.."), pkg("ui.canvas.."), pkg("ui.dataset.."),
                        pkg("ui.details.."), pkg("ui.export.."), pkg("ui.filter.."), pkg("ui.prefs.."),
                        pkg("ui.presentation.."), pkg("ui.research.."), pkg("ui.search.."), pkg("ui.shared.."),
                        pkg("ui.task.."), pkg("ui.time.."))
                .should().dependOnClassesThat().resideInAPackage(pkg("ui"))
                .because("the main window depends on its panels, not the other way round (every ui "
                        + "package-info.java)");
    }

    ArchRule onlyTheShellAndTheAnalysisPanelDriveTheCanvas() {
        return noClasses().that().resideInAnyPackage(pkg("ui.dataset.."), pkg("ui.details.."), pkg("ui.export.."),
                        pkg("ui.filter.."), pkg("ui.prefs.."), pkg("ui.presentation.."), pkg("ui.research.."),
                        pkg("ui.search.."), pkg("ui.shared.."), pkg("ui.task.."), pkg("ui.time.."))
                .and().doNotHaveSimpleName("PresentationView")
                .should().dependOnClassesThat().resideInAPackage(pkg("ui.canvas.."))
                .because("the canvas is driven by the main window, by ui.analysis.AnalysisPanel and by the "
                        + "presentation window (a full-screen shell with a canvas of its own); an export is drawn by "
                        + "the exporters, never a snapshot of the screen (ui package-infos)");
    }

    ArchRule canvasUsesNoOtherUiPackage() {
        return noClasses().that().resideInAPackage(pkg("ui.canvas.."))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("ui"), pkg("ui.analysis.."),
                        pkg("ui.dataset.."), pkg("ui.details.."), pkg("ui.export.."), pkg("ui.filter.."),
                        pkg("ui.prefs.."), pkg("ui.presentation.."), pkg("ui.research.."), pkg("ui.search.."),
                        pkg("ui.shared.."), pkg("ui.task.."), pkg("ui.time.."))
                .because("the shell depends on the canvas, not the other way round (ui/canvas/package-info.java)");
    }

    ArchRule canvasReadsNoFiles() {
        return noClasses().that().resideInAPackage(pkg("ui.canvas.."))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("io.."), pkg("service.."),
                        pkg("project.."), pkg("analysis.."))
                .because("the canvas draws the scene it is given: a view, positions and an overlay "
                        + "(ui/canvas/package-info.java)");
    }

    ArchRule timeDoesNotUseTheAnalysisPanels() {
        return noClasses().that().resideInAPackage(pkg("ui.time.."))
                .should().dependOnClassesThat().resideInAPackage(pkg("ui.analysis.."))
                .because("ui.analysis.AnalysisPanel holds the time panels and drives the canvas for them "
                        + "(ui/time/package-info.java)");
    }

    ArchRule sharedUiPiecesUseNoOtherUiPackage() {
        return classes().that().resideInAPackage(pkg("ui.shared.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javafx..", "atlantafx..",
                        pkg("model.."), pkg("layout.."), pkg("export.style.."), pkg("ui.shared.."))
                .because("every ui package imports the shared pieces, so they import none of them, and of the core "
                        + "only the model, the layout's values (to name a layout) and the style "
                        + "(ui/shared/package-info.java)");
    }

    ArchRule taskRunnerDrawsNothing() {
        return classes().that().resideInAPackage(pkg("ui.task.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javafx.beans..",
                        "javafx.collections..", "javafx.application..", pkg("ui.task.."))
                .because("the task runner moves work off the FX thread and reports progress; it knows no control "
                        + "and no other ui package (ui/task/package-info.java)");
    }

    ArchRule preferencesAreValuesWithoutJavaFx() {
        return noClasses().that().resideInAPackage(pkg("ui.prefs.."))
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .orShould().dependOnClassesThat(isView().or(simpleNameEndingWith("ViewModel")))
                .because("preferences are plain values in and out, stored with java.util.prefs "
                        + "(ui/prefs/package-info.java)");
    }

    private DescribedPredicate<JavaClass> coreWorker() {
        DescribedPredicate<JavaClass> worker = simpleNameEndingWith(WORKER_SUFFIXES[0]);
        for (int i = 1; i < WORKER_SUFFIXES.length; i++) {
            worker = worker.or(simpleNameEndingWith(WORKER_SUFFIXES[i]));
        }
        var core = resideInAPackage(pkg("io..")).or(resideInAPackage(pkg("graph..")))
                .or(resideInAPackage(pkg("analysis.."))).or(resideInAPackage(pkg("layout..")))
                .or(resideInAPackage(pkg("map.."))).or(resideInAPackage(pkg("export..")))
                .or(resideInAPackage(pkg("project..")));
        return core.and(worker).and(not(JavaClass.Predicates.INTERFACES)).and(not(isEnumOrRecord()))
                .as("a worker of the core (*" + String.join(", *", WORKER_SUFFIXES) + ")");
    }

    private static DescribedPredicate<JavaClass> isEnumOrRecord() {
        return DescribedPredicate.describe("an enum or a record", c -> c.isEnum() || c.isRecord());
    }

    /** A view: a {@code *View}, {@code *Dialog} or {@code *Panel} of the ui (not a graph view). */
    private DescribedPredicate<JavaClass> isView() {
        return resideInAPackage(pkg("ui..")).and(simpleNameEndingWith("View").or(simpleNameEndingWith("Dialog"))
                .or(simpleNameEndingWith("Panel"))).as("a view (*View, *Dialog, *Panel in ui)");
    }
}

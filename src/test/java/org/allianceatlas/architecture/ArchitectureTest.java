package org.allianceatlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of docs/architecture.md, each with the reason. An exception is a written decision in
 * docs/decisions/, never a quiet edit here.
 */
class ArchitectureTest {

    private static final String BASE = "org.allianceatlas";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void layersDependDownwardsOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy(BASE + ".model..")
                .layer("io").definedBy(BASE + ".io..")
                .layer("graph").definedBy(BASE + ".graph..")
                .layer("analysis").definedBy(BASE + ".analysis..")
                .layer("layout").definedBy(BASE + ".layout..")
                .layer("map").definedBy(BASE + ".map..")
                .layer("export").definedBy(BASE + ".export..")
                .layer("project").definedBy(BASE + ".project..")
                .layer("service").definedBy(BASE + ".service..")
                .layer("cli").definedBy(BASE + ".cli..")
                .layer("ui").definedBy(BASE + ".ui..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("project").mayOnlyBeAccessedByLayers("service", "cli", "ui")
                .whereLayer("export").mayOnlyBeAccessedByLayers("project", "service", "cli", "ui")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("export", "project", "service", "cli", "ui")
                .whereLayer("map").mayOnlyBeAccessedByLayers("export", "project", "service", "cli", "ui")
                .whereLayer("layout").mayOnlyBeAccessedByLayers("map", "export", "project", "service", "cli", "ui")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("analysis", "layout", "map", "export", "project",
                        "service", "cli", "ui")
                .whereLayer("io").mayOnlyBeAccessedByLayers("graph", "analysis", "layout", "map", "export", "project",
                        "service", "cli", "ui")
                .because("dependencies point down model ← io ← graph ← analysis, layout ← map ← export ← project ← "
                        + "service ← cli, ui so the core runs and is tested without a display; a saved view (project) "
                        + "names layouts and picture options, so it sits above export")
                .check(classes);
    }

    @Test
    void modelUsesTheJavaPlatformOnly() {
        classes().that().resideInAPackage(BASE + ".model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", BASE + ".model..")
                .because("the model is plain immutable records that every layer and every tool can use")
                .check(classes);
    }

    @Test
    void javaFxAndSmartGraphOnlyInUi() {
        noClasses().that().resideOutsideOfPackage(BASE + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.brunomnsilva.smartgraph..",
                        "atlantafx..")
                .because("the core, the CLI and the exporters must run on a machine with no display")
                .check(classes);
    }

    @Test
    void jacksonOnlyInIo() {
        noClasses().that().resideOutsideOfPackage(BASE + ".io..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("JSON is a file format concern; the rest of the code sees model records")
                .check(classes);
    }

    @Test
    void jgraphtIoOnlyInExport() {
        noClasses().that().resideOutsideOfPackage(BASE + ".export..")
                .should().dependOnClassesThat().resideInAPackage("org.jgrapht.nio..")
                .because("graph file formats are export concerns")
                .check(classes);
    }

    @Test
    void jtsOnlyInMap() {
        noClasses().that().resideOutsideOfPackage(BASE + ".map..")
                .should().dependOnClassesThat().resideInAPackage("org.locationtech.jts..")
                .because("geometry (unions, cuts, point-in-polygon) is the map's business; the rest of the code sees "
                        + "shapes as plain coordinate arrays in layout units")
                .check(classes);
    }

    @Test
    void mapUsesNeitherExportNorAwt() {
        noClasses().that().resideInAPackage(BASE + ".map..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".export..", "java.awt..", "javax.imageio..")
                .because("the map is headless data; colours and drawing belong to the exporters")
                .check(classes);
    }

    @Test
    void officeAndVideoLibrariesOnlyInExport() {
        noClasses().that().resideOutsideOfPackage(BASE + ".export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.jcodec..")
                .because("slide decks (POI) and video (JCodec) are export formats; the rest of the code hands "
                        + "pictures to the exporters")
                .check(classes);
    }

    @Test
    void onlyTheCliPrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackages(BASE + ".cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("the CLI decides what users see; the core reports through return values and exceptions")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles()
                .because("each package must be understandable and testable on its own")
                .check(classes);
    }
}

package org.allianceatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.ExportProgress;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.Region;
import org.allianceatlas.project.Project;
import org.allianceatlas.project.ProjectData;
import org.allianceatlas.project.ProjectReader;
import org.allianceatlas.project.ProjectReading;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.project.Viewport;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.service.ProjectOpened;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Opening a project file of 20 saved views (every field set), warm: reading and mapping the file alone, and the whole
 * open through the service (the file, loading the shipped data it names, checking the views' ids against it); and a
 * 10-slide deck of saved views over the shipped data, written to disk.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="PresentationBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PresentationBenchmark {

    private Path dir;
    private Path projectFile;
    private AtlasService service;
    private List<SavedView> tenViews;
    private int deckNumber;

    /** Twenty views as a talk has them: years, regions, organisations, every option set. */
    static List<SavedView> views(int n) {
        var views = new ArrayList<SavedView>();
        var regions = Region.values();
        for (int i = 0; i < n; i++) {
            int year = 1950 + i * 74 / Math.max(1, n - 1);
            var criteria = FilterCriteria.forYear(year).withRegions(List.of(regions[i % regions.length]));
            if (i % 3 == 0) {
                criteria = criteria.withOrganisations(Selection.only(List.of("nato", "eu", "csto")));
            }
            views.add(SavedView.of("View " + (i + 1) + ": " + year, criteria)
                    .withLayout(i % 2 == 0 ? LayoutKind.GEOGRAPHIC : LayoutKind.CIRCULAR)
                    .withDrawing(LabelMode.NAMES, OrganisationDisplay.VERTICES)
                    .withMap(i % 4 == 0 ? MapMode.ALLIANCES : MapMode.NONE, List.of("nato"))
                    .withViewport(new Viewport(100 + i, -50 + i, 1.5))
                    .withHighlight(List.of("FRA", "DEU"), List.of("m:DEU@nato@1955-05-06"))
                    .withTitle("Slide " + (i + 1), true));
        }
        return views;
    }

    @Setup
    public void setUp() throws IOException, ExportException {
        dir = Files.createTempDirectory("atlas-bench-");
        projectFile = dir.resolve("talk.atlas");
        service = new AtlasService();
        service.saveProject(new Project(ProjectData.shippedOnly(), views(20)), projectFile, false);
        service.loadShippedAnd(List.of());
        tenViews = views(10);
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (var p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The project file of 20 views read, checked and mapped to saved views. */
    @Benchmark
    public ProjectReading readProjectOf20Views() {
        return new ProjectReader().read(projectFile);
    }

    /** File › Open project: the file, the shipped data it loads, the ids of its 20 views checked. */
    @Benchmark
    public ProjectOpened openProjectOf20ViewsWithItsData() {
        return new AtlasService().openProject(projectFile);
    }

    /** A 10-slide deck: each view laid out and drawn as SVG and PNG, the sources listed, written atomically. */
    @Benchmark
    public Path deckOf10Slides() throws ExportException {
        var target = dir.resolve("deck-" + deckNumber++ + ".pptx");
        service.exportDeck(tenViews, ImageOptions.defaults(), target, false, ExportProgress.NONE);
        return target;
    }
}

package org.allianceatlas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.allianceatlas.export.render.Bounds;
import org.allianceatlas.export.render.LabelPlacer;
import org.allianceatlas.export.render.Scene;
import org.allianceatlas.export.render.SceneBuilder;
import org.allianceatlas.export.render.SceneFit;
import org.allianceatlas.export.render.SceneFrame;
import org.allianceatlas.export.render.SceneOptions;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.service.AtlasService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The label placer on its own ({@code labels} labels of states at random points of a 1,400 × 850 area, the density of
 * the world slide at 250 and far beyond it at 1,000: most labels find no room, the placer's worst case), the whole
 * scene of the shipped data's 2024 world view (ties, vertices and labels), and the timeline layout that gives its
 * positions (every year of the data at once).
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="ScenePlacementBenchmark -f 1 -wi 5 -i 10"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScenePlacementBenchmark {

    @Param({"250", "1000"})
    public int labels;

    private List<LabelPlacer.Request> requests;
    private List<LabelPlacer.Obstacle> obstacles;
    private final Bounds area = new Bounds(0, 0, 1400, 850);
    private AtlasService service;
    private AlignmentView world;
    private Positions positions;
    private SceneFrame frame;
    private final VisualStyle style = VisualStyle.of(Theme.LIGHT);
    private final SceneBuilder builder = new SceneBuilder();

    @Setup
    public void setUp() {
        var random = new Random(11);
        requests = new ArrayList<>();
        obstacles = new ArrayList<>();
        for (int i = 0; i < labels; i++) {
            double x = random.nextDouble() * 1400;
            double y = random.nextDouble() * 850;
            requests.add(new LabelPlacer.Request("S" + i, List.of("State number " + i, "S" + i), 14, false, x, y, 5,
                    false, LabelPlacer.AROUND_STATE));
            obstacles.add(new LabelPlacer.Obstacle(x, y, 5, false));
        }
        service = new AtlasService();
        service.loadShippedAnd(List.of());
        var criteria = FilterCriteria.forYear(2024);
        world = service.filter(criteria);
        positions = service.layout(criteria, LayoutKind.GEOGRAPHIC, style::radius, 1400, 850);
        frame = SceneFit.fit(world, positions, style, SceneOptions.defaults(), area, 14);
    }

    @Benchmark
    public List<LabelPlacer.Placed> placeLabels() {
        return LabelPlacer.place(requests, obstacles, area);
    }

    @Benchmark
    public Scene worldScene() {
        return builder.build(world, positions, style, SceneOptions.defaults(), frame);
    }

    @Benchmark
    public Positions worldTimelineLayout() {
        return service.layout(FilterCriteria.forYear(2024), LayoutKind.GEOGRAPHIC, style::radius, 1400, 850);
    }
}

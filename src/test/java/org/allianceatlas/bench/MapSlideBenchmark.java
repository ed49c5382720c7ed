package org.allianceatlas.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.allianceatlas.export.PngExporter;
import org.allianceatlas.export.SvgWriter;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.render.RenderModelBuilder;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Slides with the map, as {@code export --size slide --scale 2} writes them (3840 × 2160 pixels; goal ≤ 0.5 s): the
 * shipped data's world view of 2024 with the map under the graph, and as the alliance map (default organisations);
 * each from the view and its positions to the encoded PNG (render model, map layers, Java2D, pngencoder). Also the
 * world alliance map's SVG (goal ≤ 2 MB; its size is printed at set-up).
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="MapSlideBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MapSlideBenchmark {

    private final VisualStyle style = VisualStyle.of(Theme.LIGHT);
    private final RenderModelBuilder builder = new RenderModelBuilder();
    private AlignmentView world;
    private Positions positions;
    private ImageOptions underGraph;
    private ImageOptions alliances;

    @Setup
    public void setUp() throws IOException {
        var service = new AtlasService();
        service.loadShippedAnd(List.of());
        var criteria = FilterCriteria.forYear(2024);
        world = service.filter(criteria);
        underGraph = ImageOptions.defaults().withScale(2).withScene(SceneOptions.defaults().withMap(
                MapMode.UNDER_GRAPH));
        alliances = underGraph.withScene(SceneOptions.defaults().withMap(MapMode.ALLIANCES));
        var area = builder.graphArea(world, style, underGraph);
        positions = service.layout(criteria, LayoutKind.GEOGRAPHIC, style::radius, area.width(), area.height());
        var sink = new ExportBenchmark.Sink();
        new SvgWriter().write(builder.build(world, positions, style, alliances), sink);
        System.out.printf("%nworld alliance map SVG: %d bytes%n", sink.count);
    }

    private long png(ImageOptions options) throws IOException {
        RenderModel model = builder.build(world, positions, style, options);
        var sink = new ExportBenchmark.Sink();
        PngExporter.encode(PngExporter.render(model, options), sink, PngExporter.Encoder.PNGENCODER);
        return sink.count;
    }

    @Benchmark
    public long worldUnderGraphPng3840() throws IOException {
        return png(underGraph);
    }

    @Benchmark
    public long worldAllianceMapPng3840() throws IOException {
        return png(alliances);
    }
}

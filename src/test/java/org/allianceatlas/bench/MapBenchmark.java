package org.allianceatlas.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.allianceatlas.export.MapPictures;
import org.allianceatlas.export.PngExporter;
import org.allianceatlas.export.SvgWriter;
import org.allianceatlas.export.render.MapPicture;
import org.allianceatlas.export.render.MapRequest;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.map.ShippedMap;
import org.allianceatlas.map.WorldMap;
import org.allianceatlas.map.YearMap;
import org.allianceatlas.model.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The map: loading the shipped resource (goal ≤ 50 ms warm), the first map of 1985 on a freshly loaded map (unions
 * of the Soviet Union, Yugoslavia …, the cut of Germany), a cached year, the world map's layers on a 1920 × 1080 page,
 * and a 3840 × 2160 PNG of the world with the map and the capitals (goal ≤ 0.5 s), and its SVG.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="MapBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MapBenchmark {

    private final VisualStyle style = VisualStyle.of(Theme.LIGHT);
    private Dataset dataset;
    private WorldMap fresh;
    private RenderModel world4k;

    @Setup
    public void setUp() {
        dataset = ShippedMap.dataset();
        world4k = MapPictures.picture(MapRequest.underGraph(2024), MapPictures.world(), 3840, 2160, style, true);
    }

    @Setup(Level.Invocation)
    public void freshMap() {
        fresh = WorldMap.load();
    }

    @Benchmark
    public WorldMap load() {
        return WorldMap.load();
    }

    @Benchmark
    public YearMap firstYear1985() {
        return fresh.year(1985, dataset);
    }

    @Benchmark
    public YearMap firstYear2024() {
        return fresh.year(2024, dataset);
    }

    @Benchmark
    public YearMap cachedYear2024() {
        return WorldMap.shipped().year(2024, dataset);
    }

    @Benchmark
    public MapPicture worldLayers1920() {
        return MapPictures.map(MapRequest.alliances(2024, List.of("nato", "eu")), MapPictures.world(), 1920, 1080,
                style).picture();
    }

    @Benchmark
    public RenderModel europeModel3840() {
        return MapPictures.picture(MapRequest.underGraph(1985), MapPictures.around(1985, List.of("PRT", "ISL", "NOR",
                "FIN", "SUN", "GRC", "TUR")), 3840, 2160, style, true);
    }

    @Benchmark
    public long worldPng3840() throws IOException {
        var sink = new ExportBenchmark.Sink();
        PngExporter.encode(PngExporter.render(world4k, 1), sink, PngExporter.Encoder.PNGENCODER);
        return sink.count;
    }

    @Benchmark
    public long worldSvg3840() throws IOException {
        var sink = new ExportBenchmark.Sink();
        new SvgWriter().write(world4k, sink);
        return sink.count;
    }
}

package org.allianceatlas.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import org.allianceatlas.bench.compare.SlideExport;
import org.allianceatlas.bench.compare.SlideView;
import org.allianceatlas.export.PdfExporter;
import org.allianceatlas.export.Pictures;
import org.allianceatlas.export.PngExporter;
import org.allianceatlas.export.SvgWriter;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.GeographicLayout;
import org.allianceatlas.layout.Positions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 3840 × 2160 picture of a generated view of about 200 vertices and 1,500 ties ({@link LayoutBenchmark#view}):
 * render model plus PNG (both encoders), SVG and PDF, written to a byte sink (the disk is not measured).
 * Targets: PNG under 2 s, SVG and PDF under 1 s. The {@code world*} benchmarks draw the shipped data's 2024 world
 * slide as the CLI exports it (1920 × 1080, title, legend, caption; {@link SlideExport}), the view of issue 12's
 * comparison with Gephi: render model, drawing and encoding, to a byte sink.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args="ExportBenchmark -f 1 -wi 2 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmark {

    private AlignmentView view;
    private Positions positions;
    private ImageOptions options;
    private BufferedImage image;
    private final VisualStyle style = VisualStyle.of(Theme.LIGHT);
    private SlideExport world;
    private final ImageOptions slide = ImageOptions.defaults();

    /** Discards bytes but counts them, so the encoders cannot be optimised away. */
    static final class Sink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    @Setup
    public void setUp() {
        view = LayoutBenchmark.view(2024);
        positions = new GeographicLayout().layout(view, Positions.empty());
        options = ImageOptions.defaults().withPage(PageSize.parse("3840x2160"));
        image = PngExporter.render(model(), options);
        world = SlideExport.prepare(SlideView.ISSUE_12.get(0));
    }

    private RenderModel worldModel() {
        return Pictures.of(world.view(), world.positions(), slide);
    }

    /** The world slide's PDF, as {@code export --format pdf --year 2024} draws it. */
    @Benchmark
    public long worldPdf() throws IOException {
        var sink = new Sink();
        PdfExporter.write(worldModel(), sink);
        return sink.count;
    }

    /** The world slide's PNG, 1920 × 1080, as {@code export --format png --year 2024} draws and encodes it. */
    @Benchmark
    public long worldPng() throws IOException {
        var sink = new Sink();
        PngExporter.encode(PngExporter.render(worldModel(), slide), sink, PngExporter.Encoder.PNGENCODER);
        return sink.count;
    }

    /** The world slide rasterised alone, without encoding. */
    @Benchmark
    public BufferedImage worldPngRasterise() {
        return PngExporter.render(worldModel(), slide);
    }

    /** The world slide's render model alone (the scene: labels placed, ties, legend). */
    @Benchmark
    public RenderModel worldModelOnly() {
        return worldModel();
    }

    private RenderModel model() {
        return new RenderModelBuilder().build(view, positions, style, options);
    }

    @Benchmark
    public RenderModel renderModel() {
        return model();
    }

    @Benchmark
    public long pngWithPngEncoder() throws IOException {
        var sink = new Sink();
        PngExporter.encode(PngExporter.render(model(), options), sink, PngExporter.Encoder.PNGENCODER);
        return sink.count;
    }

    @Benchmark
    public long pngWithImageIo() throws IOException {
        var sink = new Sink();
        PngExporter.encode(PngExporter.render(model(), options), sink, PngExporter.Encoder.IMAGEIO);
        return sink.count;
    }

    /** Rasterising alone (Java2D), without encoding. */
    @Benchmark
    public BufferedImage pngRasterise() {
        return PngExporter.render(model(), options);
    }

    /** Encoding alone, of one prepared image: the encoders compared. */
    @Benchmark
    public long pngEncodeWithPngEncoder() throws IOException {
        var sink = new Sink();
        PngExporter.encode(image, sink, PngExporter.Encoder.PNGENCODER);
        return sink.count;
    }

    @Benchmark
    public long pngEncodeWithImageIo() throws IOException {
        var sink = new Sink();
        PngExporter.encode(image, sink, PngExporter.Encoder.IMAGEIO);
        return sink.count;
    }

    @Benchmark
    public long svg() throws IOException {
        var sink = new Sink();
        new SvgWriter().write(model(), sink);
        return sink.count;
    }

    @Benchmark
    public long pdf() throws IOException {
        var sink = new Sink();
        PdfExporter.write(model(), sink);
        return sink.count;
    }
}

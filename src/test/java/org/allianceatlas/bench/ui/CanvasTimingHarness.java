package org.allianceatlas.bench.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;

import org.allianceatlas.bench.SyntheticDatasets;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.TimelineLayout;
import org.allianceatlas.layout.VertexSizes;
import org.allianceatlas.layout.Point;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.ui.canvas.GraphCanvas;

/**
 * UI timing harness: start-up to first frame, year change to the next rendered frame, and frame time while panning,
 * for the {@link GraphCanvas} and for the naive use of SmartGraph ({@link NaiveCanvas}: rebuild per view, effects and
 * opacity in CSS, live layout on), on the shipped data (geographic layout, as the app opens it) and on two generated
 * datasets. Prints a Markdown table.
 *
 * <p>Run with the test classpath ("UI timing" in docs/benchmarks.md has the full commands):
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/ui-bench.cp
 * java -cp target/test-classes:target/classes:$(cat target/ui-bench.cp) \
 *     org.allianceatlas.bench.ui.CanvasTimingHarness --headless
 * </pre>
 * {@code --headless} selects Monocle and software rendering; without it the harness needs a display, e.g. under
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24"} (where JavaFX also renders in software). {@code mvn exec:java} does
 * not work headless: Glass then does not find Monocle.
 *
 * <p>{@code --quick} takes fewer samples (a smoke run). Timings come from {@link FrameClock}: every figure ends when the
 * frame that shows the change has been rendered. Medians are reported; compare ratios, not absolute times, across
 * machines.
 */
public final class CanvasTimingHarness {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int FROM_YEAR = 2023;
    private static final int TO_YEAR = 2024;

    private final boolean quick;
    private final boolean shippedOnly;
    private final List<String[]> rows = new ArrayList<>();
    private StackPane root;
    private FrameClock clock;

    private CanvasTimingHarness(boolean quick, boolean shippedOnly) {
        this.quick = quick;
        this.shippedOnly = shippedOnly;
    }

    public static void main(String[] args) {
        var options = List.of(args);
        // Each pulse waits for its frame to be rendered, so "the next frame" is the frame of the change (FrameClock).
        System.setProperty("quantum.multithreaded", "false");
        if (options.contains("--headless")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("headless.geometry", WIDTH + "x" + HEIGHT + "-32");
        }
        int status = 0;
        try {
            new CanvasTimingHarness(options.contains("--quick"), options.contains("--shipped-only")).run();
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            Platform.exit();
        }
        System.exit(status);
    }

    private void run() {
        var started = new CompletableFuture<Void>();
        Platform.startup(() -> {
            root = new StackPane();
            var stage = new Stage();
            var scene = new Scene(root, WIDTH, HEIGHT);
            stage.setScene(scene);
            stage.show();
            clock = new FrameClock(scene);
            started.complete(null);
        });
        started.join();
        // Throwaway rounds, so that class loading and the JIT's first passes are not in the figures: both approaches
        // then start every measured case equally warm. A start-up happens once per dataset in the app, in a JVM that
        // has been drawing for a while; the first, cold one is slower for both.
        measure("warm-up", SyntheticDatasets.generate(40, 5, 120, 3), CanvasTimingHarness::forceLayout, 1, true);
        measure("warm-up", SyntheticDatasets.generate(180, 20, 600, 5), CanvasTimingHarness::forceLayout,
                quick ? 1 : 3, true);
        rows.clear();
        measure("shipped data, geographic layout", SyntheticDatasets.shipped(), CanvasTimingHarness::geographicLayout,
                quick ? 2 : 7, false);
        if (!shippedOnly) {
            measure("200 V / 1,500 E", SyntheticDatasets.generate(180, 20, 1140, 11),
                    CanvasTimingHarness::forceLayout, quick ? 2 : 5, false);
            measure("1,000 V / 3,000 E", SyntheticDatasets.generate(950, 50, 2100, 12),
                    CanvasTimingHarness::forceLayout, quick ? 1 : 5, false);
        }
        clock.stop();
        print();
    }

    private void measure(String name, Dataset dataset, Function<AlignmentGraph, Positions> layout, int repeats,
                         boolean warmUp) {
        var graph = new AlignmentGraph(dataset);
        var criteria = FilterCriteria.forYear(TO_YEAR);
        var before = graph.view(criteria.withYear(FROM_YEAR));
        var after = graph.view(criteria);
        long t = System.nanoTime();
        var positions = layout.apply(graph);
        double layoutMs = (System.nanoTime() - t) / 1e6;
        var label = String.format(Locale.ROOT, "%s (%d: %d V, %d ties; %d→%d: %d ties differ; layout %.0f ms)",
                name, TO_YEAR, after.vertices().size(), after.ties().size(), FROM_YEAR, TO_YEAR,
                symmetricDifference(before, after), layoutMs);

        // Optimised canvas.
        var style = VisualStyle.of(Theme.LIGHT);
        var canvas = new AtomicReference<GraphCanvas>();
        var startup = sample(repeats, () -> clock.timeToFrame(() -> {
            var c = new GraphCanvas(style);
            root.getChildren().setAll(c.node());
            c.show(after, positions);
            canvas.set(c);
        }));
        var yearChange = sample(repeats * 4, alternate(year -> clock.timeToFrame(
                () -> canvas.get().show(graph.view(criteria.withYear(year)), positions))));
        int panFrames = quick ? 20 : 60;
        // Starting and ending a pan need not change a pixel (the cached bitmap is for large views only): no frame to
        // wait for.
        runFx(() -> canvas.get().startPan());
        var pan = clock.timeFrames(panFrames, panStep(canvas.get()::panBy));
        runFx(() -> canvas.get().endPan());
        var panUncached = clock.timeFrames(quick ? 10 : 30, panStep(canvas.get()::panBy));
        // The floor: the same year's states with no tie at all (every tie type off, states without ties shown), so
        // that what both approaches pay for vertices and labels alone can be told from what ties cost.
        var bare = graph.view(criteria.withTieTypes(Selection.only(List.of())).withShowIsolated(true));
        var floor = sample(repeats, () -> clock.timeToFrame(() -> {
            var c = new GraphCanvas(style);
            root.getChildren().setAll(c.node());
            c.show(bare, positions);
        }));
        runFx(() -> root.getChildren().clear());

        // Naive SmartGraph.
        var naive = new AtomicReference<NaiveCanvas>();
        var naiveStartup = sample(Math.min(repeats, 3), () -> clock.timeToFrame(() -> {
            if (naive.get() != null) {
                naive.get().dispose();
            }
            var n = new NaiveCanvas();
            root.getChildren().setAll(n.node());
            n.show(after, positions);
            naive.set(n);
        }));
        var naiveYear = sample(Math.min(repeats * 2, 4), alternate(year -> clock.timeToFrame(
                () -> naive.get().show(graph.view(criteria.withYear(year)), positions))));
        var naivePan = clock.timeFrames(quick ? 4 : 10, panStep(naive.get()::panBy));
        runFx(() -> {
            naive.get().dispose();
            root.getChildren().clear();
        });
        if (warmUp) {
            return;
        }
        rows.add(new String[] {label});
        row("start-up to first frame, ms", startup, naiveStartup);
        rows.add(new String[] {"(canvas, start-up of the same year's " + bare.vertices().size()
            + " states without ties or organisations: the vertex floor, ms)", fmt(floor.wall()), "",
            ratio(naiveStartup.wall(), floor.wall()), fmt(floor.cpu()), "", ratio(naiveStartup.cpu(), floor.cpu())});
        row("year change " + FROM_YEAR + "↔" + TO_YEAR + " to rendered frame, ms", yearChange, naiveYear);
        row("frame time while panning, ms", Series.of(pan), Series.of(naivePan));
        var fps = median(perSecond(pan.intervals()));
        var naiveFps = median(perSecond(naivePan.intervals()));
        rows.add(new String[] {"frames per second while panning", fmt(fps), fmt(naiveFps), ratio(fps, naiveFps),
            "", "", ""});
        var uncached = Series.of(panUncached);
        rows.add(new String[] {"(canvas, pan without the bitmap cache: frame time, ms)", fmt(uncached.wall()), "", "",
            fmt(uncached.cpu()), "", ""});
    }

    /** Pans 8 px per frame, reversing every 20 frames so the drawing stays on screen. */
    private static Runnable panStep(PanTarget target) {
        var frame = new int[1];
        return () -> {
            double dx = (frame[0]++ / 20) % 2 == 0 ? 8 : -8;
            target.panBy(dx, dx / 2);
        };
    }

    private interface PanTarget {
        void panBy(double dx, double dy);
    }

    private interface YearAction {
        FrameClock.Sample at(int year);
    }

    /** Alternates between the two years, starting with the one not shown. */
    private static Supplier<FrameClock.Sample> alternate(YearAction action) {
        var n = new int[1];
        return () -> action.at(n[0]++ % 2 == 0 ? FROM_YEAR : TO_YEAR);
    }

    private static Series sample(int n, Supplier<FrameClock.Sample> action) {
        var wall = new double[n];
        var cpu = new double[n];
        for (int i = 0; i < n; i++) {
            var s = action.get();
            wall[i] = s.wall() / 1e6;
            cpu[i] = s.cpu() / 1e6;
        }
        return new Series(wall, cpu);
    }

    /** Medians of a series of timings, ms. */
    private record Series(double[] walls, double[] cpus) {
        static Series of(FrameClock.Frames f) {
            return new Series(ms(f.work()), ms(f.cpuWork()));
        }

        double wall() {
            return median(walls);
        }

        double cpu() {
            return median(cpus);
        }
    }

    private void row(String metric, Series canvas, Series naive) {
        rows.add(new String[] {metric, fmt(canvas.wall()) + " (n=" + canvas.walls().length + ")",
            fmt(naive.wall()) + " (n=" + naive.walls().length + ")", ratio(naive.wall(), canvas.wall()),
            fmt(canvas.cpu()), fmt(naive.cpu()), ratio(naive.cpu(), canvas.cpu())});
    }

    private void print() {
        var out = System.out;
        out.println();
        out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + ", glass "
                + System.getProperty("glass.platform", "default") + ", prism "
                + com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName() + ", window "
                + WIDTH + "×" + HEIGHT);
        out.println();
        out.println("Wall-clock medians; CPU = CPU time of the FX and render threads over the same span.");
        out.println();
        out.println("| metric | canvas | naive SmartGraph | naive ÷ canvas | canvas CPU | naive CPU | ÷ (CPU) |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (var r : rows) {
            if (r.length == 1) {
                out.println("| **" + r[0] + "** | | | | | | |");
            } else {
                out.println("| " + String.join(" | ", r) + " |");
            }
        }
        out.flush();
    }

    /** JGraphT Fruchterman–Reingold over the whole dataset in a 2400 × 1200 box, seeded: one layout for all years. */
    static Positions forceLayout(AlignmentGraph graph) {
        var model = new MapLayoutModel2D<Actor>(new Box2D(0, 0, 2400, 1200));
        new FRLayoutAlgorithm2D<Actor, Tie>(60, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(42))
                .layout(graph.graph(), model);
        var map = new LinkedHashMap<String, Point>();
        for (var v : graph.graph().vertexSet()) {
            var p = model.get(v);
            map.put(v.id(), new Point(p.getX(), p.getY()));
        }
        return new Positions(map);
    }

    /**
     * What the app does with the shipped data by default: the geographic timeline layout of every year of the data at
     * once (ADR 0009), for a canvas of about the harness window's size; every year takes its positions from it.
     */
    static Positions geographicLayout(AlignmentGraph graph) {
        int[] years = graph.dataset().yearRange(TO_YEAR);
        var timeline = graph.timeline(FilterCriteria.forYear(TO_YEAR), years[0], years[1]);
        return TimelineLayout.layout(timeline, LayoutKind.GEOGRAPHIC, VertexSizes.STANDARD, 1300, 900);
    }

    private static int symmetricDifference(AlignmentView a, AlignmentView b) {
        int n = 0;
        for (var t : a.ties()) {
            n += b.ties().contains(t) ? 0 : 1;
        }
        for (var t : b.ties()) {
            n += a.ties().contains(t) ? 0 : 1;
        }
        return n;
    }

    private static void runFx(Runnable r) {
        var done = new CompletableFuture<Void>();
        Platform.runLater(() -> {
            r.run();
            done.complete(null);
        });
        done.join();
    }

    private static double[] ms(long[] nanos) {
        return Arrays.stream(nanos).filter(v -> v > 0).mapToDouble(v -> v / 1e6).toArray();
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        var s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double[] perSecond(long[] intervals) {
        return Arrays.stream(ms(intervals)).map(v -> 1000 / v).toArray();
    }

    private static String ratio(double naive, double optimised) {
        return String.format(Locale.ROOT, "%.1f×", naive / optimised);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }
}

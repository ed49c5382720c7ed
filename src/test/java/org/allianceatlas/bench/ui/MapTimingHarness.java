package org.allianceatlas.bench.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.layout.TimelineLayout;
import org.allianceatlas.map.WorldMap;
import org.allianceatlas.testing.SyntheticDatasets;
import org.allianceatlas.ui.canvas.GraphCanvas;

/**
 * UI timing harness for the map (issue 13): on the shipped data in the geographic layout, for no map, the map under
 * the graph and the alliance map (the default organisations), the frame time while panning and the time from a year
 * change to its rendered frame — 2023 ↔ 2024, where the alliance map's fills change (Sweden joins NATO), and 2015 ↔
 * 2016, where nothing on the map changes — and the first frame after turning the map on. Prints a Markdown table.
 *
 * <p>Run as {@link CanvasTimingHarness} is run ("UI timing" in docs/benchmarks.md), with this class's name:
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" \
 *     java -cp target/test-classes:target/classes:$(cat target/ui-bench.cp) \
 *     org.allianceatlas.bench.ui.MapTimingHarness
 * </pre>
 * {@code --headless} selects Monocle; {@code --quick} takes fewer samples. Every year's borders are computed before
 * timing (the app does it in the background when the map is first shown), so that no sample pays for a first union.
 *
 * <p>The canvas prepares the years next to the one shown while it is idle, as in the app
 * ({@link GraphCanvas#setYearViews}); {@code --no-prepare} measures it without (every year change builds and draws on
 * the FX thread). Year changes are timed twice: each right after the frame of the one before (the preparation of the
 * neighbours, if any, still running: a fast playback or a held arrow key), and after a settle — the harness waits
 * until the canvas reports its neighbours prepared ({@link GraphCanvas#neighboursPreparedProperty()}), as a user
 * stepping year by year leaves it idle between steps. The CPU time the background preparation took per settle is
 * printed as its own row (it is not in the year change's CPU column).
 */
public final class MapTimingHarness {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;

    private static final String PREPARE_THREAD = "year-prepare";

    private final boolean quick;
    private final boolean prepare;
    private final List<String> rows = new ArrayList<>();
    private StackPane root;
    private FrameClock clock;
    private long lastPrepareCpu = -1;

    private MapTimingHarness(boolean quick, boolean prepare) {
        this.quick = quick;
        this.prepare = prepare;
    }

    public static void main(String[] args) {
        var options = List.of(args);
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
            new MapTimingHarness(options.contains("--quick"), !options.contains("--no-prepare")).run();
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
        var dataset = SyntheticDatasets.shipped();
        var graph = new AlignmentGraph(dataset);
        long t = System.nanoTime();
        int[] range = dataset.yearRange(2024);
        for (int y = range[0]; y <= range[1]; y++) {
            WorldMap.shipped().year(y, dataset).drawing();
        }
        System.out.printf(Locale.ROOT, "every year's borders (%d–%d): %.0f ms%n", range[0], range[1],
                (System.nanoTime() - t) / 1e6);
        // As the app lays out the shipped data: every year of the filters at once, for the window.
        var positions = TimelineLayout.layout(graph.timeline(FilterCriteria.forYear(2024), range[0], range[1]),
                LayoutKind.GEOGRAPHIC, VisualStyle.of(Theme.LIGHT)::radius, WIDTH, HEIGHT);
        // A throwaway round warms the JIT for every mode.
        for (var mode : MapMode.values()) {
            measure(graph, positions, mode, true);
        }
        rows.clear();
        for (var mode : MapMode.values()) {
            measure(graph, positions, mode, false);
        }
        clock.stop();
        print();
    }

    private void measure(AlignmentGraph graph, Positions positions, MapMode mode,
                         boolean warmUp) {
        var style = VisualStyle.of(Theme.LIGHT);
        var criteria = FilterCriteria.forYear(2024);
        var canvas = new AtomicReference<GraphCanvas>();
        clock.timeToFrame(() -> {
            var c = new GraphCanvas(style);
            if (prepare) {
                c.setYearViews(graph::view);
            }
            root.getChildren().setAll(c.node());
            c.show(graph.view(criteria), positions);
            canvas.set(c);
        });
        // Setting the mode a canvas already has renders no frame: "turning it on" is only timed for a map.
        var on = mode == MapMode.NONE ? null : clock.timeToFrame(() -> canvas.get().mapModeProperty().set(mode));
        int n = warmUp ? 4 : quick ? 8 : 24;
        YearAction change = year -> clock.timeToFrame(
                () -> canvas.get().show(graph.view(criteria.withYear(year)), positions));
        var changing = sample(n, change, 2023, 2024);
        // One way, year after year (a held arrow key, playback without its fade), over the latest run of years that
        // each change the ties (a year that changes nothing renders no frame to wait for); not on the alliance map,
        // which draws no ties.
        int[] run = mode == MapMode.ALLIANCES ? null : changingRun(canvas.get(), graph, criteria, n, positions);
        double[][] forward = null;
        if (run != null) {
            // Untimed: the year before the run may draw the same as its first.
            runFx(() -> {
                canvas.get().show(graph.view(criteria.withYear(run[0])), positions);
                canvas.get().scene();
            });
            forward = sample(run[1] - run[0], step -> change.at(run[0] + 1 + step), 0, 0, true);
        }
        var still = sample(n, change, 2015, 2016);
        double[][] changingSettled = null;
        double[][] stillSettled = null;
        var settleWall = new ArrayList<Double>();
        var settleCpu = new ArrayList<Double>();
        if (prepare) {
            settle(canvas.get());
            YearAction settled = year -> {
                var s = settle(canvas.get());
                settleWall.add(s[0]);
                settleCpu.add(s[1]);
                return change.at(year);
            };
            changingSettled = sample(n, settled, 2023, 2024);
            stillSettled = sample(n, settled, 2015, 2016);
        }
        clock.timeToFrame(() -> canvas.get().show(graph.view(criteria), positions));
        var pan = clock.timeFrames(warmUp ? 10 : quick ? 20 : 60, panStep(canvas.get()));
        runFx(() -> root.getChildren().clear());
        if (warmUp) {
            return;
        }
        var name = switch (mode) {
            case NONE -> "no map";
            case UNDER_GRAPH -> "map under the graph";
            case ALLIANCES -> "alliance map (default organisations)";
        };
        if (on != null) {
            rows.add(row(name + ": turning it on, to rendered frame", new double[] {on.wall() / 1e6},
                    new double[] {on.cpu() / 1e6}));
        }
        String after = prepare ? ", right after the previous" : "";
        rows.add(row(name + ": year change 2023↔2024 (fills change)" + after, changing[0], changing[1]));
        rows.add(row(name + ": year change 2015↔2016 (map unchanged)" + after, still[0], still[1]));
        if (forward != null) {
            rows.add(row(name + ": year after year " + run[0] + "→" + run[1] + after, forward[0], forward[1]));
        }
        if (prepare) {
            rows.add(row(name + ": year change 2023↔2024, after a settle", changingSettled[0], changingSettled[1]));
            rows.add(row(name + ": year change 2015↔2016, after a settle", stillSettled[0], stillSettled[1]));
            rows.add(row(name + ": settle (wall: the wait; CPU: " + PREPARE_THREAD + " thread per year change)",
                    settleWall.stream().mapToDouble(Double::doubleValue).toArray(),
                    settleCpu.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        rows.add(row(name + ": frame while panning", ms(pan.work()), ms(pan.cpuWork())));
    }

    /** Pans 8 px per frame, reversing every 20 frames (as {@link CanvasTimingHarness} does). */
    private static Runnable panStep(GraphCanvas canvas) {
        var frame = new int[1];
        return () -> {
            double dx = (frame[0]++ / 20) % 2 == 0 ? 8 : -8;
            canvas.panBy(dx, dx / 2);
        };
    }

    /**
     * The latest years {first, last}, last ≤ 2024, at most {@code n} steps apart, each of which the canvas draws
     * other ties or labels for than the year before (so that each renders a frame); null when there are not
     * {@code min(n, 8)} such years in a row. Shows those years on the canvas to find out (untimed).
     */
    private static int[] changingRun(GraphCanvas canvas, AlignmentGraph graph, FilterCriteria criteria, int n,
                                     Positions positions) {
        var drawn = new HashMap<Integer, List<Object>>();
        IntFunction<List<Object>> drawables = y -> drawn.computeIfAbsent(y, k -> {
            var items = new ArrayList<Object>();
            runFx(() -> {
                canvas.show(graph.view(criteria.withYear(k)), positions);
                var scene = canvas.scene();
                items.addAll(scene.tieDrawables());
                items.addAll(scene.labelDrawables());
            });
            return items;
        });
        int last = 2024;
        while (last > 1900) {
            int first = last;
            while (last - first < n && !drawables.apply(first).equals(drawables.apply(first - 1))) {
                first--;
            }
            if (last - first >= Math.min(n, 8)) {
                return new int[] {first, last};
            }
            last = first - 1;
        }
        return null;
    }

    /**
     * Waits until the canvas reports the years next to the one shown prepared; returns the wait's wall time and the
     * preparing thread's CPU time over it, ms (the thread's CPU is read on both sides of the wait).
     */
    private double[] settle(GraphCanvas canvas) {
        long t0 = System.nanoTime();
        var ready = new CompletableFuture<Void>();
        runFx(() -> {
            var prepared = canvas.neighboursPreparedProperty();
            if (prepared.get()) {
                ready.complete(null);
                return;
            }
            prepared.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        prepared.removeListener(this);
                        ready.complete(null);
                    }
                }
            });
        });
        try {
            ready.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the canvas did not report its neighbouring years prepared", e);
        }
        long wall = System.nanoTime() - t0;
        long cpu = prepareThreadCpu();
        double spent = lastPrepareCpu < 0 ? 0 : (cpu - lastPrepareCpu) / 1e6;
        lastPrepareCpu = cpu;
        return new double[] {wall / 1e6, spent};
    }

    /** CPU time of the thread that prepares neighbouring years, ns; 0 before it started. */
    private static long prepareThreadCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals(PREPARE_THREAD)) {
                return Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return 0;
    }

    private interface YearAction {
        FrameClock.Sample at(int year);
    }

    /** Wall and CPU times, ms, of {@code n} year changes alternating between two years. */
    private static double[][] sample(int n, YearAction action, int a, int b) {
        return sample(n, action, a, b, false);
    }

    /** With {@code counting}, the action is given 0, 1, 2, … instead of the two years. */
    private static double[][] sample(int n, YearAction action, int a, int b, boolean counting) {
        var wall = new double[n];
        var cpu = new double[n];
        for (int i = 0; i < n; i++) {
            var s = action.at(counting ? i : i % 2 == 0 ? a : b);
            wall[i] = s.wall() / 1e6;
            cpu[i] = s.cpu() / 1e6;
        }
        return new double[][] {wall, cpu};
    }

    private static String row(String metric, double[] wall, double[] cpu) {
        return "| " + metric + " | " + fmt(median(wall)) + " (n=" + wall.length + ") | " + fmt(percentile(wall, 0.9))
                + " | " + fmt(median(cpu)) + " |";
    }

    private void print() {
        var out = System.out;
        out.println();
        out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version") + ", glass "
                + System.getProperty("glass.platform", "default") + ", prism "
                + com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName() + ", window "
                + WIDTH + "×" + HEIGHT);
        out.println();
        out.println("| shipped data, geographic layout, 2024 | median, ms | 90th percentile, ms | CPU median, ms |");
        out.println("|---|---:|---:|---:|");
        rows.forEach(out::println);
        out.flush();
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

    private static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        var s = values.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(p * s.length))];
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }
}

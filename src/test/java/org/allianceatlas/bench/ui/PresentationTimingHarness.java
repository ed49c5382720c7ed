package org.allianceatlas.bench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

import com.sun.javafx.perf.PerformanceTracker;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.Viewport;
import org.allianceatlas.model.Region;
import org.allianceatlas.project.Project;
import org.allianceatlas.project.ProjectData;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.MainView;
import org.allianceatlas.ui.MainViewModel;
import org.allianceatlas.ui.presentation.PresentationView;
import org.allianceatlas.ui.shared.ExternalLinks;
import org.allianceatlas.ui.shared.FileChoosers;
import org.allianceatlas.ui.task.BackgroundTaskRunner;

/**
 * Project and presentation timing in the app, on the shipped data: how long File › Open project… takes until the
 * project's first view is drawn (the main window as the app builds it, its background runner, a project of six views
 * over the shipped data), and the frame times of presentation steps — another year of the same filters (ties fade,
 * nothing moves) and another view (ties and labels fade out, vertices move, the saved viewport, ties fade in). Prints
 * Markdown.
 *
 * <p>Run as {@link CanvasTimingHarness} ("Projects and presentation in the app" in docs/benchmarks.md):
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/ui-bench.cp) \
 *     org.allianceatlas.bench.ui.PresentationTimingHarness --headless
 * </pre>
 */
public final class PresentationTimingHarness {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    /** Frames timed per presentation step: the transition lasts 150 + 300 + 250 ms, about 42 frames at 60 Hz. */
    private static final int STEP_FRAMES = 60;

    private final List<String> out = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("quantum.multithreaded", "false");
        if (List.of(args).contains("--headless")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("headless.geometry", WIDTH + "x" + HEIGHT + "-32");
        }
        int status = 0;
        try {
            new PresentationTimingHarness().run();
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        } finally {
            Platform.exit();
        }
        System.exit(status);
    }

    private static List<SavedView> views() {
        var nato = FilterCriteria.forYear(1949).withOrganisations(Selection.only(List.of("nato")));
        var europe = FilterCriteria.forYear(2024).withRegions(List.of(Region.EUROPE));
        var coldWar = FilterCriteria.forYear(1985).withOrganisations(Selection.only(List.of("nato",
                "warsaw-pact")));
        return List.of(SavedView.of("NATO 1949", nato), SavedView.of("NATO 1990", nato.withYear(1990)),
                SavedView.of("NATO 2024", nato.withYear(2024)), SavedView.of("Europe 2024", europe),
                SavedView.of("World 2024", FilterCriteria.forYear(2024)).withViewport(new Viewport(1200, 500, 1.6)),
                SavedView.of("Cold War", coldWar).withHighlight(List.of("DEU", "DDR"), List.of()));
    }

    private void run() throws Exception {
        var file = Files.createTempDirectory("atlas-bench").resolve("talk.atlas");
        new AtlasService().saveProject(new Project(ProjectData.shippedOnly(), views()), file, true);

        var service = new AtlasService();
        var runner = new BackgroundTaskRunner();
        var sizes = VisualStyle.of(Theme.LIGHT);
        var window = new AtomicReference<MainView>();
        var vmRef = new AtomicReference<MainViewModel>();
        var started = new CompletableFuture<Void>();
        Platform.startup(() -> {
            var vm = new MainViewModel(service, runner, (c, k, w, h) -> service.layout(c, k, sizes::radius, w, h),
                    2025);
            var stage = new Stage();
            var view = new MainView(stage, vm, new NoChoosers(), new ExternalLinks(s -> { }));
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.show();
            vm.start(Optional.empty());
            window.set(view);
            vmRef.set(vm);
            started.complete(null);
        });
        started.join();
        var vm = vmRef.get();
        waitFor(() -> onFx(() -> vm.frame() != null && !runner.progress().isBusy()));

        // Opening: the service alone (read, load, check ids), then the app's menu action to the first view drawn.
        var serviceOnly = new double[7];
        for (int i = 0; i < serviceOnly.length; i++) {
            long t = System.nanoTime();
            new AtlasService().openProject(file);
            serviceOnly[i] = (System.nanoTime() - t) / 1e6;
        }
        var tracker = PerformanceTracker.getSceneTracker(window.get().stage().getScene());
        var inApp = new double[7];
        for (int i = 0; i < inApp.length; i++) {
            inApp[i] = openToFirstFrame(vm, tracker, file);
        }
        out.add("| open the project (service: read, load the shipped data, check ids), ms | "
                + stats(Arrays.copyOfRange(serviceOnly, 2, serviceOnly.length)) + " |");
        out.add("| File › Open project… to its first view drawn (app), ms | "
                + stats(Arrays.copyOfRange(inApp, 2, inApp.length)) + " |");

        // Presentation: from the first view, each step timed frame by frame.
        var presentation = new AtomicReference<PresentationView>();
        runFx(() -> presentation.set(PresentationView.open(window.get().stage(), vm.presentation(0), sizes)));
        var canvas = presentation.get().canvas();
        waitFor(() -> onFx(() -> canvas.view() != null && canvas.view().criteria().year() == 1949
                && !runner.progress().isBusy()));
        Thread.sleep(1500); // the first view's fit and the layouts made ahead settle
        var clock = new FrameClock(presentation.get().stage().getScene());
        var names = views().stream().map(SavedView::name).toList();
        for (int i = 1; i < names.size(); i++) {
            var frames = clock.timeFrames(STEP_FRAMES, once(() -> presentation.get().stage().getScene().getRoot()
                    .fireEvent(keyRight())));
            var work = ms(frames.work());
            var cpu = ms(frames.cpuWork());
            var intervals = ms(frames.intervals());
            out.add(String.format(Locale.ROOT, "| step %s → %s (%s) | frame time median %.1f ms, 90th pct %.1f, "
                    + "max %.1f; CPU median %.1f; %d frames drawn in %d pulses, pulse interval median %.1f ms |",
                    names.get(i - 1), names.get(i),
                    views().get(i).filters().withYear(0).equals(views().get(i - 1).filters().withYear(0))
                            ? "same filters: year fade" : "another view: fade, move, fade",
                    pct(work, 50), pct(work, 90), pct(work, 100), pct(cpu, 50), work.length, STEP_FRAMES,
                    pct(intervals, 50)));
            Thread.sleep(300);
        }
        clock.stop();
        runFx(() -> presentation.get().close());
        runner.close();
        print();
    }

    private static javafx.scene.input.KeyEvent keyRight() {
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                javafx.scene.input.KeyCode.RIGHT, false, false, false, false);
    }

    private static Runnable once(Runnable r) {
        var done = new boolean[1];
        return () -> {
            if (!done[0]) {
                done[0] = true;
                r.run();
            }
        };
    }

    /** From the menu action to the frame rendered after the first view was given to the canvas, ms. */
    private static double openToFirstFrame(MainViewModel vm, PerformanceTracker tracker, Path file) {
        var rendered = new CompletableFuture<Long>();
        var t0 = new long[1];
        runFx(() -> {
            var unsubscribe = new Runnable[1];
            unsubscribe[0] = vm.viewShown().subscribe(v -> {
                unsubscribe[0].run();
                tracker.setOnRenderedFrameTask(() -> {
                    tracker.setOnRenderedFrameTask(null);
                    rendered.complete(System.nanoTime());
                });
                Platform.requestNextPulse();
            });
            t0[0] = System.nanoTime();
            vm.openProject(file);
        });
        try {
            return (rendered.get(2, TimeUnit.MINUTES) - t0[0]) / 1e6;
        } catch (Exception e) {
            throw new IllegalStateException("the project did not open", e);
        }
    }

    private static String stats(double[] v) {
        return String.format(Locale.ROOT, "median %.0f, min %.0f, max %.0f (n=%d)", pct(v, 50), pct(v, 0),
                pct(v, 100), v.length);
    }

    private static double pct(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        var s = values.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.round(p / 100.0 * (s.length - 1)))];
    }

    private static double[] ms(long[] nanos) {
        return Arrays.stream(nanos).filter(v -> v > 0).mapToDouble(v -> v / 1e6).toArray();
    }

    private interface Check {
        boolean ok();
    }

    private static void waitFor(Check check) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }

    private static boolean onFx(java.util.function.BooleanSupplier s) {
        var f = new CompletableFuture<Boolean>();
        Platform.runLater(() -> f.complete(s.getAsBoolean()));
        return f.join();
    }

    private static void runFx(Runnable r) {
        var done = new CompletableFuture<Void>();
        Platform.runLater(() -> {
            r.run();
            done.complete(null);
        });
        done.join();
    }

    private void print() {
        System.out.println();
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", glass " + System.getProperty("glass.platform", "default")
                + ", window " + WIDTH + "×" + HEIGHT);
        System.out.println();
        System.out.println("| what | time |");
        System.out.println("|---|---|");
        out.forEach(System.out::println);
        System.out.flush();
    }

    /** The harness opens files itself. */
    private static final class NoChoosers implements FileChoosers {
        @Override
        public Optional<Path> dataFile(Window owner, String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> saveFile(Window owner, String title, String name, String extension) {
            return Optional.empty();
        }
    }
}

package org.allianceatlas.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Scene;

import com.sun.javafx.perf.PerformanceTracker;
import org.allianceatlas.ui.canvas.GraphCanvas;

/**
 * Records when the first frame showing the graph has been rendered, for the cold-start harness
 * ({@code src/test/java/org/allianceatlas/bench/ui/ColdStartHarness.java}, docs/benchmarks.md). Off unless the
 * system property {@value #REPORT_PROPERTY} names a file; then, once that frame has been rendered, it writes one
 * line of {@code key=value} pairs to the file (atomically) — epoch microseconds of the JVM's start
 * ({@code jvmStart}, millisecond precision), of {@link AtlasApp#start} ({@code appStart}), of the first rendered
 * frame of the window ({@code window}), of the first pulse in which the canvas drew vertices ({@code graphPulse}) and
 * of the frame of that pulse ({@code graphFrame}), and the process's CPU time by then ({@code cpu}, microseconds) —
 * and, with {@value #QUIT_PROPERTY}{@code =true}, quits.
 *
 * <p>"Rendered" comes from JavaFX's scene {@link PerformanceTracker} frame-rendered callback (render thread). Run
 * with {@code -Dquantum.multithreaded=false} for an exact figure: each pulse then waits for its own frame, so the
 * first frame rendered after the pulse in which the graph was laid out is that pulse's frame; otherwise it may be the
 * frame before, rendered while the pulse ran. Nothing is done on the start path when the property is absent (one
 * property read); the management beans are read only after the measured frame.
 */
final class StartupProbe {

    /** The file to write the report to; without it the probe is off. */
    static final String REPORT_PROPERTY = "allianceatlas.startup.report";
    /** {@code true}: quit the app once the report is written (repeated runs of the harness). */
    static final String QUIT_PROPERTY = "allianceatlas.startup.quit";

    private final Path report;
    private final boolean quit;
    private final long appStart = epochMicros();
    private volatile long window;
    private volatile long graphPulse;
    private volatile long graphFrame;
    private volatile boolean armed;
    private GraphCanvas canvas;
    private int vertices;
    private int ties;

    private StartupProbe(Path report, boolean quit) {
        this.report = report;
        this.quit = quit;
    }

    /** A probe when {@value #REPORT_PROPERTY} is set; call first thing in {@link AtlasApp#start}. */
    static Optional<StartupProbe> fromSystemProperties() {
        var path = System.getProperty(REPORT_PROPERTY);
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new StartupProbe(Path.of(path), Boolean.getBoolean(QUIT_PROPERTY)));
    }

    /** Watches the window's scene for the first frame and the canvas for the first pulse with vertices drawn. */
    void watch(Scene scene, GraphCanvas canvas) {
        this.canvas = canvas;
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::frameRendered);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (canvas.shownVertexCount() > 0) {
                vertices = canvas.shownVertexCount();
                graphPulse = epochMicros();
                armed = true;
                scene.removePostLayoutPulseListener(listener[0]);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Render thread. */
    private void frameRendered() {
        long now = epochMicros();
        if (window == 0) {
            window = now;
        }
        if (armed && graphFrame == 0) {
            graphFrame = now;
            Platform.runLater(this::finish);
        }
    }

    private void finish() {
        ties = canvas.sceneTieCount(); // after the frame: the query may finish the canvas's pending work
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime() * 1000;
        // CPU time of the whole process so far (all threads, 10 ms steps on Linux): unlike wall-clock time it hardly
        // grows when other processes take the cores
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1000).orElse(-1L);
        var line = "jvmStart=" + jvmStart + " appStart=" + appStart + " window=" + window + " graphPulse="
                + graphPulse + " graphFrame=" + graphFrame + " cpu=" + cpu + " vertices=" + vertices + " ties=" + ties
                + "\n";
        try {
            var tmp = Files.createTempFile(report.toAbsolutePath().getParent(), ".startup", ".tmp");
            Files.writeString(tmp, line, StandardCharsets.UTF_8);
            Files.move(tmp, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.getLogger(StartupProbe.class.getName()).log(System.Logger.Level.ERROR,
                    "could not write the start-up report " + report, e);
        }
        if (quit) {
            Platform.exit();
        }
    }

    private static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }
}

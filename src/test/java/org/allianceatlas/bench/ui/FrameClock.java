package org.allianceatlas.bench.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import com.sun.javafx.perf.PerformanceTracker;

/**
 * Times work against rendered frames. An {@link AnimationTimer} runs the action under test at the start of a pulse;
 * JavaFX's scene {@link PerformanceTracker} reports when the frame of that pulse has been rendered (its callback runs
 * on the render thread).
 *
 * <p>The harness runs with {@code -Dquantum.multithreaded=false} (set in {@code CanvasTimingHarness#main}): each pulse
 * then waits for its own frame to be rendered before it ends, so the first frame rendered after an action in pulse N
 * is the frame of pulse N, and a frame time is the whole pulse (animation, CSS, layout, sync and rasterising). Without
 * it rendering overlaps the next pulse and "the next frame" may be an older one.
 *
 * <p>The clock keeps pulses coming (a running AnimationTimer requests one per vsync period), so every measured
 * action starts on a pulse boundary.
 */
final class FrameClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String RASTER_THREAD = "tie-raster";

    private final List<Runnable> onNextPulse = new ArrayList<>();
    private volatile FrameListener onFrame;
    private volatile long fxThread = -1;
    private volatile long renderThread = -1;
    /** The canvas draws large tie images in two bands, one on this worker (TieRaster); -1 until it exists. */
    private volatile long rasterThread = -1;
    private Runnable everyPulse;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            fxThread = Thread.currentThread().getId();
            var actions = List.copyOf(onNextPulse);
            onNextPulse.clear();
            actions.forEach(Runnable::run);
            if (everyPulse != null) {
                everyPulse.run();
            }
        }
    };

    FrameClock(Scene scene) {
        var tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            renderThread = Thread.currentThread().getId();
            var listener = onFrame;
            if (listener != null) {
                listener.rendered(System.nanoTime(), cpuNow());
            }
        });
        Platform.runLater(timer::start);
    }

    /**
     * Runs {@code action} at the start of the next pulse and returns the time from its start until the frame of that
     * pulse was rendered.
     */
    Sample timeToFrame(Runnable action) {
        var result = new CompletableFuture<Sample>();
        Platform.runLater(() -> onNextPulse.add(() -> {
            long cpu0 = cpuNow();
            long t0 = System.nanoTime();
            onFrame = (t, cpu) -> {
                onFrame = null;
                result.complete(new Sample(t - t0, cpu - cpu0));
            };
            try {
                action.run();
            } catch (RuntimeException e) {
                onFrame = null;
                result.completeExceptionally(e);
            }
        }));
        return await(result);
    }

    /**
     * Runs {@code step} at the start of each of the next {@code frames} pulses and returns, per frame, the nanoseconds
     * from the start of the pulse until its frame was rendered, and the interval between successive pulse starts.
     */
    Frames timeFrames(int frames, Runnable step) {
        var work = new long[frames];
        var cpuWork = new long[frames];
        var intervals = new long[frames];
        var done = new CompletableFuture<Frames>();
        Platform.runLater(() -> {
            var state = new long[] {0, 0, 0}; // frames started; start time and CPU time of the current one
            onFrame = (t, cpu) -> {
                int i = (int) state[0] - 1;
                if (i >= 0 && i < frames && work[i] == 0) {
                    work[i] = t - state[1];
                    cpuWork[i] = cpu - state[2];
                }
            };
            everyPulse = () -> {
                long now = System.nanoTime();
                int i = (int) state[0];
                if (i > 0 && i <= frames) {
                    intervals[i - 1] = now - state[1];
                }
                if (i == frames) {
                    everyPulse = null;
                    onFrame = null;
                    done.complete(new Frames(work, cpuWork, intervals));
                    return;
                }
                state[0] = i + 1;
                state[1] = now;
                state[2] = cpuNow();
                step.run();
            };
        });
        return await(done);
    }

    void stop() {
        Platform.runLater(timer::stop);
    }

    /**
     * CPU time of the FX and render threads and of the canvas's tie-raster worker together, nanoseconds: unlike
     * wall-clock time it does not grow when other processes take the cores (the measuring machine is shared).
     */
    private long cpuNow() {
        long fx = fxThread;
        long render = renderThread;
        if (rasterThread < 0) {
            rasterThread = threadNamed(RASTER_THREAD);
        }
        long raster = rasterThread;
        return (fx < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(fx)))
                + (render < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(render)))
                + (raster < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(raster)));
    }

    private static long threadNamed(String name) {
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals(name)) {
                return info.getThreadId();
            }
        }
        return -1;
    }

    private interface FrameListener {
        void rendered(long nanoTime, long cpuTime);
    }

    /** One timed action: wall-clock and FX + render thread CPU time, nanoseconds. */
    record Sample(long wall, long cpu) {
    }

    /** Per-frame work (pulse start → frame rendered; wall and CPU) and pulse intervals, nanoseconds. */
    record Frames(long[] work, long[] cpuWork, long[] intervals) {
    }

    private static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("measurement failed", e);
        }
    }
}

package org.allianceatlas.bench.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start of the real desktop app, process launch → first frame with the graph drawn, for docs/benchmarks.md.
 * Each target is a command that starts the app with no arguments (the runnable jar, the jpackage app image's
 * launcher, the installed command); every run is a new process, the targets take turns run by run so that a change
 * in the machine's load hits them alike, and the first runs of each are thrown away (they fill the OS file cache and
 * the native library cache, as an earlier start of the app would have).
 *
 * <p>The app reports its own times (the {@code StartupProbe} of {@code org.allianceatlas.ui}, switched on through
 * {@code JAVA_TOOL_OPTIONS}, which the {@code java} launcher and jpackage's launcher both honour): epoch microseconds
 * of the JVM's start, of {@code AtlasApp.start}, of the window's first rendered frame and of the first frame with the
 * graph, and the process's CPU time by then. The harness takes the epoch time just before it starts the process; every
 * time of day is relative to that. The app quits after writing the report, and the harness waits for the process to
 * end: nothing here sleeps. The CPU time (all threads) hardly grows when other processes take the cores, so it is the
 * figure to compare between runs on a loaded machine; the wall-clock times are what a user waits.
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" java -cp target/test-classes \
 *     org.allianceatlas.bench.ui.ColdStartHarness [--runs 9] [--warmup 2] \
 *     "jar=java -jar target/alliance-atlas.jar" "image=target/jpackage/alliance-atlas/bin/alliance-atlas"
 * </pre>
 *
 * Needs a display (Xvfb); preferences go to their own node ({@code /allianceatlas-coldstart}), so the user's are
 * untouched.
 */
public final class ColdStartHarness {

    private static final String PROBE_OPTIONS = "-Dallianceatlas.startup.quit=true -Dquantum.multithreaded=false"
            + " -Dallianceatlas.preferences.node=/allianceatlas-coldstart";
    private static final String[] PHASES = {"jvmStart", "appStart", "window", "graphFrame"};

    private ColdStartHarness() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = 9;
        int warmup = 2;
        var targets = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> {
                    int eq = args[i].indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("a target is LABEL=COMMAND, not " + args[i]);
                    }
                    targets.put(args[i].substring(0, eq), List.of(args[i].substring(eq + 1).trim().split("\\s+")));
                }
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no target: give LABEL=COMMAND (for example "
                    + "\"jar=java -jar target/alliance-atlas.jar\")");
        }
        var work = Files.createTempDirectory("coldstart");
        var results = new LinkedHashMap<String, List<Map<String, Long>>>();
        targets.keySet().forEach(t -> results.put(t, new ArrayList<>()));
        var loads = new ArrayList<Double>();
        for (int run = 0; run < warmup + runs; run++) {
            for (var target : targets.entrySet()) {
                loads.add(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                var times = runOnce(target.getValue(), work, target.getKey() + "-" + run);
                if (run >= warmup) {
                    results.get(target.getKey()).add(times);
                }
                System.out.printf(Locale.ROOT, "%-8s run %2d%s: first frame with the graph %5d ms (window %5d ms, "
                        + "CPU %5d ms)%n", target.getKey(), run, run < warmup ? " (warm-up)" : "",
                        times.get("graphFrame") / 1000, times.get("window") / 1000, times.get("cpu") / 1000);
            }
        }
        print(results, loads, runs);
    }

    /** Times in microseconds since the launch, by phase. */
    private static Map<String, Long> runOnce(List<String> command, Path work, String name)
            throws IOException, InterruptedException {
        var report = work.resolve(name + ".report");
        var log = work.resolve(name + ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", PROBE_OPTIONS + " -Dallianceatlas.startup.report=" + report);
        long launched = epochMicros();
        var process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + ": no first frame within 3 minutes; see " + log);
        }
        if (!Files.exists(report)) {
            throw new IllegalStateException(name + ": exit code " + process.exitValue() + " and no report; see "
                    + log);
        }
        var values = new HashMap<String, Long>();
        for (var pair : Files.readString(report).trim().split("\\s+")) {
            var kv = pair.split("=", 2);
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        var times = new LinkedHashMap<String, Long>();
        for (var phase : PHASES) {
            times.put(phase, values.get(phase) - launched);
        }
        times.put("cpu", values.getOrDefault("cpu", -1L)); // -1: an older build without the figure
        times.put("vertices", values.get("vertices"));
        times.put("ties", values.get("ties"));
        return times;
    }

    private static void print(Map<String, List<Map<String, Long>>> results, List<Double> loads, int runs) {
        System.out.printf(Locale.ROOT, "%nLoad average (1 min) during the runs: %.2f–%.2f; %d runs per target after "
                + "the warm-up; medians in ms since the process was started%n%n",
                loads.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                loads.stream().mapToDouble(Double::doubleValue).max().orElse(0), runs);
        System.out.println("| target | JVM started | AtlasApp.start | first frame (window) | first frame with the "
                + "graph | graph, every run | CPU time by then |");
        System.out.println("|---|---:|---:|---:|---:|---|---:|");
        for (var e : results.entrySet()) {
            var row = new StringBuilder("| " + e.getKey());
            for (var phase : PHASES) {
                row.append(" | ").append(format(median(e.getValue(), phase)));
            }
            row.append(" | ");
            row.append(String.join(", ", e.getValue().stream().map(t -> format(t.get("graphFrame"))).toList()));
            row.append(" | ").append(format(median(e.getValue(), "cpu"))).append(" |");
            System.out.println(row);
        }
        var any = results.values().iterator().next().get(0);
        System.out.printf(Locale.ROOT, "%nThe graph frame showed %d vertices and %d ties.%n", any.get("vertices"),
                any.get("ties"));
    }

    private static long median(List<Map<String, Long>> runs, String phase) {
        var values = runs.stream().mapToLong(t -> t.get(phase)).toArray();
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static String format(long micros) {
        if (micros < 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,d", Math.round(micros / 1000.0));
    }

    private static long epochMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }
}

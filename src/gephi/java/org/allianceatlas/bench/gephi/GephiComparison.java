package org.allianceatlas.bench.gephi;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.allianceatlas.bench.compare.SlideExport;
import org.allianceatlas.bench.compare.SlideView;
import org.allianceatlas.bench.legibility.Legibility;
import org.allianceatlas.bench.legibility.LegibilityReport;
import org.allianceatlas.bench.legibility.LegibilityTable;
import org.allianceatlas.bench.legibility.StateNames;
import org.allianceatlas.bench.legibility.SvgPictureReader;
import org.allianceatlas.cli.AtlasCli;

/**
 * Our picture exports against the Gephi Toolkit's, for the five views of issue 12, in one command:
 *
 * <pre>
 * mvn -Pgephi test-compile exec:exec@compare [-Dgephi.args="OPTIONS"]
 * </pre>
 *
 * Options: {@code --out DIR} (default {@code target/gephi-compare}), {@code --iterations N} of ForceAtlas2 (2000),
 * {@code --warmup N} runs not counted (2), {@code --runs N} counted (5), {@code --views a,b} (default all), {@code
 * --ours-only} (measure ours again and reuse the Gephi results already in {@code --out}: for re-measuring our new
 * exports in seconds), {@code --docs DIR} (copy the two world 2024 PNGs there).
 *
 * <p>For each view ({@link SlideView#ISSUE_12}) it (1) writes our GEXF with our CLI's {@code export} command, in this
 * JVM; (2) times our slide export (1920 × 1080, the CLI's defaults) in parts with {@link SlideExport}: loading the
 * shipped data, filtering and laying out; then each of PNG, SVG and PDF alone; then the CLI's whole {@code export
 * --format png|svg|pdf} command; (3) starts {@link GephiExports} in a JVM of its own (the toolkit needs
 * PDFBox 2, we ship PDFBox 3: the class path is this one with our PDFBox swapped for the jars in
 * {@code -Dgephi.pdfbox2}, and under {@code xvfb-run} when there is no display, because Gephi's PNG exporter asks AWT
 * for a screen), which imports the GEXF, applies the year, runs ForceAtlas2 and times Gephi's PNG, SVG and PDF exports;
 * (4) counts the legibility of both SVGs; (5) writes {@code comparison.md} in {@code --out} and prints it.
 */
public final class GephiComparison {

    private static final List<String> FORMATS = List.of("png", "svg", "pdf");
    private static final long GEPHI_TIMEOUT_MINUTES = 30;

    private Path out = Path.of("target", "gephi-compare");
    private int iterations = 2000;
    private int warmup = 2;
    private int runs = 5;
    private List<SlideView> views = SlideView.ISSUE_12;
    private boolean oursOnly;
    private Path docs;

    /**
     * Our timings in milliseconds by view, then step, in run order (run 0 first): {@code prepare}, a format (the
     * export alone) and {@code cli-}format (the whole command).
     */
    private final Map<String, Map<String, List<Double>>> ours = new LinkedHashMap<>();
    private final Map<String, String> ourCounts = new LinkedHashMap<>();

    public static void main(String[] args) {
        var comparison = new GephiComparison();
        try {
            comparison.parse(args);
            comparison.run();
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("options: --out DIR --iterations N --warmup N --runs N --views a,b --ours-only "
                    + "--docs DIR; views: " + SlideView.ISSUE_12.stream().map(SlideView::name)
                    .collect(Collectors.joining(", ")));
            System.exit(2);
        } catch (IOException | InterruptedException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            var option = args[i];
            if (option.equals("--ours-only")) {
                oursOnly = true;
                continue;
            }
            if (!List.of("--out", "--docs", "--iterations", "--warmup", "--runs", "--views").contains(option)) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            var value = args[++i];
            switch (option) {
                case "--out" -> out = Path.of(value);
                case "--docs" -> docs = Path.of(value);
                case "--iterations" -> iterations = atLeast(1, option, value);
                case "--warmup" -> warmup = atLeast(0, option, value);
                case "--runs" -> runs = atLeast(1, option, value);
                case "--views" -> {
                    var wanted = List.of(value.split(","));
                    views = SlideView.ISSUE_12.stream().filter(v -> wanted.contains(v.name())).toList();
                    if (views.size() != wanted.size()) {
                        throw new IllegalArgumentException("unknown view in " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
    }

    private static int atLeast(int min, String option, String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            n = min - 1;
        }
        if (n < min) {
            throw new IllegalArgumentException(option + " takes a whole number of at least " + min + ", not " + value);
        }
        return n;
    }

    private void run() throws IOException, InterruptedException {
        Files.createDirectories(out);
        var loadBefore = loadAverage();
        for (var view : views) {
            cli("gexf", view, out.resolve(view.name() + ".gexf"));
            var timings = ours.computeIfAbsent(view.name(), k -> new LinkedHashMap<>());
            SlideExport prepared = null;
            for (int run = 0; run < warmup + runs; run++) {
                long t0 = System.nanoTime();
                prepared = SlideExport.prepare(view);
                timings.computeIfAbsent("prepare", k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
            }
            ourCounts.put(view.name(), prepared.vertices() + " / " + prepared.ties());
            for (var format : FORMATS) {
                var target = out.resolve(view.name() + "-ours." + format);
                for (int run = 0; run < warmup + runs; run++) {
                    long t0 = System.nanoTime();
                    prepared.export(format, target);
                    timings.computeIfAbsent(format, k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
                }
                for (int run = 0; run < warmup + runs; run++) {
                    long t0 = System.nanoTime();
                    cli(format, view, target);
                    timings.computeIfAbsent("cli-" + format, k -> new ArrayList<>())
                            .add((System.nanoTime() - t0) / 1e6);
                }
            }
            System.err.println("ours: " + view.name() + " done");
        }
        if (!oursOnly) {
            gephi();
        }
        var gephi = readGephiTimings(out.resolve("gephi-timings.tsv"));
        var loadAfter = loadAverage();
        var report = report(gephi, loadBefore, loadAfter);
        Files.writeString(out.resolve("comparison.md"), report, StandardCharsets.UTF_8);
        System.out.print(report);
        if (docs != null) {
            Files.createDirectories(docs);
            for (var side : List.of("ours", "gephi")) {
                var png = out.resolve("world-2024-" + side + ".png");
                if (Files.exists(png)) {
                    Files.copy(png, docs.resolve("world-2024-" + side + ".png"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Runs our CLI's export in this JVM; returns what it printed; a failure stops the comparison. */
    private static String cli(String format, SlideView view, Path target) throws IOException {
        var args = new ArrayList<>(List.of("export", "--format", format, "--out", target.toString(), "--force"));
        args.addAll(view.cliArgs());
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = AtlasCli.execute(new PrintWriter(stdout), new PrintWriter(stderr), args.toArray(String[]::new));
        if (code != 0) {
            throw new IOException("alliance-atlas " + String.join(" ", args) + " failed (" + code + "): " + stderr);
        }
        return stdout.toString();
    }

    private void gephi() throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            if (!onPath("xvfb-run")) {
                throw new IOException("Gephi's PNG exporter needs a display: set DISPLAY, or install Xvfb "
                        + "(Debian: apt-get install xvfb) so that xvfb-run can provide one");
            }
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1920x1080x24 -nolisten tcp"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(gephiClassPath());
        command.add(GephiExports.class.getName());
        command.addAll(List.of(out.toString(), Integer.toString(iterations), Integer.toString(warmup),
                Integer.toString(runs)));
        for (var view : views) {
            command.add(view.name() + "=" + out.resolve(view.name() + ".gexf") + "@" + view.year());
        }
        var log = out.resolve("gephi.log");
        System.err.println("gephi: running the toolkit (log: " + log + ")");
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(GEPHI_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            // xvfb-run is a script: stop the Java process and the X server it started, not just the script.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IOException("the Gephi run took over " + GEPHI_TIMEOUT_MINUTES + " minutes and was stopped; "
                    + "see " + log);
        }
        if (process.exitValue() != 0) {
            var lines = Files.readAllLines(log);
            throw new IOException("the Gephi run failed (exit " + process.exitValue() + "); the end of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
    }

    /** This JVM's class path with our PDFBox 3 (and the PDFBox Graphics2D bridge) replaced by Gephi's PDFBox 2. */
    private static String gephiClassPath() throws IOException {
        var pdfbox2 = System.getProperty("gephi.pdfbox2");
        if (pdfbox2 == null) {
            throw new IOException("-Dgephi.pdfbox2=DIR (the PDFBox 2 jars) is not set; run through "
                    + "mvn -Pgephi test-compile exec:exec@compare");
        }
        var entries = new ArrayList<String>();
        for (var entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            var normal = entry.replace('\\', '/');
            if (!normal.contains("/org/apache/pdfbox/") && !normal.contains("/de/rototor/")) {
                entries.add(entry);
            }
        }
        try (var jars = Files.list(Path.of(pdfbox2))) {
            var found = jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().toList();
            if (found.isEmpty()) {
                throw new IOException("no PDFBox 2 jars in " + pdfbox2);
            }
            entries.addAll(found);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static boolean onPath(String program) {
        var path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static Map<String, Map<String, List<Double>>> readGephiTimings(Path tsv) throws IOException {
        if (!Files.exists(tsv)) {
            throw new IOException(tsv + " is missing: run once without --ours-only");
        }
        var timings = new LinkedHashMap<String, Map<String, List<Double>>>();
        for (var line : Files.readAllLines(tsv).subList(1, Files.readAllLines(tsv).size())) {
            var f = line.split("\t");
            timings.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(Double.parseDouble(f[3]));
        }
        return timings;
    }

    private String report(Map<String, Map<String, List<Double>>> gephi, String loadBefore, String loadAfter)
            throws IOException {
        var md = new StringBuilder();
        md.append("## Gephi Toolkit 0.10.1 and Alliance Atlas, ").append(LocalDate.now()).append("\n\n");
        md.append(String.format(Locale.ROOT, "Machine: %d cores (%s), %s %s, Java %s; load average %s before, %s "
                        + "after. Each time is the median of %d runs after %d warm-up runs, first (cold) run in "
                        + "brackets, in ms. ForceAtlas2: %d iterations, its defaults, one thread.%s%n%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), loadBefore, loadAfter, runs,
                warmup, iterations, oursOnly ? " **Gephi's figures reused from an earlier run (--ours-only).**" : ""));
        md.append("Export alone, from the laid-out graph to the file (Gephi: `ExportController.exportFile`, which "
                + "refreshes its preview; ours: render model, drawing and the atomic write):\n\n");
        md.append("| view | vertices / ties: ours; Gephi | PNG: Gephi | PNG: **ours** | SVG: Gephi | SVG: **ours** "
                + "| PDF: Gephi | PDF: **ours** |\n");
        md.append("|---|---|--:|--:|--:|--:|--:|--:|\n");
        for (var view : views) {
            var g = gephi.getOrDefault(view.name(), Map.of());
            var o = ours.get(view.name());
            md.append("| ").append(view.name()).append(" | ").append(ourCounts.get(view.name())).append("; ")
                    .append(count(g, "nodes")).append(" / ").append(count(g, "edges"));
            if (count(g, "import-errors") > 0) {
                md.append(" (").append(count(g, "import-errors")).append(" import errors)");
            }
            for (var format : FORMATS) {
                md.append(" | ").append(time(g.get(format))).append(" | **").append(time(o.get(format)))
                        .append("**");
            }
            md.append(" |\n");
        }
        md.append("\nBefore the export, and our whole command:\n\n");
        md.append("| view | Gephi: import the GEXF + the year | Gephi: ForceAtlas2 | ours: load the data + filter + "
                + "lay out | ours, whole `export` command: PNG | SVG | PDF |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|\n");
        for (var view : views) {
            var g = gephi.getOrDefault(view.name(), Map.of());
            var o = ours.get(view.name());
            md.append("| ").append(view.name()).append(" | ").append(sum(g, List.of("import", "timeline")))
                    .append(" | ").append(time(g.get("forceatlas2"))).append(" | ").append(time(o.get("prepare")));
            for (var format : FORMATS) {
                md.append(" | ").append(time(o.get("cli-" + format)));
            }
            md.append(" |\n");
        }
        md.append("\nLegibility of the SVGs, fitted into a 1920 × 1080 slide (counted by "
                + "`org.allianceatlas.bench.legibility.LegibilityCount`):\n\n");
        var reader = new SvgPictureReader();
        var names = new ArrayList<String>();
        var reports = new ArrayList<LegibilityReport>();
        for (var view : views) {
            var states = StateNames.predicate(StateNames.of(out.resolve(view.name() + ".gexf")));
            for (var side : List.of("gephi", "ours")) {
                var svg = out.resolve(view.name() + "-" + side + ".svg");
                if (Files.exists(svg)) {
                    names.add(view.name() + ", " + (side.equals("ours") ? "**ours**" : "Gephi"));
                    reports.add(Legibility.measure(reader.read(svg), states));
                }
            }
        }
        md.append(LegibilityTable.of(names, reports));
        md.append("\nViews (our CLI's filters): ").append(views.stream().map(v -> "`" + v.name() + "`: `"
                + String.join(" ", v.cliArgs()) + "`").collect(Collectors.joining("; "))).append(".\n");
        return md.toString();
    }

    private static int count(Map<String, List<Double>> steps, String name) {
        var values = steps.get(name);
        return values == null ? 0 : values.get(0).intValue();
    }

    private String sum(Map<String, List<Double>> steps, List<String> names) {
        var parts = names.stream().map(steps::get).toList();
        if (parts.contains(null)) {
            return "–";
        }
        var total = new ArrayList<Double>();
        for (int run = 0; run < parts.get(0).size(); run++) {
            double t = 0;
            for (var p : parts) {
                t += p.get(run);
            }
            total.add(t);
        }
        return time(total);
    }

    /** Median of the counted runs, with the first run in brackets. */
    private String time(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return "–";
        }
        var counted = new ArrayList<>(values.subList(Math.min(warmup, values.size() - 1), values.size()));
        counted.sort(null);
        int n = counted.size();
        double median = n % 2 == 1 ? counted.get(n / 2) : (counted.get(n / 2 - 1) + counted.get(n / 2)) / 2;
        return String.format(Locale.ROOT, "%s (%s)", ms(median), ms(values.get(0)));
    }

    private static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String loadAverage() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static String cpuModel() {
        try {
            var models = new TreeMap<String, Integer>();
            for (var line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    models.merge(line.substring(line.indexOf(':') + 1).strip(), 1, Integer::sum);
                }
            }
            return models.isEmpty() ? "unknown CPU" : String.join(", ", models.keySet());
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}

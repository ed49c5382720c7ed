package org.allianceatlas.bench.gephi;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.exporter.api.ExportController;
import org.gephi.io.exporter.preview.PDFExporter;
import org.gephi.io.exporter.preview.PNGExporter;
import org.gephi.io.exporter.preview.SVGExporter;
import org.gephi.io.exporter.spi.Exporter;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2;
import org.gephi.layout.plugin.forceAtlas2.ForceAtlas2Builder;
import org.gephi.preview.api.PreviewController;
import org.gephi.preview.api.PreviewProperty;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * The Gephi side of the comparison, run in a JVM of its own (the toolkit needs PDFBox 2, we ship PDFBox 3): for each
 * view, what a Gephi user does with our GEXF export: import it, set the timeline to the view's year, run ForceAtlas2,
 * switch on node labels in Preview and export PNG, SVG and PDF with the rest of the preview and exporter defaults.
 *
 * <p>Arguments: {@code OUT_DIR ITERATIONS WARMUP RUNS NAME=GEXF@YEAR...}. Writes {@code NAME-gephi.png|svg|pdf} and
 * {@code gephi-timings.tsv} (view, step, run, milliseconds; run 0 is the first, cold one; and per view the counts
 * {@code nodes}, {@code edges} and {@code import-errors}, the errors in Gephi's import report) into {@code OUT_DIR}.
 *
 * <p>Choices, all documented in docs/benchmarks.md: the timeline filter is applied by removing every node and edge
 * that has no spell containing the year (what Gephi's timeline shows for a one-year range); ForceAtlas2 runs with
 * its defaults for the graph's size ({@code resetPropertiesValues}) on one thread, so the result is the same on every
 * machine, starting from the positions in the GEXF (our geographic layout), for a fixed number of iterations; PNG is
 * 1920 × 1080, PDF a 1920 × 1080 pt page (the default is A4), SVG has no page size in Gephi (its view box is the
 * drawing's bounds).
 */
public final class GephiExports {

    private GephiExports() {
    }

    /** One view to export: a name for the files, our GEXF file and the year to show. */
    record View(String name, Path gexf, int year) {

        static View parse(String arg) {
            int eq = arg.indexOf('=');
            int at = arg.lastIndexOf('@');
            if (eq <= 0 || at < eq) {
                throw new IllegalArgumentException("expected NAME=GEXF@YEAR, got " + arg);
            }
            return new View(arg.substring(0, eq), Path.of(arg.substring(eq + 1, at)),
                    Integer.parseInt(arg.substring(at + 1)));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: GephiExports OUT_DIR ITERATIONS WARMUP RUNS NAME=GEXF@YEAR...");
            System.exit(2);
        }
        var out = Path.of(args[0]);
        int iterations = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        var views = new ArrayList<View>();
        for (int i = 4; i < args.length; i++) {
            views.add(View.parse(args[i]));
        }
        Files.createDirectories(out);
        try (var tsv = new PrintWriter(Files.newBufferedWriter(out.resolve("gephi-timings.tsv"),
                StandardCharsets.UTF_8))) {
            tsv.println("view\tstep\trun\tms");
            for (var view : views) {
                run(view, out, iterations, warmup, runs, tsv);
                tsv.flush();
            }
        }
    }

    private static void run(View view, Path out, int iterations, int warmup, int runs, PrintWriter tsv)
            throws IOException {
        Workspace workspace = null;
        // Import, timeline and layout again for every run: ForceAtlas2 moves the nodes, so a second pass on the
        // same workspace would start from a laid-out graph.
        for (int run = 0; run < warmup + runs; run++) {
            var pc = Lookup.getDefault().lookup(ProjectController.class);
            if (pc.hasCurrentProject()) {
                pc.closeCurrentProject();
            }
            pc.newProject();
            workspace = pc.getCurrentWorkspace();
            long t0 = System.nanoTime();
            int errors = importGexf(view.gexf(), workspace);
            long t1 = System.nanoTime();
            var model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
            int[] counts = keepYear(model, view.year());
            long t2 = System.nanoTime();
            forceAtlas2(model, iterations);
            long t3 = System.nanoTime();
            record(tsv, view, "import", run, t1 - t0);
            record(tsv, view, "timeline", run, t2 - t1);
            record(tsv, view, "forceatlas2", run, t3 - t2);
            if (run == 0) {
                tsv.printf(Locale.ROOT, "%s\tnodes\t0\t%d%n%s\tedges\t0\t%d%n%s\timport-errors\t0\t%d%n",
                        view.name(), counts[0], view.name(), counts[1], view.name(), errors);
            }
        }
        var preview = Lookup.getDefault().lookup(PreviewController.class);
        // The one setting a user must change to see names at all: Gephi's preview shows no node labels by default.
        preview.getModel(workspace).getProperties().putValue(PreviewProperty.SHOW_NODE_LABELS, Boolean.TRUE);
        var ec = Lookup.getDefault().lookup(ExportController.class);
        for (var format : List.of("png", "svg", "pdf")) {
            var file = out.resolve(view.name() + "-gephi." + format).toFile();
            for (int run = 0; run < warmup + runs; run++) {
                var exporter = exporter(ec, format, workspace);
                long t0 = System.nanoTime();
                ec.exportFile(file, exporter);
                record(tsv, view, format, run, System.nanoTime() - t0);
            }
        }
    }

    /** Imports as Gephi's import dialog would with its defaults; returns the number of errors in its report. */
    private static int importGexf(Path gexf, Workspace workspace) throws IOException {
        var ic = Lookup.getDefault().lookup(ImportController.class);
        var container = ic.importFile(gexf.toFile());
        if (container == null) {
            throw new IOException("Gephi could not import " + gexf);
        }
        int errors = 0;
        for (var issues = container.getReport().getIssues(Integer.MAX_VALUE); issues.hasNext(); ) {
            if (issues.next().getLevel() == Issue.Level.SEVERE) {
                errors++;
            }
        }
        ic.process(container, new DefaultProcessor(), workspace);
        return errors;
    }

    /** Removes what has no spell containing {@code year}; returns the node and edge counts that remain. */
    private static int[] keepYear(GraphModel model, int year) {
        var graph = model.getGraph();
        graph.writeLock();
        try {
            for (Edge e : graph.getEdges().toArray()) {
                if (!existsIn(e, year)) {
                    graph.removeEdge(e);
                }
            }
            for (Node n : graph.getNodes().toArray()) {
                if (!existsIn(n, year)) {
                    graph.removeNode(n);
                }
            }
        } finally {
            graph.writeUnlock();
        }
        return new int[] {graph.getNodeCount(), graph.getEdgeCount()};
    }

    private static boolean existsIn(Element element, int year) {
        Interval[] intervals = element.getIntervals();
        if (intervals == null || intervals.length == 0) {
            return true;
        }
        for (var interval : intervals) {
            if (interval.getLow() <= year && year <= interval.getHigh()) {
                return true;
            }
        }
        return false;
    }

    private static void forceAtlas2(GraphModel model, int iterations) {
        ForceAtlas2 layout = new ForceAtlas2Builder().buildLayout();
        layout.setGraphModel(model);
        layout.resetPropertiesValues();
        layout.setThreadsCount(1);
        layout.initAlgo();
        for (int i = 0; i < iterations && layout.canAlgo(); i++) {
            layout.goAlgo();
        }
        layout.endAlgo();
    }

    private static Exporter exporter(ExportController ec, String format, Workspace workspace) {
        Exporter exporter = ec.getExporter(format);
        if (exporter instanceof PNGExporter png) {
            png.setWidth(1920);
            png.setHeight(1080);
        } else if (exporter instanceof PDFExporter pdf) {
            pdf.setPageSize(new PDRectangle(1920, 1080));
        } else if (!(exporter instanceof SVGExporter)) {
            throw new IllegalStateException("no Gephi exporter for " + format + ": " + exporter);
        }
        exporter.setWorkspace(workspace);
        return exporter;
    }

    private static void record(PrintWriter tsv, View view, String step, int run, long nanos) {
        tsv.printf(Locale.ROOT, "%s\t%s\t%d\t%.3f%n", view.name(), step, run, nanos / 1e6);
    }
}

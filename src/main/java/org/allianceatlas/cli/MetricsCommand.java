package org.allianceatlas.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.allianceatlas.analysis.Metric;
import org.allianceatlas.analysis.MetricsTable;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.io.JsonReportWriter;
import org.allianceatlas.model.Keyed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code metrics [filters] [--format table|csv|json] [--sort METRIC] [--top N]}: centrality of every visible vertex.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Centrality metrics of every state and organisation in the view of a year.",
            "Degree counts ties in the two-mode graph; the others use the state–state projection (states tied when "
                    + "they share an organisation or a clause)."})
final class MetricsCommand extends ViewCommand {

    enum Format implements Keyed { TABLE, CSV, JSON }

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", converter = FormatConverter.class,
            description = "table (default), csv or json.")
    private Format format;

    @Option(names = "--sort", paramLabel = "METRIC", defaultValue = "degree", converter = MetricConverter.class,
            description = "Sort by this metric, largest first: degree (default), weighted_degree, betweenness, "
                    + "closeness, pagerank, eigenvector, clustering, coreness.")
    private Metric sort;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "Only the first N rows (0: all).")
    private int top;

    @Override
    void answer(AtlasCli.Loaded loaded, FilterCriteria criteria, PrintWriter out) {
        var table = loaded.service().metrics(criteria);
        var rows = table.sortedBy(sort);
        if (top > 0 && rows.size() > top) {
            rows = rows.subList(0, top);
        }
        var sorted = new MetricsTable(table.year(), rows);
        switch (format) {
            case CSV -> out.print(loaded.service().metricsCsv(sorted));
            case JSON -> json(sorted, out);
            default -> table(sorted, out);
        }
    }

    private static void table(MetricsTable t, PrintWriter out) {
        out.println("Metrics of the view of " + t.year() + " (" + t.rows().size() + " vertices)");
        for (var m : Metric.values()) {
            out.printf(Locale.ROOT, "  %-16s %s [%s]%n", m.key(), m.description(), m.graph().label());
        }
        out.println();
        var header = new StringBuilder(String.format(Locale.ROOT, "%-26s %-5s", "id", "kind"));
        for (var m : Metric.values()) {
            header.append(String.format(Locale.ROOT, " %11s", abbreviation(m)));
        }
        out.println(header);
        for (var r : t.rows()) {
            var line = new StringBuilder(String.format(Locale.ROOT, "%-26s %-5s", r.id(),
                    r.kind().equals("state") ? "state" : "org"));
            for (var m : Metric.values()) {
                double v = r.value(m);
                line.append(Double.isNaN(v) ? String.format(Locale.ROOT, " %11s", "–")
                        : String.format(Locale.ROOT, " %11.4f", v));
            }
            out.println(line);
        }
    }

    private static String abbreviation(Metric m) {
        var k = m.key();
        return k.length() <= 11 ? k : k.substring(0, 11);
    }

    /** The table as JSON: the year, what each metric means and on which graph, then one object per row. */
    private static void json(MetricsTable t, PrintWriter out) {
        try (var w = new JsonReportWriter(out)) {
            w.startObject().field("year", t.year()).name("metrics").startArray();
            for (var m : Metric.values()) {
                w.startObject().field("key", m.key()).field("label", m.label()).field("graph", m.graph().label())
                        .field("description", m.description()).endObject();
            }
            w.endArray().name("rows").startArray();
            for (var r : t.rows()) {
                w.startObject().field("id", r.id()).field("name", r.name()).field("kind", r.kind());
                for (var m : Metric.values()) {
                    w.field(m.key(), r.value(m));
                }
                w.endObject();
            }
            w.endArray().endObject();
        }
    }

    static final class FormatConverter extends KeyedConverter<Format> {
        FormatConverter() {
            super(Format.class, "a format");
        }
    }

    static final class MetricConverter extends KeyedConverter<Metric> {
        MetricConverter() {
            super(Metric.class, "a metric");
        }
    }
}

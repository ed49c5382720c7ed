package org.allianceatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.allianceatlas.analysis.Metric;
import org.allianceatlas.analysis.MetricsTable;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.io.InputFiles;
import org.allianceatlas.layout.Positions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the view's graph (its year only) as two CSV files in a folder: {@code nodes.csv} ({@code Id, Label}, the
 * layout position {@code x, y} and every vertex attribute) and {@code edges.csv} ({@code Source, Target, Type, Id,
 * Label} and every tie attribute). The first columns follow Gephi's spreadsheet import, so Gephi, Cytoscape and
 * spreadsheets read the files as they are. RFC 4180 (commas, quotes doubled, CRLF), UTF-8 without BOM.
 *
 * <p>Text cells that a spreadsheet would run as a formula — starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return, as OWASP's "CSV injection" advice lists them — get a leading apostrophe
 * ({@code '=SUM(A1)}), which spreadsheets show as text; numbers ({@code -77.04}) are left as they are.
 * {@link #metrics} writes the metrics table the same way.
 *
 * <p>The folder is created when missing (its parent must exist). Both files are checked before either is written, so
 * a refusal to overwrite leaves nothing half-exported; each file is written atomically.
 */
public final class CsvExporter implements Exporter {

    public static final String NODES = "nodes.csv";
    public static final String EDGES = "edges.csv";

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public void export(ExportJob job) throws ExportException {
        var folder = job.target();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ExportException(ExportException.Reason.NOT_WRITABLE, folder, "Cannot write CSV to " + folder
                    + ": it is a file; CSV export writes nodes.csv and edges.csv into a folder, give a folder name");
        }
        var parent = folder.toAbsolutePath().normalize().getParent();
        if (!Files.isDirectory(folder) && (parent == null || !Files.isDirectory(parent))) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, folder, "Cannot write CSV to " + folder
                    + ": the folder " + parent + " does not exist; create it first");
        }
        var nodes = folder.resolve(NODES);
        var edges = folder.resolve(EDGES);
        if (Files.isDirectory(folder)) {
            AtomicFile.checkTarget(nodes, job.overwrite());
            AtomicFile.checkTarget(edges, job.overwrite());
        } else {
            try {
                Files.createDirectory(folder);
            } catch (IOException e) {
                throw new ExportException(ExportException.Reason.NOT_WRITABLE, folder, "Cannot create the folder "
                        + folder + ": " + InputFiles.describe(e), e);
            }
        }
        AtomicFile.write(nodes, job.overwrite(), out -> writeNodes(job.view(), job.positions(), out));
        AtomicFile.write(edges, job.overwrite(), out -> writeEdges(job.view(), out));
    }

    /** Writes {@code nodes.csv}; does not close {@code out}. */
    public void writeNodes(AlignmentView view, Positions positions, OutputStream out) throws IOException {
        var attributes = ElementAttributes.VERTEX;
        var header = new ArrayList<>(List.of("Id", "Label", "x", "y"));
        attributes.forEach(a -> header.add(a.key()));
        var printer = printer(out, header);
        for (var a : view.vertices()) {
            var row = new ArrayList<String>();
            row.add(a.id());
            // The name as of the year shown: an organisation's dated name (EEC in 1960).
            row.add(a.nameIn(view.criteria().year()));
            var p = positions.of(a.id());
            row.add(p.map(q -> SvgWriter.num(q.x())).orElse(""));
            row.add(p.map(q -> SvgWriter.num(q.y())).orElse(""));
            attributes.forEach(attr -> row.add(attr.valueOf(a)));
            printer.printRecord(row.stream().map(CsvExporter::cell).toList());
        }
        printer.flush();
    }

    /** Writes {@code edges.csv}; does not close {@code out}. */
    public void writeEdges(AlignmentView view, OutputStream out) throws IOException {
        var attributes = ElementAttributes.tie(view.criteria().basis());
        var header = new ArrayList<>(List.of("Source", "Target", "Type", "Id", "Label"));
        attributes.forEach(a -> header.add(a.key()));
        var printer = printer(out, header);
        for (var t : view.ties()) {
            var row = new ArrayList<String>();
            row.add(view.first(t).id());
            row.add(view.second(t).id());
            row.add(t instanceof ClauseTie c && c.isDirected() ? "Directed" : "Undirected");
            row.add(t.id());
            row.add(ElementAttributes.label(t));
            attributes.forEach(attr -> row.add(attr.valueOf(t)));
            printer.printRecord(row.stream().map(CsvExporter::cell).toList());
        }
        printer.flush();
    }

    /**
     * The metrics table as CSV (RFC 4180, CRLF, header row; whole numbers as such, others with 6 decimals, empty
     * where a metric does not apply), for {@code metrics --format csv} and the app's "Export table".
     */
    public static String metrics(MetricsTable table) {
        var out = new StringBuilder();
        var header = new ArrayList<>(List.of("id", "name", "kind"));
        Arrays.stream(Metric.values()).forEach(m -> header.add(m.key()));
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .build())) {
            for (var r : table.rows()) {
                var row = new ArrayList<String>(List.of(cell(r.id()), cell(r.name()), r.kind()));
                for (var m : Metric.values()) {
                    double v = r.value(m);
                    row.add(Double.isNaN(v) ? "" : v == Math.rint(v) ? Long.toString((long) v)
                            : String.format(Locale.ROOT, "%.6f", v));
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to memory", e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet shows as written: formula starts get a leading apostrophe; numbers stay numbers. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        boolean formulaStart = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formulaStart && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    private static CSVPrinter printer(OutputStream out, List<String> header) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build();
        return new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format);
    }

    /** The two files a CSV export of {@code folder} writes. */
    public static List<Path> files(Path folder) {
        return List.of(folder.resolve(NODES), folder.resolve(EDGES));
    }
}

package org.allianceatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Organisation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the view's graph (its year only) as two CSV files in a folder: {@code nodes.csv} ({@code Id, Label}, the
 * layout position {@code x, y} and every vertex attribute) and {@code edges.csv} ({@code Source, Target, Type, Id,
 * Label} and every tie attribute). The first columns follow Gephi's spreadsheet import, so Gephi, Cytoscape and
 * spreadsheets read the files as they are. RFC 4180 (commas, quotes doubled, CRLF), UTF-8 without BOM.
 *
 * <p>The folder is created when missing (its parent must exist). Both files are checked before either is written, so
 * a refusal to overwrite leaves nothing half-exported; each file is written atomically.
 */
public final class CsvExporter implements Exporter {

    public static final String NODES = "nodes.csv";
    public static final String EDGES = "edges.csv";

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
                        + folder + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
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
            row.add(a instanceof Organisation o ? o.nameIn(view.criteria().year()) : a.name());
            var p = positions.of(a.id());
            row.add(p.map(q -> SvgWriter.num(q.x())).orElse(""));
            row.add(p.map(q -> SvgWriter.num(q.y())).orElse(""));
            attributes.forEach(attr -> row.add(attr.valueOf(a)));
            printer.printRecord(row);
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
            printer.printRecord(row);
        }
        printer.flush();
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

package org.allianceatlas.export;

import java.util.Objects;

/** Writes one {@link ExportFormat}. Implementations are stateless and thread-safe. */
public interface Exporter {

    ExportFormat format();

    /**
     * Writes the job's view to its target, atomically.
     *
     * @throws ExportException when the target exists and overwriting is off, cannot be written, or the options cannot
     *                         be honoured; the target is then unchanged
     */
    void export(ExportJob job) throws ExportException;

    /** The exporter for {@code format}. */
    static Exporter forFormat(ExportFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case PNG -> new PngExporter();
            case SVG -> new SvgExporter();
            case PDF -> new PdfExporter();
            case GEXF -> new GexfExporter();
            case GRAPHML -> new GraphMlExporter();
            case CSV -> new CsvExporter();
            case JSON -> new JsonExporter();
        };
    }
}

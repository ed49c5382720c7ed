package org.allianceatlas.export;

import java.nio.file.Path;
import java.util.Objects;

import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Positions;

/**
 * What to export and where.
 *
 * @param view      what is shown (year and filters)
 * @param positions vertex positions in layout units: drawn by the picture formats (a vertex without a position is
 *                  left out of the picture, so pass a complete layout), written as coordinates by GEXF, GraphML and
 *                  CSV when present
 * @param options   page, background, title, legend and caption (image formats only)
 * @param target    the file to write; for CSV, the folder that receives {@code nodes.csv} and {@code edges.csv}
 * @param overwrite replace existing files; when false an existing target is an error
 */
public record ExportJob(AlignmentView view, Positions positions, ImageOptions options, Path target,
                        boolean overwrite) {

    public ExportJob {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(target, "target");
    }
}

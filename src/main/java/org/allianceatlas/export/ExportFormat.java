package org.allianceatlas.export;

import org.allianceatlas.model.Keyed;

/** The export formats, with the file extension each is usually saved with. */
public enum ExportFormat implements Keyed {
    /** Raster image for slides and documents. */
    PNG("png", true),
    /** Vector image, editable in Inkscape or Illustrator; text stays text. */
    SVG("svg", true),
    /** Vector page for print; text stays searchable text. */
    PDF("pdf", true),
    /** Dynamic graph for Gephi's timeline (GEXF 1.3, spells per year). */
    GEXF("gexf", false),
    /** Graph with attributes for yEd, Cytoscape, NetworkX (the view's year). */
    GRAPHML("graphml", false),
    /** {@code nodes.csv} and {@code edges.csv} in a folder, for spreadsheets, Gephi and Cytoscape. */
    CSV("csv", false),
    /** The visible subset in the Alliance Atlas data format, loadable again. */
    JSON("json", false);

    private final String extension;
    private final boolean image;

    ExportFormat(String extension, boolean image) {
        this.extension = extension;
        this.image = image;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** True for the picture formats, which are drawn from the render model and take {@code ImageOptions}. */
    public boolean isImage() {
        return image;
    }
}

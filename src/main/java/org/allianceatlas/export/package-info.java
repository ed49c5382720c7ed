/**
 * Exports of a view: pictures for presentations (PNG, SVG, PDF, drawn from the toolkit-neutral render model of
 * {@code export.render}) and graph data for other tools (dynamic GEXF for Gephi, GraphML, CSV, and the Alliance
 * Atlas JSON format). One {@link org.allianceatlas.export.Exporter} per {@link org.allianceatlas.export.ExportFormat};
 * every file is written atomically by {@link org.allianceatlas.export.AtomicFile} and never replaces an existing file
 * unless asked to ({@link org.allianceatlas.export.AtomicFolder} for a folder of frames). Presentations of several
 * pictures: the timeline as an animation ({@link org.allianceatlas.export.TimelineAnimationExporter}: GIF, MP4, PNG
 * sequence) and slide decks ({@link org.allianceatlas.export.SlideDeckExporter}: PPTX with the sources in the notes).
 *
 * <p>May use {@code model}, {@code io} (the data file writer), {@code graph}, {@code layout}, JGraphT ({@code
 * org.jgrapht.nio} lives here only), AWT/Java2D (headless), PDFBox, commons-csv, the PNG encoder, Apache POI (decks)
 * and JCodec (video). Must not import JavaFX, SmartGraph, Jackson, {@code project}, {@code service}, {@code cli} or
 * {@code ui}; must not print.
 */
package org.allianceatlas.export;

/**
 * Exports of a view: pictures for presentations (PNG, SVG, PDF, drawn from the toolkit-neutral render model of
 * {@code export.render}) and graph data for other tools (dynamic GEXF for Gephi, GraphML, CSV, and the Alliance
 * Atlas JSON format). One {@link org.allianceatlas.export.Exporter} per {@link org.allianceatlas.export.ExportFormat};
 * every file is written atomically by {@link org.allianceatlas.export.AtomicFile} and never replaces an existing file
 * unless asked to.
 *
 * <p>May use {@code model}, {@code io} (the data file writer), {@code graph}, {@code layout}, JGraphT ({@code
 * org.jgrapht.nio} lives here only), AWT/Java2D (headless), PDFBox, commons-csv and the PNG encoder. Must not import
 * JavaFX, SmartGraph, Jackson, {@code service}, {@code cli} or {@code ui}; must not print.
 */
package org.allianceatlas.export;

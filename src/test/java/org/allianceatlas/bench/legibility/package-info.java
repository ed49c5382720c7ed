/**
 * Legibility of an exported picture, measured on its SVG: ours or any other tool's (Gephi's). {@link
 * org.allianceatlas.bench.legibility.SvgPictureReader} reads the SVG into label boxes and vertex shapes in slide pixels
 * (the picture fitted into a 1920 × 1080 slide); {@link org.allianceatlas.bench.legibility.Legibility} counts
 * overlapping labels, labels over a vertex that is not theirs, the smallest state label and how much of the page the
 * drawing fills; {@link org.allianceatlas.bench.legibility.LegibilityCount} is the command line. Test scope: a
 * measuring instrument, not product code. The instrument uses the JDK only (DOM, AWT font metrics), so it runs on any
 * SVG with nothing but {@code target/test-classes} on the class path: it must not import the product's packages (only
 * {@code OurExportReadingTest} runs our CLI, to check that our exports are read as drawn).
 */
package org.allianceatlas.bench.legibility;

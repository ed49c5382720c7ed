/**
 * The render model: a picture of a view as a toolkit-neutral list of drawables (circles, rounded squares, lines with
 * dashes and arrowheads, text with size and anchor) fitted to a page with title, legend and caption, built by
 * {@link org.allianceatlas.export.render.RenderModelBuilder} from a view, positions, the visual style and
 * {@link org.allianceatlas.export.render.ImageOptions}. Renderers (SVG, Java2D for PNG and PDF) draw it without
 * knowing the graph.
 *
 * <p>{@link org.allianceatlas.export.render.MapLayers} adds the map's layers (sea, countries as areas, borders) from
 * the {@code map} package.
 *
 * <p>Depends on {@code model}, {@code graph}, {@code layout}, {@code map} and {@code export.style} only: no AWT, no
 * JavaFX, no file formats.
 */
package org.allianceatlas.export.render;

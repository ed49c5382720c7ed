/**
 * The graph canvas: the SmartGraph adapter ({@link org.allianceatlas.ui.canvas.GraphCanvas}), the tie layer
 * ({@link org.allianceatlas.ui.canvas.TieLayer}), zoom and pan, level of detail
 * ({@link org.allianceatlas.ui.canvas.MinorTies}), neighbourhood highlighting, the legend
 * ({@link org.allianceatlas.ui.canvas.LegendView}) and the effect-free stylesheet generated from
 * {@code org.allianceatlas.export.style.VisualStyle}.
 *
 * <p>JGraphT views are the truth. SmartGraph draws the vertices and takes their clicks, hovering and its optional live
 * layout (one panel per dataset, vertices hidden rather than removed); their labels are plain texts
 * ({@link org.allianceatlas.ui.canvas.VertexLabels}), and the ties are not SmartGraph edges but a bitmap that Java2D
 * rasterises below the panel ({@link org.allianceatlas.ui.canvas.TieRaster};
 * docs/decisions/0004-ties-drawn-outside-smartgraph.md, 0005-ties-as-a-bitmap-labels-as-texts.md). SmartGraph's
 * configuration is read from this package's resources, never from the working directory.
 *
 * <p>May import JavaFX, SmartGraph, Java2D ({@code java.awt.image}, {@code java.awt.geom}: the tie bitmap),
 * {@code model}, {@code graph}, {@code layout} and {@code export.style}; must not
 * import {@code io}, Jackson, {@code org.jgrapht.nio}, or other {@code ui} packages (the shell depends on the canvas,
 * not the other way round). FX thread only.
 */
package org.allianceatlas.ui.canvas;

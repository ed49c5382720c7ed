/**
 * The graph canvas: the SmartGraph adapter ({@link org.allianceatlas.ui.canvas.GraphCanvas}), the tie layer
 * ({@link org.allianceatlas.ui.canvas.TieLayer}), zoom and pan, level of detail
 * ({@link org.allianceatlas.ui.canvas.MinorTies}), neighbourhood highlighting, the legend
 * ({@link org.allianceatlas.ui.canvas.LegendView}) and the effect-free stylesheet generated from
 * {@code org.allianceatlas.export.style.VisualStyle}.
 *
 * <p>JGraphT views are the truth. SmartGraph draws the vertices (one panel per dataset, vertices hidden rather than
 * removed); the ties are drawn by the tie layer as a few paths in the same panel, not as SmartGraph edges
 * (docs/decisions/0004-ties-drawn-outside-smartgraph.md). SmartGraph's configuration is read from this package's
 * resources, never from the working directory.
 *
 * <p>May import JavaFX, SmartGraph, {@code model}, {@code graph}, {@code layout} and {@code export.style}; must not
 * import {@code io}, Jackson, {@code org.jgrapht.nio}, or other {@code ui} packages (the shell depends on the canvas,
 * not the other way round). FX thread only.
 */
package org.allianceatlas.ui.canvas;

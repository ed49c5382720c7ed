/**
 * The graph canvas: the SmartGraph adapter ({@link org.allianceatlas.ui.canvas.GraphCanvas}), zoom and pan, level of
 * detail, neighbourhood highlighting, the legend ({@link org.allianceatlas.ui.canvas.LegendView}) and the
 * effect-free stylesheet generated from {@code org.allianceatlas.export.style.VisualStyle}.
 *
 * <p>JGraphT views are the truth and SmartGraph only draws them: one SmartGraph panel per dataset, elements hidden
 * rather than removed, one update per view change. SmartGraph's configuration is read from this package's resources,
 * never from the working directory.
 *
 * <p>May import JavaFX, SmartGraph, {@code model}, {@code graph}, {@code layout} and {@code export.style}; must not
 * import {@code io}, Jackson, {@code org.jgrapht.nio}, or other {@code ui} packages (the shell depends on the canvas,
 * not the other way round). FX thread only.
 */
package org.allianceatlas.ui.canvas;

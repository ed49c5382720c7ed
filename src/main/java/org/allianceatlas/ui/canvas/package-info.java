/**
 * The graph canvas ({@link org.allianceatlas.ui.canvas.GraphCanvas}): it draws the {@code Scene} that
 * {@code export.render.SceneBuilder} builds for the view on screen, the same scene the exports draw
 * (docs/decisions/0009-one-scene-placed-labels-one-layout-for-every-year.md), with zoom and pan
 * ({@link org.allianceatlas.ui.canvas.ZoomPanPane}), selection and hover highlight over the analyses' {@code Overlay},
 * level of detail, motion to new positions and the legend ({@link org.allianceatlas.ui.canvas.LegendView}).
 *
 * <p>SmartGraph draws the scene's vertices and takes their clicks, hovering and its optional live layout
 * ({@link org.allianceatlas.ui.canvas.SmartGraphVertices}, the only class that knows SmartGraph); the scene's ties and
 * labels are a bitmap drawn below the panel by the exports' own Java2D renderer
 * ({@link org.allianceatlas.ui.canvas.SceneLayer}, {@link org.allianceatlas.ui.canvas.SceneRaster};
 * docs/decisions/0004-ties-drawn-outside-smartgraph.md, 0006-ties-as-a-bitmap-labels-as-texts.md). Vertex colours reach
 * SmartGraph through an effect-free stylesheet generated from {@code export.style.VisualStyle}
 * ({@link org.allianceatlas.ui.canvas.CanvasStylesheet}); SmartGraph's configuration is read from this package's
 * resources, never from the working directory.
 *
 * <p>May import JavaFX, SmartGraph, Java2D (the bitmap), {@code model}, {@code graph}, {@code layout} and
 * {@code export} (the scene, its renderer, the style); must not import {@code io}, {@code analysis}, {@code project},
 * {@code service}, Jackson, {@code org.jgrapht.nio}, or any other {@code ui} package (the shell and
 * {@code ui.analysis.AnalysisPanel} depend on the canvas, not the other way round). FX thread only, but for the
 * years next to the one shown, whose scenes and tie images are made ahead on a background thread
 * ({@link org.allianceatlas.ui.canvas.NeighbourYears}).
 */
package org.allianceatlas.ui.canvas;

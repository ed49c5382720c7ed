/**
 * The analysis side of the desktop app ("Time and structure"): the metrics table, blocs, shortest paths and the tab
 * pane that holds them with the details panel, as Views over ViewModels. Analyses run through the
 * {@code service.AtlasService} off the FX thread ({@code ui.task.TaskRunner}); their effect on the canvas is one
 * immutable {@code export.render.Overlay} (highlight, comparison looks, sizes, community colours) handed to
 * {@code ui.canvas.GraphCanvas}, never SmartGraph directly. {@link org.allianceatlas.ui.analysis.AnalysisPanel} also
 * holds the time panels ({@code ui.time}) and drives the canvas for them.
 *
 * <p>ViewModels here use {@code javafx.beans}/{@code javafx.collections} only and are tested without a display. Must
 * not import SmartGraph, Jackson or {@code org.jgrapht.nio}, nor the main window ({@code org.allianceatlas.ui}).
 */
package org.allianceatlas.ui.analysis;

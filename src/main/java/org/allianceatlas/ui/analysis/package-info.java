/**
 * The analysis side of the desktop app ("Time and structure"): the metrics table, blocs, shortest paths and the tab
 * pane that holds them with the details panel, as Views over ViewModels. Analyses run through the
 * {@code service.AtlasService} off the FX thread ({@code ui.task.TaskRunner}); their effect on the canvas goes through
 * {@code ui.canvas.GraphCanvas} methods (emphasis, state radii, tie styles), never SmartGraph directly.
 *
 * <p>ViewModels here use {@code javafx.beans}/{@code javafx.collections} only and are tested without a display. Must
 * not import SmartGraph, Jackson or {@code org.jgrapht.nio}, nor the main window ({@code org.allianceatlas.ui}).
 */
package org.allianceatlas.ui.analysis;

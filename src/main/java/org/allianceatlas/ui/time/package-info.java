/**
 * Time in the desktop app: year playback (play/pause, speed, the timeline strip of ties per year with ticks where
 * something changed) and the comparison of two years (added, ended and unchanged ties, the change list and the compare
 * legend), as Views over ViewModels tested without a display.
 *
 * <p>Must not import SmartGraph, Jackson or {@code org.jgrapht.nio}, nor the main window ({@code org.allianceatlas.ui})
 * or {@code ui.analysis}; the canvas is driven by {@code ui.analysis.AnalysisPanel}.
 */
package org.allianceatlas.ui.time;

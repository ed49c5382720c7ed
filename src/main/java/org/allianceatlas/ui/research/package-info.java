/**
 * File &gt; Import ATOP… and Import COW…: importing research CSV files into the data on screen, off the FX thread, with
 * the user's answer to which side wins where the loaded data and the import both describe an organisation. Problems
 * go to the load problem report of {@code ui.dataset}.
 *
 * <p>May use {@code service}, {@code io} (the importers and reports) and {@code ui.task}, {@code ui.dataset};
 * must not import the main window's package or SmartGraph.
 */
package org.allianceatlas.ui.research;

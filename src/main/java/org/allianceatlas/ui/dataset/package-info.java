/**
 * Choosing and loading datasets in the desktop app: what the user chose ({@link
 * org.allianceatlas.ui.dataset.DatasetChoice}), the file and folder choosers, the dialog that shows a failed load's
 * full validation report, and the list of the dataset's sources.
 *
 * <p>May use {@code io} for inputs and reports; must not import the main window's package or SmartGraph.
 */
package org.allianceatlas.ui.dataset;

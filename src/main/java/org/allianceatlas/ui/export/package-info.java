/**
 * File &gt; Export in the desktop app: the options dialog with a live preview, and its view model, which draws the
 * preview from the exporters' own render model and writes what is on screen with the {@code export} package (every
 * format it offers, atomically) off the FX thread.
 *
 * <p>Must not import the main window's package, the canvas or SmartGraph; drawing is the exporters' business, not
 * a snapshot of the screen.
 */
package org.allianceatlas.ui.export;

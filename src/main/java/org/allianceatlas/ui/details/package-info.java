/**
 * The details panel: what is known about the selected state, organisation or tie in the year on screen, with
 * sources as links. {@link org.allianceatlas.ui.details.DetailsViewModel} builds a plain
 * {@link org.allianceatlas.ui.details.Details} document; the view renders it.
 *
 * <p>Gets its facts from {@code service}; must not import the main window's package, the canvas or SmartGraph.
 */
package org.allianceatlas.ui.details;

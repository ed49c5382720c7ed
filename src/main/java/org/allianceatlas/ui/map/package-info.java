/**
 * The alliance map's choices in the app: which organisations it colours
 * ({@link org.allianceatlas.ui.map.MapOrganisationsViewModel},
 * {@link org.allianceatlas.ui.map.MapOrganisationsDialog}).
 * The map itself is drawn by the canvas ({@code ui.canvas}) from the exports' map layers.
 *
 * <p>Must not import the main window's package, the canvas or SmartGraph.
 */
package org.allianceatlas.ui.map;

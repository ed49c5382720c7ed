/**
 * The filter panel: year slider, organisation list (searchable, grouped by kind), region and sub-region tree, tie
 * types and the two switches. {@link org.allianceatlas.ui.filter.FilterViewModel} turns them into
 * {@link org.allianceatlas.graph.FilterCriteria}; the view only binds controls to it.
 *
 * <p>Must not import the main window's package, the canvas or SmartGraph.
 */
package org.allianceatlas.ui.filter;

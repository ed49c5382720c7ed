package org.allianceatlas.ui;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;

/**
 * Lays out the current data for a set of filters, every year at once (see
 * {@link org.allianceatlas.service.AtlasService#layout}): the app passes the service's, tests a stand-in. Must be safe
 * to call off the UI thread.
 */
@FunctionalInterface
public interface Layouter {

    /**
     * Positions for every vertex the filters show in any year of the data.
     *
     * @param width  width of the area the drawing is fitted into (the canvas), 0 when not known yet
     * @param height its height
     */
    Positions layout(FilterCriteria criteria, LayoutKind kind, double width, double height);
}

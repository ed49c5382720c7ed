package org.allianceatlas.ui.shared;

/**
 * The style-class names of the application stylesheet ({@code atlas.css}), in one place so that the CSS and the
 * Java code cannot drift apart silently. AtlantaFX's own classes come from {@code atlantafx.base.theme.Styles}.
 */
public final class AtlasStyles {

    /** The left filter panel. */
    public static final String FILTER_PANEL = "atlas-filter-panel";
    /** The right panel: details and legend. */
    public static final String DETAILS_PANEL = "atlas-details-panel";
    /** A panel section heading ("Organisations"). */
    public static final String SECTION_TITLE = "atlas-section-title";
    /** The large year above the slider. */
    public static final String YEAR = "atlas-year";
    /** The status bar at the bottom of the window. */
    public static final String STATUS_BAR = "atlas-status-bar";
    /** The row of the tool bar and the search box beside it, styled as one tool bar. */
    public static final String TOOL_ROW = "atlas-tool-row";
    /** The year in the status bar (bold). */
    public static final String YEAR_STATUS = "atlas-year-status";
    /** One count or fact in the status bar. */
    public static final String STATUS_ITEM = "atlas-status-item";
    /** The details panel's title. */
    public static final String DETAILS_TITLE = "atlas-details-title";
    /** The details panel's subtitle and secondary lines. */
    public static final String DETAILS_SECONDARY = "atlas-details-secondary";
    /** The details panel's notice ("Not drawn with the current filters"). */
    public static final String DETAILS_NOTICE = "atlas-details-notice";
    /** A fact's main line in the details panel. */
    public static final String DETAILS_ENTRY = "atlas-details-entry";
    /** A source link or citation in the details panel. */
    public static final String SOURCE_LINK = "atlas-source-link";
    /** The area behind the graph canvas. */
    public static final String CANVAS_AREA = "atlas-canvas-area";
    /** The monospaced problem list of the report dialog. */
    public static final String REPORT_TEXT = "atlas-report-text";
    /** The search suggestions popup. */
    public static final String SEARCH_POPUP = "atlas-search-popup";
    /** An organisation that does not exist in the year shown (greyed out, still tickable). */
    public static final String NOT_RELEVANT = "atlas-not-relevant";
    /** The row of marks under the year slider. */
    public static final String YEAR_MARKS = "atlas-year-marks";
    /** One mark under the year slider: a year where the ties shown changed. */
    public static final String YEAR_MARK = "atlas-year-mark";
    /** A small line or dot showing a tie type's or region's drawing style. */
    public static final String SWATCH = "atlas-swatch";

    /** The presentation window's root. */
    public static final String PRESENTATION = "atlas-presentation";
    /** The presentation's title, top left. */
    public static final String PRESENTATION_TITLE = "atlas-presentation-title";
    /** The presentation's filters below the title. */
    public static final String PRESENTATION_SUBTITLE = "atlas-presentation-subtitle";
    /** The presentation's year, large, bottom right. */
    public static final String PRESENTATION_YEAR = "atlas-presentation-year";
    /** The presentation's "3 / 7", top right. */
    public static final String PRESENTATION_COUNTER = "atlas-presentation-counter";
    /** The box behind the presentation's legend. */
    public static final String PRESENTATION_LEGEND = "atlas-presentation-legend";

    private AtlasStyles() {
    }
}

package org.allianceatlas.project;

import java.util.List;
import java.util.Objects;

import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;

/**
 * One picture as the user saved it, complete enough to draw it again whatever was on screen before: the year and
 * filters ({@link FilterCriteria}), the layout, how labels and organisations are drawn, the map, where the screen
 * looked, what was highlighted and the title. Immutable; change with the {@code with…} methods.
 *
 * <p>Ids (organisations of the alliance map, highlighted actors and ties) are kept as saved even when the loaded
 * data does not know them, so that a project whose data file moved gets them back once the file is found again.
 *
 * @param name                what the list of saved views calls it; not blank
 * @param filters             year and filters
 * @param mapOrganisations    the organisations the alliance map colours, in legend order; empty: the default choice
 * @param viewport            where the screen looked, or null: the picture fitted to the page
 * @param highlightedActors   ids of highlighted states and organisations
 * @param highlightedTies     ids of highlighted ties ({@code Tie.id()})
 * @param title               a custom title, or null for the default ("Defence alignments, YEAR")
 * @param keepSubtitle        with a custom title, still show the active filters below it
 */
public record SavedView(String name, FilterCriteria filters, LayoutKind layout, LabelMode labels,
                        OrganisationDisplay organisationDisplay, MapMode mapMode, List<String> mapOrganisations,
                        Viewport viewport, List<String> highlightedActors, List<String> highlightedTies, String title,
                        boolean keepSubtitle) {

    /** The layout of a view that does not say. */
    public static final LayoutKind DEFAULT_LAYOUT = LayoutKind.GEOGRAPHIC;
    /** The label mode of a view that does not say: names where they fit, as issue 12 asks of slides. */
    public static final LabelMode DEFAULT_LABELS = LabelMode.NAMES;
    /** How organisations are drawn when a view does not say: as vertices, as the app does today. */
    public static final OrganisationDisplay DEFAULT_ORGANISATION_DISPLAY = OrganisationDisplay.VERTICES;
    /** The map of a view that does not say: none. */
    public static final MapMode DEFAULT_MAP = MapMode.NONE;

    public SavedView {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a saved view needs a name");
        }
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(organisationDisplay, "organisationDisplay");
        Objects.requireNonNull(mapMode, "mapMode");
        mapOrganisations = List.copyOf(mapOrganisations);
        highlightedActors = List.copyOf(highlightedActors);
        highlightedTies = List.copyOf(highlightedTies);
        if (title != null && title.isBlank()) {
            title = null;
        }
    }

    /** A view of {@code filters} with every other choice at its default. */
    public static SavedView of(String name, FilterCriteria filters) {
        return new SavedView(name, filters, DEFAULT_LAYOUT, DEFAULT_LABELS, DEFAULT_ORGANISATION_DISPLAY, DEFAULT_MAP,
                List.of(), null, List.of(), List.of(), null, true);
    }

    /** The year shown (as of 31 December). */
    public int year() {
        return filters.year();
    }

    public SavedView withName(String newName) {
        return new SavedView(newName, filters, layout, labels, organisationDisplay, mapMode, mapOrganisations,
                viewport, highlightedActors, highlightedTies, title, keepSubtitle);
    }

    public SavedView withFilters(FilterCriteria newFilters) {
        return new SavedView(name, newFilters, layout, labels, organisationDisplay, mapMode, mapOrganisations,
                viewport, highlightedActors, highlightedTies, title, keepSubtitle);
    }

    public SavedView withLayout(LayoutKind newLayout) {
        return new SavedView(name, filters, newLayout, labels, organisationDisplay, mapMode, mapOrganisations,
                viewport, highlightedActors, highlightedTies, title, keepSubtitle);
    }

    /** The label mode and how organisations are drawn. */
    public SavedView withDrawing(LabelMode newLabels, OrganisationDisplay newDisplay) {
        return new SavedView(name, filters, layout, newLabels, newDisplay, mapMode, mapOrganisations, viewport,
                highlightedActors, highlightedTies, title, keepSubtitle);
    }

    /** The map mode and, for the alliance map, the organisations it colours. */
    public SavedView withMap(MapMode newMode, List<String> organisations) {
        return new SavedView(name, filters, layout, labels, organisationDisplay, newMode, organisations, viewport,
                highlightedActors, highlightedTies, title, keepSubtitle);
    }

    /** Where the screen looked; null: fit the picture. */
    public SavedView withViewport(Viewport newViewport) {
        return new SavedView(name, filters, layout, labels, organisationDisplay, mapMode, mapOrganisations,
                newViewport, highlightedActors, highlightedTies, title, keepSubtitle);
    }

    public SavedView withHighlight(List<String> actors, List<String> ties) {
        return new SavedView(name, filters, layout, labels, organisationDisplay, mapMode, mapOrganisations, viewport,
                actors, ties, title, keepSubtitle);
    }

    /** A custom title (null or blank: the default) and whether the filters stay below it. */
    public SavedView withTitle(String newTitle, boolean keep) {
        return new SavedView(name, filters, layout, labels, organisationDisplay, mapMode, mapOrganisations, viewport,
                highlightedActors, highlightedTies, newTitle, keep);
    }
}

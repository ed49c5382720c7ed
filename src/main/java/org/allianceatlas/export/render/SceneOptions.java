package org.allianceatlas.export.render;

import java.util.List;
import java.util.Objects;

/**
 * What a picture of a view shows, whatever the medium: the words of the labels, how organisations appear, the map,
 * the level of detail and the overlay. Immutable; change with the {@code with…} methods.
 *
 * @param labels           names or codes
 * @param labelsShown      false: no vertex labels at all
 * @param organisations    organisations as vertices, or hidden (state–state ties)
 * @param map              the map under the graph, if any (geographic layout only: the front ends offer it there)
 * @param minorTiesHidden  hide minor ties ({@link TieGeometry#isMinor}) unless highlighted: a zoomed-out view
 * @param overlay          highlight, comparison colours, sizes, community colours
 * @param mapOrganisations the organisations the alliance map colours, ids in colour order; empty for the default
 *                         choice ({@link org.allianceatlas.map.AllianceFills#defaultOrganisations}: the largest
 *                         mutual-defence organisations in view)
 * @param clauseArcs       on the alliance map, draw the clause ties between states as arcs on top (membership is
 *                         the fill; without this no tie is drawn)
 */
public record SceneOptions(LabelMode labels, boolean labelsShown, OrganisationDisplay organisations, MapMode map,
                           boolean minorTiesHidden, Overlay overlay, List<String> mapOrganisations,
                           boolean clauseArcs) {

    public SceneOptions {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(overlay, "overlay");
        mapOrganisations = List.copyOf(mapOrganisations);
    }

    /** Options with the default choice of organisations for the alliance map and no clause arcs. */
    public SceneOptions(LabelMode labels, boolean labelsShown, OrganisationDisplay organisations, MapMode map,
                        boolean minorTiesHidden, Overlay overlay) {
        this(labels, labelsShown, organisations, map, minorTiesHidden, overlay, List.of(), false);
    }

    /** Names, organisations as vertices, no map, every tie, no overlay. */
    public static SceneOptions defaults() {
        return new SceneOptions(LabelMode.NAMES, true, OrganisationDisplay.VERTICES, MapMode.NONE, false,
                Overlay.NONE);
    }

    /** True on the alliance map: countries are filled by organisation, organisations are not vertices. */
    public boolean allianceMap() {
        return map == MapMode.ALLIANCES;
    }

    public SceneOptions withLabels(LabelMode mode) {
        return new SceneOptions(mode, labelsShown, organisations, map, minorTiesHidden, overlay, mapOrganisations,
                clauseArcs);
    }

    public SceneOptions withLabelsShown(boolean shown) {
        return new SceneOptions(labels, shown, organisations, map, minorTiesHidden, overlay, mapOrganisations,
                clauseArcs);
    }

    public SceneOptions withOrganisations(OrganisationDisplay display) {
        return new SceneOptions(labels, labelsShown, display, map, minorTiesHidden, overlay, mapOrganisations,
                clauseArcs);
    }

    public SceneOptions withMap(MapMode mode) {
        return new SceneOptions(labels, labelsShown, organisations, mode, minorTiesHidden, overlay, mapOrganisations,
                clauseArcs);
    }

    public SceneOptions withMinorTiesHidden(boolean hidden) {
        return new SceneOptions(labels, labelsShown, organisations, map, hidden, overlay, mapOrganisations,
                clauseArcs);
    }

    public SceneOptions withOverlay(Overlay newOverlay) {
        return new SceneOptions(labels, labelsShown, organisations, map, minorTiesHidden, newOverlay, mapOrganisations,
                clauseArcs);
    }

    /** The alliance map's organisations, ids in colour order (empty: the default choice). */
    public SceneOptions withMapOrganisations(List<String> ids) {
        return new SceneOptions(labels, labelsShown, organisations, map, minorTiesHidden, overlay, ids, clauseArcs);
    }

    /** On the alliance map, clause ties drawn as arcs on top, or no tie at all. */
    public SceneOptions withClauseArcs(boolean arcs) {
        return new SceneOptions(labels, labelsShown, organisations, map, minorTiesHidden, overlay, mapOrganisations,
                arcs);
    }
}

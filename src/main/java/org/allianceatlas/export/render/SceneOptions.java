package org.allianceatlas.export.render;

import java.util.Objects;

/**
 * What a picture of a view shows, whatever the medium: the words of the labels, how organisations appear, the map,
 * the level of detail and the overlay. Immutable; change with the {@code with…} methods.
 *
 * @param labels        names or codes
 * @param labelsShown   false: no vertex labels at all
 * @param organisations organisations as vertices, or hidden (state–state ties)
 * @param map           the map under the graph, if any
 * @param minorTiesHidden hide minor ties ({@link TieGeometry#isMinor}) unless highlighted: a zoomed-out view
 * @param overlay       highlight, comparison colours, sizes, community colours
 */
public record SceneOptions(LabelMode labels, boolean labelsShown, OrganisationDisplay organisations, MapMode map,
                           boolean minorTiesHidden, Overlay overlay) {

    public SceneOptions {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(overlay, "overlay");
    }

    /** Names, organisations as vertices, no map, every tie, no overlay. */
    public static SceneOptions defaults() {
        return new SceneOptions(LabelMode.NAMES, true, OrganisationDisplay.VERTICES, MapMode.NONE, false,
                Overlay.NONE);
    }

    public SceneOptions withLabels(LabelMode mode) {
        return new SceneOptions(mode, labelsShown, organisations, map, minorTiesHidden, overlay);
    }

    public SceneOptions withLabelsShown(boolean shown) {
        return new SceneOptions(labels, shown, organisations, map, minorTiesHidden, overlay);
    }

    public SceneOptions withOrganisations(OrganisationDisplay display) {
        return new SceneOptions(labels, labelsShown, display, map, minorTiesHidden, overlay);
    }

    public SceneOptions withMap(MapMode mode) {
        return new SceneOptions(labels, labelsShown, organisations, mode, minorTiesHidden, overlay);
    }

    public SceneOptions withMinorTiesHidden(boolean hidden) {
        return new SceneOptions(labels, labelsShown, organisations, map, hidden, overlay);
    }

    public SceneOptions withOverlay(Overlay newOverlay) {
        return new SceneOptions(labels, labelsShown, organisations, map, minorTiesHidden, newOverlay);
    }
}

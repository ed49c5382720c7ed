package org.allianceatlas.cli;

import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.SceneOptions;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.Keyed;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The map options of {@code export}: {@code [--map on|off] [--style graph|map] [--map-org ID]... [--arcs]}, mixed
 * into the command and applied to its {@link SceneOptions} with {@link #apply}. The map needs the geographic layout;
 * any other layout with a map option is bad usage (exit 2), as is {@code --map off} with {@code --style map} or a map
 * option that needs the alliance map without it.
 *
 * <p><b>Which organisations the alliance map colours</b>: those named with {@code --map-org}, in that order (at most
 * {@value #MAX_MAP_ORGANISATIONS}, one colour each); without it, those of the view's {@code --org} filter when there
 * are at most {@value #MAX_MAP_ORGANISATIONS}; otherwise the default choice (the largest mutual-defence
 * organisations in view). {@code --org} stays a filter (which states are shown); {@code --map-org} only colours.
 */
final class MapOptions {

    /** The alliance map has a colour for this many organisations. */
    static final int MAX_MAP_ORGANISATIONS = 4;

    /** What a picture is: the graph (on the map or not), or the alliance map. */
    enum PictureStyle implements Keyed { GRAPH, MAP }

    /** {@code --map on|off}. */
    enum Switch implements Keyed { ON, OFF }

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--map", paramLabel = "on|off", converter = SwitchConverter.class,
            description = "Draw the world map (land, sea, borders of the year) under the graph; geographic layout "
                    + "only (default: off).")
    private Switch map;

    @Option(names = "--style", paramLabel = "S", defaultValue = "graph", converter = StyleConverter.class,
            description = "graph (default) or map: the alliance map, countries filled by the organisations they "
                    + "belong to in the year; geographic layout only.")
    private PictureStyle style;

    @Option(names = "--map-org", paramLabel = "ID", description = "An organisation the alliance map colours, in "
            + "colour order (repeatable, at most " + MAX_MAP_ORGANISATIONS + "; default: the --org filter's, else "
            + "the largest mutual-defence organisations in view).")
    private List<String> mapOrganisations = new ArrayList<>();

    @Option(names = "--arcs", description = "On the alliance map, draw the treaty ties between states as arcs.")
    private boolean arcs;

    /** The organisations named with {@code --map-org}, to check against the data. */
    List<String> mapOrganisations() {
        return mapOrganisations;
    }

    /**
     * The map the options ask for.
     *
     * @throws ParameterException (exit 2) for a map with another layout than geographic, or contradictory options
     */
    MapMode mode(LayoutKind layout) {
        boolean alliances = style == PictureStyle.MAP;
        if (alliances && map == Switch.OFF) {
            throw usage("--style map is a map: it cannot be drawn with --map off");
        }
        if (!alliances && (!mapOrganisations.isEmpty() || arcs)) {
            throw usage((arcs ? "--arcs" : "--map-org") + " applies to the alliance map only: add --style map");
        }
        if (mapOrganisations.size() > MAX_MAP_ORGANISATIONS) {
            throw usage("the alliance map colours at most " + MAX_MAP_ORGANISATIONS + " organisations, not "
                    + mapOrganisations.size() + " (--map-org)");
        }
        var mode = alliances ? MapMode.ALLIANCES : map == Switch.ON ? MapMode.UNDER_GRAPH : MapMode.NONE;
        if (mode != MapMode.NONE && layout != LayoutKind.GEOGRAPHIC) {
            throw usage((alliances ? "--style map" : "--map on") + " needs the geographic layout, not --layout "
                    + layout.key() + ": the map places states where they are");
        }
        return mode;
    }

    /**
     * {@code scene} with the map the options ask for.
     *
     * @param filterOrganisations the view's {@code --org} filter: the alliance map's organisations when
     *                            {@code --map-org} is not given and there are at most
     *                            {@value #MAX_MAP_ORGANISATIONS}
     */
    SceneOptions apply(SceneOptions scene, LayoutKind layout, List<String> filterOrganisations) {
        var mode = mode(layout);
        var organisations = !mapOrganisations.isEmpty() ? mapOrganisations
                : filterOrganisations.size() <= MAX_MAP_ORGANISATIONS ? filterOrganisations : List.<String>of();
        return scene.withMap(mode).withMapOrganisations(mode == MapMode.ALLIANCES ? organisations : List.of())
                .withClauseArcs(arcs);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    static final class SwitchConverter extends KeyedConverter<Switch> {
        SwitchConverter() {
            super(Switch.class, "on or off");
        }
    }

    static final class StyleConverter extends KeyedConverter<PictureStyle> {
        StyleConverter() {
            super(PictureStyle.class, "a picture style");
        }
    }
}

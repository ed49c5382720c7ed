package org.allianceatlas.export.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allianceatlas.export.MapPictures;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.map.ShippedMap;
import org.junit.jupiter.api.Test;

class MapLayersTest {

    private static final VisualStyle LIGHT = VisualStyle.of(Theme.LIGHT);

    private static Map<String, Drawable.Area> countries(MapPicture picture) {
        return picture.layers().stream().filter(l -> l.name().equals(MapLayers.LAND))
                .flatMap(l -> l.items().stream()).map(d -> (Drawable.Area) d).filter(a -> a.id() != null)
                .collect(Collectors.toMap(Drawable.Area::id, Function.identity()));
    }

    @Test
    void theAllianceMapFillsSwedenWithNatosColourIn2024AndNotIn1990() {
        var world = MapPictures.world();
        var in2024 = countries(MapPictures.map(MapRequest.alliances(2024, List.of("nato")), world, 1920, 1080,
                LIGHT).picture());
        var in1990 = countries(MapPictures.map(MapRequest.alliances(1990, List.of("nato")), world, 1920, 1080,
                LIGHT).picture());
        assertEquals(LIGHT.allianceColours().get(0), in2024.get("SWE").fill());
        assertEquals(LIGHT.mapNeutral(), in1990.get("SWE").fill());
        assertEquals(LIGHT.allianceColours().get(0), in1990.get("NOR").fill());
    }

    @Test
    void aStateInTwoOrganisationsIsStripedWithTheSecondOverTheFirst() {
        var fitted = MapPictures.map(MapRequest.alliances(2024, List.of("nato", "eu")), MapPictures.world(), 1920,
                1080, LIGHT);
        var france = countries(fitted.picture()).get("FRA");
        assertEquals(LIGHT.allianceColours().get(0), france.fill());
        assertNotNull(france.hatch());
        assertEquals(List.of(LIGHT.allianceColours().get(1)), france.hatch().colours());
        assertNull(countries(fitted.picture()).get("NOR").hatch(), "Norway is in NATO only");
        var legend = fitted.picture().legend().stream().map(MapLegendEntry::text).toList();
        assertEquals(List.of("NATO", "NATO and EU", "EU", "In none of these"), legend);
        assertNotNull(fitted.picture().legend().get(1).hatch());
    }

    @Test
    void underTheGraphEveryStateIsQuietLandWithItsIdAndTheMapStaysInItsArea() {
        var extent = MapPictures.around(2024, List.of("FRA", "DEU", "POL", "ITA", "ESP", "GBR"));
        var fitted = MapPictures.map(MapRequest.underGraph(2024), extent, 1920, 1080, LIGHT);
        var names = fitted.picture().layers().stream().map(Layer::name).toList();
        assertEquals(List.of(MapLayers.SEA, MapLayers.LAND, MapLayers.BORDERS, MapLayers.DOTS), names);
        var countries = countries(fitted.picture());
        assertTrue(countries.keySet().containsAll(List.of("FRA", "DEU", "POL", "CHE", "LUX")), countries.keySet()
                .toString());
        assertFalse(countries.containsKey("USA"), "cropped to Europe");
        assertTrue(countries.values().stream().allMatch(a -> a.fill().equals(LIGHT.mapLand()) && a.hatch() == null));
        for (var layer : fitted.picture().layers()) {
            for (var d : layer.items()) {
                assertTrue(d.bounds().within(fitted.area(), 0.01), layer.name() + " " + d.bounds());
            }
        }
        assertTrue(fitted.picture().legend().isEmpty());
        assertTrue(fitted.picture().layers().get(3).items().isEmpty(), "no dots under the graph");
    }

    @Test
    void compareModeFillsJoinedLeftAndBoth() {
        var fitted = MapPictures.map(MapRequest.alliances(2000, List.of("nato", "warsaw-pact")).comparedWith(1985),
                MapPictures.world(), 1920, 1080, LIGHT);
        var c = countries(fitted.picture());
        assertEquals(LIGHT.added(), c.get("POL").fill());
        assertEquals(List.of(LIGHT.ended()), c.get("POL").hatch().colours());
        assertEquals(LIGHT.ended(), c.get("BGR").fill());
        assertEquals(LIGHT.mapUnchanged(), c.get("FRA").fill());
        assertEquals(LIGHT.mapNeutral(), c.get("CHE").fill());
        assertTrue(fitted.picture().legend().stream().anyMatch(e -> e.text().equals("Joined since 1985")));
    }

    @Test
    void noMapModeGivesNoLayers() {
        var none = new MapRequest(MapMode.NONE, 2024, List.of(), null, null);
        assertTrue(MapLayers.build(none, ShippedMap.dataset(), new LayoutToPage(1, 0, 0),
                new Bounds(0, 0, 100, 100), LIGHT).layers().isEmpty());
    }
}

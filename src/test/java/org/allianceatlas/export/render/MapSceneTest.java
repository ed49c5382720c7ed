package org.allianceatlas.export.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.EqualEarthProjection;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.map.WorldMap;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.State;
import org.allianceatlas.service.AtlasService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map in the picture of a view, on the shipped data, as the CLI and the export dialog build it: under the graph
 * and as the alliance map, the legend of the fills with the names of the year, the crop to the states in view.
 */
class MapSceneTest {

    private static final VisualStyle STYLE = VisualStyle.of(Theme.LIGHT);
    private static AtlasService service;

    @BeforeAll
    static void load() {
        service = new AtlasService();
        assertTrue(service.loadShippedAnd(List.of()).usable());
    }

    /** The picture of {@code criteria} on a slide with {@code scene}, laid out for the slide's graph area. */
    static RenderModel picture(FilterCriteria criteria, SceneOptions scene) {
        var view = service.filter(criteria);
        var options = ImageOptions.defaults().withScene(scene);
        var builder = new RenderModelBuilder();
        var area = builder.graphArea(view, STYLE, options);
        var positions = service.layout(criteria, LayoutKind.GEOGRAPHIC, STYLE::radius, area.width(), area.height());
        return builder.build(view, positions, STYLE, options);
    }

    private static List<String> layerNames(RenderModel model) {
        return model.layers().stream().map(Layer::name).toList();
    }

    private static final FilterCriteria EUROPE_2024 = FilterCriteria.forYear(2024).withRegions(List.of(Region.EUROPE));
    private static final FilterCriteria BLOCS_1985 = FilterCriteria.forYear(1985)
            .withOrganisations(Selection.only(List.of("nato", "warsaw-pact")));

    @Test
    void underTheGraphTheMapIsDrawnFirstAndFillsTheGraphArea() {
        var model = picture(EUROPE_2024, SceneOptions.defaults().withMap(MapMode.UNDER_GRAPH));
        assertEquals(List.of(MapLayers.SEA, MapLayers.LAND, MapLayers.BORDERS, MapLayers.DOTS, "ties", "vertices",
                "labels"), layerNames(model).subList(0, 7), "the map under the ties, vertices and labels");
        var area = model.scene().frame().clip();
        var sea = model.layer(MapLayers.SEA).items().get(0).bounds();
        assertEquals(area.minX(), sea.minX(), 2, "the sea fills the graph area: " + sea + " in " + area);
        assertEquals(area.maxX(), sea.maxX(), 2);
        assertEquals(area.minY(), sea.minY(), 2);
        assertEquals(area.maxY(), sea.maxY(), 2);
        var land = model.layer(MapLayers.LAND).items().stream().map(d -> ((Drawable.Area) d).id())
                .collect(Collectors.toSet());
        assertTrue(land.containsAll(Set.of("FRA", "DEU", "POL", "NOR")), "countries with their ids: " + land);
        assertFalse(land.contains("USA") || land.contains("BRA"), "a slide of Europe is cropped to Europe");
        assertTrue(model.layer("caption").items().stream().anyMatch(d -> d instanceof Drawable.Text t
                && t.text().contains("Natural Earth")), "the caption names the map's source");
    }

    @Test
    void aRegionOnTheMapIsCroppedToTheMainLandOfItsStates() {
        var model = picture(EUROPE_2024, SceneOptions.defaults().withMap(MapMode.UNDER_GRAPH));
        var frame = model.scene().frame();
        var area = frame.clip();
        for (var place : List.of(new double[] {38.7, -9.1}, new double[] {55.8, 37.6}, new double[] {64.1, -21.9})) {
            var p = EqualEarthProjection.project(place[0], place[1]);
            assertTrue(inside(area, frame.x(p.x()), frame.y(p.y())), "on the slide: " + place[0] + "," + place[1]);
        }
        // The crop leaves out the Canary Islands (Spain's) and Svalbard (Norway's), which the land near the capitals
        // alone would take in, and so Europe takes the slide.
        var states = service.filter(EUROPE_2024).states().stream().map(State::id).toList();
        var crop = MapLayers.crop(service.dataset(), 2024, states);
        var canaries = EqualEarthProjection.project(28.3, -16.6);
        var svalbard = EqualEarthProjection.project(78.2, 15.6);
        assertTrue(crop.maxY() < canaries.y() && crop.minY() > svalbard.y(), "crop " + crop);
        var near = WorldMap.shipped().year(2024, service.dataset())
                .bounds(states, MapLayers.CROP_REACH).orElseThrow();
        assertTrue(near.maxY() > canaries.y() && near.minY() < svalbard.y(), "near the capitals: " + near);
        double w = crop.width() * frame.scale() / area.width();
        double h = crop.height() * frame.scale() / area.height();
        assertTrue(Math.max(w, h) > 0.9, "Europe's land fills the slide: " + w + " × " + h);
    }

    private static boolean inside(Bounds b, double x, double y) {
        return x >= b.minX() && x <= b.maxX() && y >= b.minY() && y <= b.maxY();
    }

    @Test
    void theAllianceMapColoursCountriesHasNoOrganisationVerticesOrMembershipsAndNamesStates() {
        var model = picture(BLOCS_1985, SceneOptions.defaults().withMap(MapMode.ALLIANCES));
        var scene = model.scene();
        assertTrue(scene.vertices().stream().noneMatch(v -> v.actor() instanceof Organisation),
                "organisations are the fills, not vertices");
        assertTrue(scene.vertices().stream().allMatch(v -> v.radius() < STYLE.stateRadius()),
                "states are capital dots");
        assertTrue(scene.ties().isEmpty(), "no tie unless clause arcs are asked for");
        assertTrue(scene.labels().size() > 10, "states are named: " + scene.labels().size());
        var fills = model.layer(MapLayers.LAND).items().stream().map(d -> (Drawable.Area) d)
                .filter(a -> a.id() != null).collect(Collectors.toMap(Drawable.Area::id, Drawable.Area::fill));
        var nato = STYLE.allianceColours().get(0);
        var pact = STYLE.allianceColours().get(1);
        assertEquals(nato, fills.get("FRA"));
        assertEquals(pact, fills.get("POL"));
        assertEquals(pact, fills.get("SUN"), "the Soviet Union as one country");
        assertEquals(STYLE.mapNeutral(), fills.get("SWE"), "Sweden in none of them in 1985");
        // West Germany's dot lies in West Germany, although the data's one capital for Germany is Berlin.
        var land = WorldMap.shipped().year(1985, service.dataset());
        var germany = scene.vertices().stream().filter(v -> v.actor().id().equals("DEU")).findFirst().orElseThrow();
        assertEquals("DEU", land.stateAt(scene.frame().toLayout(germany.x(), germany.y())).orElseThrow());
        var legend = SceneLegibility.of(scene);
        assertEquals(0, legend.overlappingPairs());
        assertEquals(0, legend.labelsOnVertices());
        assertTrue(legend.smallestState() >= RenderModelBuilder.MIN_LABEL_PX, "labels readable: " + legend);
    }

    @Test
    void theLegendExplainsTheFillsWithTheNamesOfTheYear() {
        var view = service.filter(FilterCriteria.forYear(1985));
        var options = SceneOptions.defaults().withMap(MapMode.ALLIANCES).withMapOrganisations(List.of("nato", "eu"));
        var rows = Legend.of(view, STYLE, options).rows();
        var texts = rows.stream().map(Legend.Row::text).toList();
        assertEquals("Members in 1985", texts.get(0));
        assertTrue(texts.containsAll(List.of("NATO", "NATO and EC", "In none of these")), "rows: " + texts);
        assertTrue(texts.stream().noneMatch(t -> t.matches(".*\\bEU\\b.*")), "no EU on a map of 1985: " + texts);
        var both = rows.stream().filter(r -> r.text().equals("NATO and EC")).findFirst().orElseThrow();
        assertEquals(Legend.Swatch.AREA, both.swatch());
        assertEquals(STYLE.allianceColours().get(0), both.colour(), "NATO's colour, striped");
        assertEquals(List.of(STYLE.allianceColours().get(1)), both.stripes(), "in the EC's colour");
        assertTrue(rows.stream().noneMatch(r -> r.swatch() == Legend.Swatch.REGION
                || r.swatch() == Legend.Swatch.ORGANISATION), "no region colours or organisation squares: " + texts);
        assertTrue(rows.stream().anyMatch(r -> r.swatch() == Legend.Swatch.CAPITAL));

        var later = service.filter(FilterCriteria.forYear(2000));
        var compare = options.withOverlay(Overlay.NONE.withComparedWith(1985));
        var changes = Legend.of(later, STYLE, compare).rows().stream().map(Legend.Row::text).toList();
        assertEquals("Membership, 1985 \u2192 2000", changes.get(0));
        assertTrue(changes.contains("Joined since 1985"), "rows: " + changes);
    }

    @Test
    void clauseTiesAreArcsOnTheAllianceMapOnlyWhenAsked() {
        var criteria = FilterCriteria.forYear(2024).withRegions(List.of(Region.EUROPE));
        var options = SceneOptions.defaults().withMap(MapMode.ALLIANCES).withClauseArcs(true);
        var scene = picture(criteria, options).scene();
        assertFalse(scene.ties().isEmpty(), "clause arcs drawn");
        assertTrue(scene.ties().stream().allMatch(t -> t.tie() instanceof ClauseTie && t.line().curved()),
                "clauses only, as arcs");
        var legend = Legend.of(service.filter(criteria), STYLE, options).rows().stream()
                .filter(r -> r.swatch() == Legend.Swatch.LINE).toList();
        assertFalse(legend.isEmpty(), "the arcs are in the legend");
        var without = Legend.of(service.filter(criteria), STYLE, options.withClauseArcs(false));
        assertTrue(without.rows().stream().noneMatch(r -> r.swatch() == Legend.Swatch.LINE));
        assertTrue(without.notes().contains(Legend.CLAUSES_LEFT_OUT_NOTE));
    }

    @Test
    void refillingAMapOfAnotherYearGivesWhatBuildingItGives() {
        var toPage = new LayoutToPage(0.8, 10, 10);
        var area = new Bounds(10, 10, 1930, 970);
        var data = service.dataset();
        var options = SceneOptions.defaults().withMap(MapMode.ALLIANCES);
        var request2023 = MapRequest.of(service.filter(FilterCriteria.forYear(2023)), options);
        var request2024 = MapRequest.of(service.filter(FilterCriteria.forYear(2024)), options);
        var built = MapLayers.build(WorldMap.shipped(), request2024, data, toPage, area, STYLE, 0.7);
        var refilled = MapLayers.refill(MapLayers.build(WorldMap.shipped(), request2023, data, toPage, area, STYLE,
                0.7), request2024, data, toPage, area, STYLE, 0.7);
        assertEquals(built.legend(), refilled.legend());
        var a = built.layers().get(1).items();
        var b = refilled.layers().get(1).items();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            var x = (Drawable.Area) a.get(i);
            var y = (Drawable.Area) b.get(i);
            assertEquals(x.id(), y.id());
            assertEquals(x.fill(), y.fill(), "fill of " + x.id());
            assertEquals(x.hatch(), y.hatch(), "stripes of " + x.id());
        }
        assertEquals(built.layers().get(3).items().size(), refilled.layers().get(3).items().size(), "the same dots");
    }

    @Test
    void withoutAMapNothingChanges() {
        var model = picture(EUROPE_2024, SceneOptions.defaults());
        assertFalse(layerNames(model).contains(MapLayers.SEA));
        assertNotNull(model.scene());
        assertTrue(model.layer("caption").items().stream().noneMatch(d -> d instanceof Drawable.Text t
                && t.text().contains("Natural Earth")));
    }
}

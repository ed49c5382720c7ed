package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.MapLayers;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.render.SceneOptions;
import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.EqualEarthProjection;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Region;
import org.allianceatlas.service.AtlasService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Slides with the map, written by the real exporters from the shipped data: the SVG has the map's groups under the
 * ties, a path per country with its id; the PNG shows the fills where the countries are (NATO's colour on Sweden in
 * 2024, not in 1990) and land and sea under the graph; the legend names the organisations as they were.
 */
class MapSlideTest {

    private static final VisualStyle LIGHT = VisualStyle.of(Theme.LIGHT);
    private static AtlasService service;

    @BeforeAll
    static void load() {
        service = new AtlasService();
        assertTrue(service.loadShippedAnd(List.of()).usable());
    }

    private record Slide(RenderModel model, ExportJob job) {
    }

    private static Slide slide(FilterCriteria criteria, SceneOptions scene, Path target) {
        var view = service.filter(criteria);
        var options = ImageOptions.defaults().withScene(scene);
        var builder = new RenderModelBuilder();
        var area = builder.graphArea(view, LIGHT, options);
        Positions positions = service.layout(criteria, LayoutKind.GEOGRAPHIC, LIGHT::radius, area.width(),
                area.height());
        return new Slide(builder.build(view, positions, LIGHT, options),
                new ExportJob(view, positions, options, target, true));
    }

    @Test
    void theSvgHasTheMapUnderTheTiesAndACountryPerPath(@TempDir Path dir) throws Exception {
        var target = dir.resolve("europe.svg");
        var slide = slide(FilterCriteria.forYear(2024).withRegions(List.of(Region.EUROPE)),
                SceneOptions.defaults().withMap(MapMode.UNDER_GRAPH), target);
        Exporter.forFormat(ExportFormat.SVG).export(slide.job());
        var text = Files.readString(target, StandardCharsets.UTF_8);
        var doc = XmlChecks.parse(text);
        var groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        var order = new ArrayList<String>();
        Element land = null;
        for (int i = 0; i < groups.getLength(); i++) {
            var g = (Element) groups.item(i);
            order.add(g.getAttribute("class"));
            if (g.getAttribute("class").equals(MapLayers.LAND)) {
                land = g;
            }
        }
        int ties = order.indexOf("ties");
        assertTrue(order.indexOf(MapLayers.SEA) >= 0 && order.indexOf(MapLayers.SEA) < order.indexOf(MapLayers.LAND)
                && order.indexOf(MapLayers.LAND) < order.indexOf(MapLayers.BORDERS)
                && order.indexOf(MapLayers.BORDERS) < ties && ties < order.indexOf("vertices"),
                "sea, land, borders, then the ties and vertices: " + order);
        assertTrue(land != null);
        var paths = land.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        var ids = new ArrayList<String>();
        for (int i = 0; i < paths.getLength(); i++) {
            ids.add(((Element) paths.item(i)).getAttribute("id"));
        }
        assertTrue(ids.containsAll(List.of("FRA", "DEU", "UKR", "RUS")), "countries by ISO id: " + ids);
        assertTrue(text.contains("Natural Earth"), "the caption names the map's source");
    }

    @Test
    void thePngOfTheAllianceMapColoursSwedenForNatoIn2024AndNotIn1990(@TempDir Path dir) throws Exception {
        var scene = SceneOptions.defaults().withMap(MapMode.ALLIANCES).withMapOrganisations(List.of("nato"));
        var europe = FilterCriteria.forYear(2024).withRegions(List.of(Region.EUROPE));
        var nato = LIGHT.allianceColours().get(0);
        // Inland Sweden, away from capitals and labels: Jämtland.
        assertEquals(nato, pixelAt(slide(europe, scene, dir.resolve("2024.png")), 63.5, 14.5));
        var in1990 = pixelAt(slide(europe.withYear(1990), scene, dir.resolve("1990.png")), 63.5, 14.5);
        assertEquals(LIGHT.mapNeutral(), in1990, "Sweden was in no alliance in 1990");
        assertNotEquals(nato, in1990);
        // Norway was in NATO in both years.
        assertEquals(nato, pixelAt(slide(europe.withYear(1990), scene, dir.resolve("1990b.png")), 62.0, 9.0));
    }

    @Test
    void thePngUnderTheGraphHasLandAndSeaWhereTheyAre(@TempDir Path dir) throws Exception {
        var slide = slide(FilterCriteria.forYear(1985).withOrganisations(Selection.only(List.of("nato",
                "warsaw-pact"))), SceneOptions.defaults().withMap(MapMode.UNDER_GRAPH), dir.resolve("s.png"));
        assertEquals(LIGHT.mapSea(), pixelAt(slide, 30.0, -45.0), "the Atlantic, south of the ties");
        assertEquals(LIGHT.mapLand(), pixelAt(slide, 52.0, -85.0), "inland Canada");
    }

    /** Writes the slide as a PNG with the exporter and reads the colour at a place. */
    private static Rgb pixelAt(Slide slide, double lat, double lon) throws Exception {
        Exporter.forFormat(ExportFormat.PNG).export(slide.job());
        var image = ImageIO.read(slide.job().target().toFile());
        var frame = slide.model().scene().frame();
        var p = EqualEarthProjection.project(lat, lon);
        int argb = image.getRGB((int) Math.round(frame.x(p.x())), (int) Math.round(frame.y(p.y())));
        return new Rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, 1.0);
    }

    @Test
    void theWorldMapViewSvgStaysUnderTwoMegabytes() throws Exception {
        var slide = slide(FilterCriteria.forYear(2024), SceneOptions.defaults().withMap(MapMode.ALLIANCES),
                Path.of("unused.svg"));
        var out = new ByteArrayOutputStream();
        new SvgWriter().write(slide.model(), out);
        assertTrue(out.size() < 2_000_000, "the world view's SVG: " + out.size() + " bytes");
    }
}

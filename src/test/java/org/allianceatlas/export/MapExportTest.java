package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import javax.imageio.ImageIO;

import org.allianceatlas.export.render.MapLayers;
import org.allianceatlas.export.render.MapRequest;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.layout.EqualEarthProjection;
import org.allianceatlas.map.ShippedMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The map in the exports: SVG with one path per country and its id, PNG and PDF drawn, sizes kept small. */
class MapExportTest {

    private static final VisualStyle LIGHT = VisualStyle.of(Theme.LIGHT);

    private static String svg(RenderModel model) throws Exception {
        var out = new ByteArrayOutputStream();
        new SvgWriter().write(model, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theWorldMapSvgHasOnePathPerCountryWithItsIdGroupedAndStaysSmall() throws Exception {
        var model = MapPictures.picture(MapRequest.alliances(2024, List.of("nato", "eu")), MapPictures.world(), 1920,
                1080, LIGHT, false);
        var text = svg(model);
        assertTrue(text.length() < 2_000_000, "world map SVG of " + text.length() + " bytes");
        var doc = XmlChecks.parse(text);
        var groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        Element land = null;
        for (int i = 0; i < groups.getLength(); i++) {
            var g = (Element) groups.item(i);
            if (g.getAttribute("class").equals(MapLayers.LAND)) {
                land = g;
            }
        }
        assertTrue(land != null, "a <g class=\"map-land\">");
        var ids = new HashSet<String>();
        var paths = land.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            var id = ((Element) paths.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertTrue(ids.add(id), "one path per country: " + id + " twice");
            }
        }
        var expected = ShippedMap.year(2024).stateIds();
        assertEquals(expected, ids, "every state with a shape, by its ISO id");
        var france = doc.getElementById("FRA");
        assertTrue(france == null || france.getAttribute("fill").startsWith("url(#hatch-"));
        assertTrue(text.contains("<pattern id=\"hatch-1\" patternUnits=\"userSpaceOnUse\""), "stripes as a pattern");
        assertTrue(text.contains("id=\"FRA\" d=\"M"), "France's path by id");
        assertTrue(text.contains("fill=\"url(#hatch-"), "France is in NATO and the EU: striped");
    }

    @Test
    void aPngOfTheMapShowsNatoBlueAtParisSeaInTheAtlanticAndLandInGreenland() throws Exception {
        var model = MapPictures.picture(MapRequest.alliances(2024, List.of("nato")), MapPictures.world(), 1920, 1080,
                LIGHT, false);
        var image = PngExporter.render(model, 1);
        var fitted = MapPictures.map(MapRequest.alliances(2024, List.of("nato")), MapPictures.world(), 1920, 1080,
                LIGHT);
        assertEquals(LIGHT.allianceColours().get(0), pixel(image, fitted, 47.0, 2.5), "France, near Paris");
        assertEquals(LIGHT.mapSea(), pixel(image, fitted, 30, -40), "the Atlantic");
        assertEquals(LIGHT.mapNeutral(), pixel(image, fitted, 72, -40), "Greenland: land of no state");
        assertEquals(LIGHT.mapNeutral(), pixel(image, fitted, 35, 105), "China: in no chosen organisation");
        var png = new ByteArrayOutputStream();
        PngExporter.encode(image, png, PngExporter.Encoder.PNGENCODER);
        var back = ImageIO.read(new java.io.ByteArrayInputStream(png.toByteArray()));
        assertEquals(1920, back.getWidth());
    }

    @Test
    void thePdfOfTheMapIsVectorAndLoads() throws Exception {
        var model = MapPictures.picture(MapRequest.underGraph(1985), MapPictures.world(), 1920, 1080, LIGHT, true);
        try (var doc = PdfExporter.toDocument(model)) {
            assertEquals(1, doc.getNumberOfPages());
            var out = new ByteArrayOutputStream();
            doc.save(out);
            assertTrue(out.size() > 100_000, "the map's paths are in the PDF: " + out.size() + " bytes");
        }
    }

    private static Rgb pixel(java.awt.image.BufferedImage image, MapPictures.Fitted f, double lat, double lon) {
        var p = EqualEarthProjection.project(lat, lon);
        int argb = image.getRGB((int) Math.round(f.toPage().x(p.x())), (int) Math.round(f.toPage().y(p.y())));
        return new Rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, 1.0);
    }

    /**
     * Not a check: writes the pictures to look at (target/map-pictures): the world in 2024 under a graph's capitals,
     * Europe 1985 and NATO and the Warsaw Pact in 1985, light and dark, at 3840 × 2160, and their SVGs.
     */
    @Test
    void writesPicturesToLookAt() throws Exception {
        var dir = Path.of("target", "map-pictures");
        Files.createDirectories(dir);
        var europe = MapPictures.around(1985, List.of("PRT", "ISL", "NOR", "FIN", "SUN", "GRC", "ESP", "TUR", "IRL"));
        var dark = VisualStyle.of(Theme.DARK);
        write(dir, "world-2024-under-graph", MapPictures.picture(MapRequest.underGraph(2024), MapPictures.world(),
                3840, 2160, LIGHT, true));
        write(dir, "europe-1985-under-graph", MapPictures.picture(MapRequest.underGraph(1985), europe, 3840, 2160,
                LIGHT, true));
        write(dir, "europe-1985-nato-warsaw-pact", MapPictures.picture(MapRequest.alliances(1985,
                List.of("nato", "warsaw-pact")), europe, 3840, 2160, LIGHT, false));
        write(dir, "world-2024-alliances-dark", MapPictures.picture(MapRequest.alliances(2024, List.of()),
                MapPictures.world(), 3840, 2160, dark, false));
        write(dir, "europe-2024-nato-eu", MapPictures.picture(MapRequest.alliances(2024, List.of("nato", "eu")),
                MapPictures.around(2024, List.of("PRT", "ISL", "NOR", "FIN", "GRC", "CYP", "UKR")), 3840, 2160, LIGHT,
                false));
        assertTrue(Files.size(dir.resolve("world-2024-under-graph.png")) > 0);
    }

    private static void write(Path dir, String name, RenderModel model) throws Exception {
        try (var out = Files.newOutputStream(dir.resolve(name + ".png"))) {
            PngExporter.encode(PngExporter.render(model, 1), out, PngExporter.Encoder.PNGENCODER);
        }
        Files.writeString(dir.resolve(name + ".svg"), svg(model));
    }
}

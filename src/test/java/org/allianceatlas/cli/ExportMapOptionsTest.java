package org.allianceatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --map on|off --style graph|map --map-org ID --arcs}: what they write, and what they refuse. */
class ExportMapOptionsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var all = new ArrayList<String>();
        all.add("export");
        all.addAll(List.of(args));
        return AtlasCli.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    }

    @Test
    void theAllianceMapOfTheBlocsIn1985ColoursTheFilterOrganisationsNamedAsThen() throws Exception {
        var svg = dir.resolve("blocs.svg");
        assertEquals(0, run("--format", "svg", "--out", svg.toString(), "--year", "1985", "--org", "nato", "--org",
                "warsaw-pact", "--style", "map"), err.toString());
        var text = Files.readString(svg);
        assertTrue(text.contains("class=\"map-land\""), "the map is drawn");
        assertTrue(text.contains(">Members in 1985</text>") && text.contains(">Warsaw Pact</text>"),
                "the legend explains the fills");
        assertTrue(text.contains("id=\"SUN\""), "the Soviet Union as of 1985");
        var vertices = text.substring(text.indexOf("<g class=\"vertices\""), text.indexOf("<g class=\"labels\""));
        assertTrue(vertices.contains("<circle"), "capital dots");
        assertFalse(vertices.contains("<rect"), "no organisation squares on the alliance map");

        var eu = dir.resolve("eu.svg");
        assertEquals(0, run("--format", "svg", "--out", eu.toString(), "--year", "1985", "--region", "Europe",
                "--style", "map", "--map-org", "eu", "--map-org", "nato"), err.toString());
        var legend = Files.readString(eu);
        assertTrue(legend.contains(">EC</text>"), "the EU named as it was in 1985");
        assertFalse(legend.contains(">EU</text>"), "no EU on a map of 1985");
    }

    @Test
    void theMapUnderTheGraphIsDrawnUnderTheTies() throws Exception {
        var svg = dir.resolve("europe.svg");
        assertEquals(0, run("--format", "svg", "--out", svg.toString(), "--year", "2024", "--region", "Europe",
                "--map", "on"), err.toString());
        var text = Files.readString(svg);
        assertTrue(text.indexOf("class=\"map-land\"") < text.indexOf("class=\"ties\""));
        var off = dir.resolve("off.svg");
        assertEquals(0, run("--format", "svg", "--out", off.toString(), "--year", "2024", "--map", "off"));
        assertFalse(Files.readString(off).contains("map-land"));
    }

    @Test
    void mapOptionsNeedTheGeographicLayoutAndTheAllianceMap() {
        var png = dir.resolve("x.png");
        assertEquals(2, run("--format", "png", "--out", png.toString(), "--map", "on", "--layout", "force"));
        assertTrue(err.toString().contains("--map on needs the geographic layout, not --layout force"),
                err.toString());
        assertEquals(2, run("--format", "png", "--out", png.toString(), "--style", "map", "--layout", "circular"));
        assertEquals(2, run("--format", "png", "--out", png.toString(), "--style", "map", "--map", "off"));
        assertEquals(2, run("--format", "png", "--out", png.toString(), "--map-org", "nato"));
        assertTrue(err.toString().contains("--map-org applies to the alliance map only"), err.toString());
        assertEquals(2, run("--format", "png", "--out", png.toString(), "--style", "map", "--map-org", "a",
                "--map-org", "b", "--map-org", "c", "--map-org", "d", "--map-org", "e"));
        assertEquals(2, run("--format", "png", "--out", png.toString(), "--style", "atlas"));
        assertEquals(2, run("--format", "png", "--out", png.toString(), "--map", "maybe"));
        assertFalse(Files.exists(png), "nothing written");
    }

    @Test
    void anUnknownMapOrganisationIsADataProblem() {
        var png = dir.resolve("x.png");
        assertEquals(1, run("--format", "png", "--out", png.toString(), "--style", "map", "--map-org", "natoo"));
        assertTrue(err.toString().contains("natoo"), err.toString());
        assertFalse(Files.exists(png));
    }
}

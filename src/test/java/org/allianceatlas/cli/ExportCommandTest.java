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

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code alliance-atlas export ARGS} on the shipped data, as a user would. */
    private int run(String... args) {
        var all = new ArrayList<String>();
        all.add("export");
        all.addAll(List.of(args));
        return AtlasCli.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf", "gexf", "graphml", "csv", "json"})
    void everyFormatIsWritten(String format) {
        var target = dir.resolve("view." + format);
        assertEquals(0, run("--format", format, "--out", target.toString(), "--year", "2024"), err.toString());
        assertTrue(Files.exists(target), target + " written");
        assertTrue(out.toString().startsWith("Wrote " + target), out.toString());
        if (format.equals("csv")) {
            assertTrue(Files.exists(target.resolve("nodes.csv")) && Files.exists(target.resolve("edges.csv")));
        }
    }

    @Test
    void swedenIsInTheNatoPictureOf2024ButNotOf2023() throws Exception {
        var y2024 = dir.resolve("2024.svg");
        var y2023 = dir.resolve("2023.svg");
        assertEquals(0, run("--format", "svg", "--out", y2024.toString(), "--year", "2024", "--org", "nato"));
        assertEquals(0, run("--format", "svg", "--out", y2023.toString(), "--year", "2023", "--org", "nato"));
        assertTrue(Files.readString(y2024).contains(">Sweden</text>"));
        assertFalse(Files.readString(y2023).contains(">Sweden</text>"));
        assertTrue(Files.readString(y2024).contains("Organisations: NATO"), "the filter is in the subtitle");
        assertFalse(Files.readString(y2024).contains(">Japan</text>"), "only NATO members");
    }

    @Test
    void imageOptionsReachTheFile() throws Exception {
        var png = dir.resolve("a.png");
        assertEquals(0, run("--format", "png", "--out", png.toString(), "--year", "2024", "--size", "800x600",
                "--scale", "2", "--background", "transparent", "--no-legend", "--layout", "circular"), err.toString());
        var image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1200, image.getHeight());
        assertEquals(0, image.getRGB(0, 0) >>> 24, "transparent");
        var pdf = dir.resolve("a.pdf");
        assertEquals(0, run("--format", "pdf", "--out", pdf.toString(), "--year", "1960", "--title", "Cold War",
                "--region", "Europe", "--type", "mutual_defence", "--layout", "force", "--size", "a4-portrait"),
                err.toString());
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            var text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Cold War") && text.contains("France"), text);
            assertFalse(text.contains("United States"), "Europe only");
        }
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        var target = Files.writeString(dir.resolve("mine.svg"), "mine");
        assertEquals(1, run("--format", "svg", "--out", target.toString(), "--year", "2024"));
        assertTrue(err.toString().contains("exists") && err.toString().contains("--force"), err.toString());
        assertEquals("mine", Files.readString(target));
        assertEquals(0, run("--format", "svg", "--out", target.toString(), "--year", "2024", "--force"));
        assertTrue(Files.readString(target).startsWith("<?xml"));
    }

    @Test
    void anUnwritablePathIsAProblemNotACrash() {
        var target = dir.resolve("missing/folder/x.png");
        assertEquals(1, run("--format", "png", "--out", target.toString(), "--year", "2024"));
        assertTrue(err.toString().contains("does not exist"), err.toString());
    }

    @Test
    void anUnknownOrganisationIsNamedWithASuggestion() {
        assertEquals(1, run("--format", "svg", "--out", dir.resolve("x.svg").toString(), "--org", "natoo"));
        assertTrue(err.toString().contains("natoo") && err.toString().contains("nato"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.svg")));
    }

    @Test
    void theRootCommandsInForceOptionAppliesToTheExport() throws Exception {
        var signed = dir.resolve("signed.json");
        var inForce = dir.resolve("inforce.json");
        assertEquals(0, run("--format", "json", "--out", signed.toString(), "--year", "2019", "--org", "nato"));
        var code = AtlasCli.execute(new PrintWriter(out), new PrintWriter(err), "--in-force", "export", "--format",
                "json", "--out", inForce.toString(), "--year", "2019", "--org", "nato");
        assertEquals(0, code, err.toString());
        assertTrue(Files.readString(signed).contains("aachen-2019"), "signed in 2019");
        assertFalse(Files.readString(inForce).contains("aachen-2019"), "in force only from 2020");
    }

    @Test
    void badArgumentsAreBadUsage() {
        var target = dir.resolve("x.png").toString();
        var cases = List.of(
                List.of("--format", "bmp", "--out", target),
                List.of("--out", target),
                List.of("--format", "png"),
                List.of("--format", "png", "--out", target, "--scale", "5"),
                List.of("--format", "png", "--out", target, "--size", "huge"),
                List.of("--format", "png", "--out", target, "--region", "Atlantis"),
                List.of("--format", "png", "--out", target, "--type", "friendship"),
                List.of("--format", "png", "--out", target, "--layout", "spiral"),
                List.of("--format", "png", "--out", target, "--background", "pink"),
                List.of("--format", "png", "--out", target, "--year", "0"),
                List.of("--format", "png", "--out", target, "--frobnicate"));
        var failures = new ArrayList<String>();
        for (var args : cases) {
            err.getBuffer().setLength(0);
            int code = run(args.toArray(String[]::new));
            if (code != 2 || err.toString().isBlank()) {
                failures.add(args + " -> " + code + " " + err);
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
        assertFalse(Files.exists(Path.of(target)));
    }
}

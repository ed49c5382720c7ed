package org.allianceatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.allianceatlas.export.GexfExporter;
import org.allianceatlas.export.GraphMlExporter;
import org.allianceatlas.export.SvgWriter;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.LoadResult;
import org.allianceatlas.io.importers.AtopImporter;
import org.allianceatlas.io.importers.CowCrosswalk;
import org.allianceatlas.io.importers.CowImporter;
import org.allianceatlas.io.importers.ImportResult;
import org.allianceatlas.io.importers.ResearchImport;
import org.allianceatlas.layout.GeographicLayout;
import org.allianceatlas.layout.Positions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own fuzz test, part of every build: a seeded, bounded run of mutations of the shipped data files, of
 * the small valid dataset and of the ATOP/COW fixtures, each through the loader or the importers. Each must give a
 * report or a result — never an exception — and every XML export (SVG, GEXF, GraphML) of what loads must be
 * well-formed. The seed is fixed, so a failure is reproduced by running the test again; the message names the seed
 * and the mutation. About 4,000 inputs; seconds on an idle machine (the budget is 60 s under load).
 */
class FuzzTest {

    private static final long SEED = 20261203L;
    /** Mutations of each shipped data file, loaded on its own. */
    private static final int PER_SHIPPED_FILE = 250;
    /** Mutations of the small valid dataset, loaded as a folder and exported when it loads. */
    private static final int VALID_DATASET = 400;
    /** Mutations of each CSV fixture, imported. */
    private static final int PER_CSV_FIXTURE = 200;

    /** What a mutation may insert: JSON and CSV syntax, control characters, huge and hostile values. */
    private static final List<String> SNIPPETS = List.of("\"", "{", "}", "[", "]", ",", ":", "\\", "\\u0000",
            "\\ud800", "\\uFFFE", "\u0001", "\u001b[2J", "\uFFFF", "\n", "\r", "\t", "\u0000", "null", "true", "-",
            "1e999999", "9".repeat(1_200), "x".repeat(5_000), "<script>", "&amp;", "'", "=cmd|' /C calc'!A0", "NaN",
            "\"\"", ",,,,", "0", "-5", "2024-02-30", "\uD800", "\uDC00<", "é", "\u00A0");

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);
    private final DatasetLoader loader = new DatasetLoader();
    private int inputs;

    @Test
    void mutatedInputsGiveAReportOrAResultAndWhatLoadsExportsAsWellFormedXml() throws Exception {
        for (var input : DataInput.shipped()) {
            var original = resource(input.resource());
            for (int i = 0; i < PER_SHIPPED_FILE; i++) {
                var mutated = mutate(original);
                load(() -> loader.loadContent(input.displayName(), mutated), input.displayName(), i);
            }
        }
        var valid = Path.of(FuzzTest.class.getResource("/org/allianceatlas/io/valid").toURI());
        List<Path> validFiles;
        try (var files = Files.list(valid)) {
            validFiles = files.sorted().toList();
        }
        int exported = 0;
        for (int i = 0; i < VALID_DATASET; i++) {
            var folder = Files.createDirectories(dir.resolve("valid-" + i));
            var victim = random.nextInt(validFiles.size());
            for (int f = 0; f < validFiles.size(); f++) {
                var bytes = Files.readAllBytes(validFiles.get(f));
                Files.write(folder.resolve(validFiles.get(f).getFileName()), f == victim ? mutate(bytes) : bytes);
            }
            var result = load(() -> loader.load(List.of(DataInput.of(folder))), "valid/" + validFiles.get(victim), i);
            if (result.usable()) {
                exportsAreWellFormed(result, "valid/" + validFiles.get(victim) + " #" + i);
                exported++;
            }
        }
        assertTrue(exported > 10, "some mutations load and are exported: " + exported);
        var crosswalk = CowCrosswalk.shipped();
        for (var fixture : List.of("atop-members.csv", "atop-alliances.csv", "atop-clean.csv", "cow-members.csv",
                "cow-dyads.csv")) {
            var original = Files.readAllBytes(Path.of(FuzzTest.class.getResource(
                    "/org/allianceatlas/io/importers/" + fixture).toURI()));
            for (int i = 0; i < PER_CSV_FIXTURE; i++) {
                var file = Files.write(dir.resolve(i + "-" + fixture), mutate(original));
                int n = i;
                importIt(() -> fixture.startsWith("atop") ? new AtopImporter(crosswalk, Map.of()).importFiles(
                        List.of(file)) : new CowImporter(crosswalk, Map.of()).importFiles(List.of(file)), fixture, n);
                importIt(() -> ResearchImport.importFiles(List.of(file), crosswalk, Map.of()), fixture, n);
            }
        }
        assertTrue(inputs > 3_000, "inputs: " + inputs);
    }

    private interface Load {
        LoadResult run();
    }

    private LoadResult load(Load load, String what, int i) {
        inputs++;
        try {
            var result = load.run();
            assertNotNull(result.report(), what);
            return result;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("mutation " + i + " of " + what + " (seed " + SEED + ") threw", e);
        }
    }

    private interface Import {
        ImportResult run();
    }

    private void importIt(Import work, String what, int i) {
        inputs++;
        try {
            var result = work.run();
            assertNotNull(result.dataset(), what);
            assertFalse(result.problems().stream().anyMatch(p -> p.message().matches(".*\\b[A-Z]\\w+Exception\\b.*")),
                    () -> "a Java class name in a message: " + result.problems());
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("mutation " + i + " of " + what + " (seed " + SEED + ") threw", e);
        }
    }

    private void exportsAreWellFormed(LoadResult result, String what) throws Exception {
        var view = new AlignmentGraph(result.dataset()).view(FilterCriteria.forYear(2024).withShowIsolated(true));
        var positions = new GeographicLayout().layout(view, Positions.empty());
        var svg = new ByteArrayOutputStream();
        new SvgWriter().write(new RenderModelBuilder().build(view, positions, VisualStyle.of(Theme.LIGHT),
                ImageOptions.defaults()), svg);
        wellFormed(svg.toByteArray(), "SVG of " + what);
        var gexf = new ByteArrayOutputStream();
        new GexfExporter().write(view, positions, gexf);
        wellFormed(gexf.toByteArray(), "GEXF of " + what);
        var graphml = new ByteArrayOutputStream();
        new GraphMlExporter().write(view, positions, graphml);
        wellFormed(graphml.toByteArray(), "GraphML of " + what);
    }

    private static void wellFormed(byte[] xml, String what) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        try {
            builder.parse(new ByteArrayInputStream(xml));
        } catch (org.xml.sax.SAXException e) {
            fail(what + " is not well-formed: " + e.getMessage());
        }
    }

    /** One to three random edits: flip, delete, duplicate or move a range, insert a snippet, truncate. */
    private byte[] mutate(byte[] original) {
        var text = new StringBuilder(new String(original, StandardCharsets.UTF_8));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            int len = Math.min(text.length() - at, 1 + random.nextInt(40));
            switch (random.nextInt(6)) {
                case 0 -> text.setCharAt(at, (char) random.nextInt(0x80));
                case 1 -> text.delete(at, at + len);
                case 2 -> text.insert(at, text.substring(at, at + len));
                case 3 -> text.insert(at, SNIPPETS.get(random.nextInt(SNIPPETS.size())));
                case 4 -> text.setLength(at);
                default -> {
                    var cut = text.substring(at, at + len);
                    text.delete(at, at + len);
                    text.insert(random.nextInt(text.length() + 1), cut);
                }
            }
        }
        var bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256); // invalid UTF-8, NUL bytes
        }
        return bytes;
    }

    private static byte[] resource(String name) {
        try (InputStream in = FuzzTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

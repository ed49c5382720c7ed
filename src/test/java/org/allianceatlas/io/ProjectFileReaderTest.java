package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.io.ProjectDocument.Ref;
import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileReaderTest {

    static final ProjectFileReader.Vocabulary WORDS = new ProjectFileReader.Vocabulary(
            List.of("geographic", "force", "circular"), List.of("names", "codes"), List.of("vertices", "hidden"),
            List.of("none", "under_graph", "alliances"));

    @TempDir
    Path dir;

    private ProjectFileReader.Result read(String name, String text) throws Exception {
        var file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new ProjectFileReader(WORDS).read(file);
    }

    /** The one problem of a result, which must be the only one. */
    private static Problem only(ProjectFileReader.Result r) {
        assertEquals(1, r.report().problems().size(), r.report().format());
        return r.report().problems().get(0);
    }

    static ProjectDocument fullDocument() {
        var view = new ProjectDocument.View(null, "NATO and the Warsaw Pact, 1985", 1985, DateBasis.ENTRY_INTO_FORCE,
                Ref.all(List.of("nato", "warsaw-pact")), List.of(Subregion.WESTERN_EUROPE, Subregion.EASTERN_EUROPE),
                List.of(TieType.MUTUAL_DEFENCE), true, "force", "codes", "hidden", "alliances",
                Ref.all(List.of("nato", "warsaw-pact")), new ProjectDocument.Viewport(12.5, -40, 2.25),
                Ref.all(List.of("DEU", "DDR")), Ref.all(List.of("m:DEU@nato@1955-05-06")), "The Cold War", false);
        var plain = new ProjectDocument.View(null, "World", 2024, DateBasis.SIGNATURE, null, null, null, false, null,
                null, null, null, List.of(), null, List.of(), List.of(), null, true);
        var research = new ProjectDocument.Import(ResearchDataset.ATOP, Ref.all(List.of("atop/atop5_1m.csv")),
                Precedence.IMPORTED, false, true, null);
        return new ProjectDocument(new ProjectDocument.Data(true, Ref.all(List.of("my-treaties.json")), research),
                List.of(view, plain));
    }

    @Test
    void aWrittenDocumentReadsBackTheSame() throws Exception {
        var writer = new ProjectFileWriter();
        var text = writer.toJsonString(fullDocument());
        var result = read("talk.atlas", text);
        assertTrue(result.report().isEmpty(), result.report().format());
        var back = result.document().orElseThrow();
        assertEquals(text, writer.toJsonString(back), "the same document, written again");
        var v = back.views().get(0);
        assertEquals(List.of("nato", "warsaw-pact"), Ref.values(v.organisations()));
        int at = text.indexOf("\"nato\"", text.indexOf("\"views\""));
        int line = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        assertEquals(line, v.organisations().get(0).location().line(), "ids keep their place for later checks");
        assertEquals("$.views[0].filters.organisations[0]", v.organisations().get(0).location().path());
        assertEquals(null, back.views().get(1).organisations(), "absent: every organisation");
    }

    @Test
    void aTruncatedFileIsReportedAsSuch() throws Exception {
        var text = new ProjectFileWriter().toJsonString(fullDocument());
        var p = only(read("cut.atlas", text.substring(0, text.length() / 2)));
        assertEquals(Severity.ERROR, p.severity());
        assertTrue(p.message().contains("truncated"), p.format());
        assertTrue(p.line() > 1, p.format());
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorAtItsPlace() throws Exception {
        var r = read("types.atlas", """
                {
                  "format": "alliance-atlas-project/1",
                  "views": [
                    {"name": "Cold War", "year": "1985"}
                  ]
                }
                """);
        var p = only(r);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(4, p.line());
        assertEquals("$.views[0].year", p.jsonPath());
        assertTrue(p.message().contains("whole number"), p.format());
        assertTrue(r.document().isEmpty(), "errors: the project does not open");
    }

    @Test
    void wrongTypesDeeperDownAreFoundToo() throws Exception {
        var r = read("deep.atlas", """
                {"views": [{"name": "A", "year": 2000, "filters": {"organisations": ["nato", 7]},
                            "viewport": {"x": 1, "y": "two", "zoom": 1}}]}
                """);
        var paths = r.report().errors().stream().map(Problem::jsonPath).toList();
        assertEquals(List.of("$.views[0].filters.organisations[1]", "$.views[0].viewport.y"), paths,
                r.report().format());
    }

    @Test
    void anUnknownKeyIsAWarningWithTheFieldItMayMean() throws Exception {
        var r = read("keys.atlas", """
                {"views": [{"name": "A", "year": 2000, "layuot": "force"}]}
                """);
        var p = only(r);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals(1, p.line());
        assertTrue(p.message().contains("'layuot'") && p.message().contains("did you mean layout"), p.format());
        assertTrue(r.document().isPresent(), "a warning does not stop the opening");
    }

    @Test
    void anUnknownLayoutIsAnErrorListingTheLayouts() throws Exception {
        var p = only(read("layout.atlas", """
                {"views": [{"name": "A", "year": 2000, "layout": "spring"}]}
                """));
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("$.views[0].layout", p.jsonPath());
        assertTrue(p.message().contains("geographic, force, circular"), p.format());
    }

    @Test
    void aViewWithoutANameOrYearIsReported() throws Exception {
        var r = read("name.atlas", """
                {"views": [{"year": 2000}, {"name": "B"}]}
                """);
        var messages = r.report().errors().stream().map(Problem::format).toList();
        assertEquals(2, messages.size(), r.report().format());
        assertTrue(messages.get(0).contains("missing required field 'name'"), messages.get(0));
        assertTrue(messages.get(1).contains("missing required field 'year'"), messages.get(1));
    }

    @Test
    void aDataFileOpenedAsAProjectIsToldApart() throws Exception {
        var r = read("states.atlas", """
                {"format": "alliance-atlas/1", "states": []}
                """);
        assertEquals(1, r.report().errors().size(), r.report().format());
        assertTrue(r.report().errors().get(0).message().contains("this is a data file"), r.report().format());
    }

    @Test
    void aMissingFileAndAnEmptyOneAreReported() throws Exception {
        var missing = new ProjectFileReader(WORDS).read(dir.resolve("nowhere.atlas"));
        assertTrue(only(missing).message().contains("no such file"), missing.report().format());
        var empty = read("empty.atlas", "   ");
        assertTrue(only(empty).message().contains("empty"), empty.report().format());
    }

    @Test
    void aResearchImportNeedsItsFiles() throws Exception {
        var r = read("import.atlas", """
                {"data": {"researchImport": {"dataset": "atop", "files": []}}}
                """);
        var p = only(r);
        assertEquals("$.data.researchImport.files", p.jsonPath());
        assertTrue(p.message().contains("at least one file"), p.format());
        assertFalse(r.document().isPresent());
    }
}

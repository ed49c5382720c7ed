package org.allianceatlas.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.allianceatlas.export.ExportException;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.io.Severity;
import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

    @TempDir
    Path dir;

    private Project fullProject(Path data, Path csv) {
        var cold = SavedView.of("NATO and the Warsaw Pact, 1985", FilterCriteria.forYear(1985)
                        .withBasis(DateBasis.ENTRY_INTO_FORCE)
                        .withOrganisations(Selection.only(List.of("nato", "warsaw-pact")))
                        .withRegions(List.of(Region.EUROPE))
                        .withTieTypes(Selection.only(List.of(TieType.MUTUAL_DEFENCE)))
                        .withShowIsolated(true))
                .withLayout(LayoutKind.FORCE)
                .withDrawing(LabelMode.CODES, OrganisationDisplay.HIDDEN)
                .withMap(MapMode.ALLIANCES, List.of("warsaw-pact", "nato"))
                .withViewport(new Viewport(120.5, -33.25, 2.5))
                .withHighlight(List.of("DEU", "POL"), List.of("m:DEU@nato@1955-05-06"))
                .withTitle("The Cold War in Europe", false);
        var world = SavedView.of("World 2024", FilterCriteria.forYear(2024));
        var research = new ProjectImport(ResearchDataset.COW, List.of(csv), Precedence.IMPORTED, false, true);
        return new Project(new ProjectData(true, List.of(data), research), List.of(cold, world));
    }

    @Test
    void aProjectRoundTripsThroughItsFileWithEveryChoice() throws Exception {
        var data = Files.writeString(dir.resolve("mine.json"), "{}");
        var csv = Files.writeString(dir.resolve("cow.csv"), "x");
        var project = fullProject(data, csv);
        var file = dir.resolve("talk.atlas");
        new ProjectWriter().write(project, file, false);
        var reading = new ProjectReader().read(file);
        assertTrue(reading.report().isEmpty(), reading.report().format());
        assertEquals(project, reading.project().orElseThrow());
    }

    @Test
    void dataPathsAreWrittenRelativeToTheProjectSoTheFolderCanMove() throws Exception {
        var folder = Files.createDirectories(dir.resolve("talk"));
        var data = Files.writeString(Files.createDirectories(folder.resolve("data")).resolve("mine.json"), "{}");
        var csv = Files.writeString(folder.resolve("cow.csv"), "x");
        new ProjectWriter().write(fullProject(data, csv), folder.resolve("talk.atlas"), false);
        var text = Files.readString(folder.resolve("talk.atlas"));
        assertTrue(text.contains("\"data/mine.json\""), text);
        var moved = dir.resolve("elsewhere");
        Files.move(folder, moved);
        var reading = new ProjectReader().read(moved.resolve("talk.atlas"));
        assertTrue(reading.report().isEmpty(), reading.report().format());
        assertEquals(List.of(moved.resolve("data/mine.json").toAbsolutePath()),
                reading.project().orElseThrow().data().files());
    }

    @Test
    void aMovedDataFileIsALocatedWarningAndTheRestOpens() throws Exception {
        var data = Files.writeString(dir.resolve("mine.json"), "{}");
        var csv = Files.writeString(dir.resolve("cow.csv"), "x");
        var file = dir.resolve("talk.atlas");
        new ProjectWriter().write(fullProject(data, csv), file, false);
        Files.delete(data);
        var reading = new ProjectReader().read(file);
        var problems = reading.report().problems();
        assertEquals(1, problems.size(), reading.report().format());
        var p = problems.get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("$.data.files[0]", p.jsonPath());
        assertTrue(p.line() > 1);
        assertTrue(p.message().contains("'mine.json' is not there") && p.message().contains("opens without it"),
                p.format());
        var project = reading.project().orElseThrow();
        assertEquals(2, project.views().size(), "the views are intact");
        assertEquals(List.of(data.toAbsolutePath()), project.data().files(), "the path is kept for the next save");
        assertEquals(List.of(data.toAbsolutePath()), reading.missingFiles());
    }

    @Test
    void unknownIdsInASavedViewAreLocatedWarningsAndTheViewIsKept() throws Exception {
        var file = dir.resolve("ids.atlas");
        Files.writeString(file, """
                {
                  "views": [
                    {"name": "Typos", "year": 2024,
                     "filters": {"organisations": ["natoo"]},
                     "highlight": {"actors": ["SWE", "XYZ"], "ties": ["m:nothing"]}}
                  ]
                }
                """);
        var reading = new ProjectReader().read(file);
        assertTrue(reading.report().isEmpty(), reading.report().format());
        var graph = new AlignmentGraph(Dataset.of(List.of(TestProjects.state("SWE")),
                List.of(TestProjects.organisation("nato")), List.of(), List.of()));
        var problems = reading.unknownIds(graph);
        assertEquals(List.of("$.views[0].filters.organisations[0]", "$.views[0].highlight.actors[1]",
                "$.views[0].highlight.ties[0]"), problems.stream().map(p -> p.jsonPath()).toList());
        assertEquals(List.of(4, 5, 5), problems.stream().map(p -> p.line()).toList());
        assertTrue(problems.stream().allMatch(p -> p.severity() == Severity.WARNING));
        assertTrue(problems.get(0).message().contains("did you mean nato"), problems.get(0).format());
        var view = reading.project().orElseThrow().views().get(0);
        assertEquals(List.of("SWE", "XYZ"), view.highlightedActors(), "kept as saved");
    }

    @Test
    void saveRefusesToReplaceAFileUnlessAskedAndLeavesNoTemporaryFile() throws Exception {
        var file = Files.writeString(dir.resolve("talk.atlas"), "keep");
        var e = assertThrows(ExportException.class, () -> new ProjectWriter().write(Project.empty(), file, false));
        assertEquals(ExportException.Reason.EXISTS, e.reason());
        assertEquals("keep", Files.readString(file));
        new ProjectWriter().write(Project.empty(), file, true);
        assertTrue(new ProjectReader().read(file).project().isPresent());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aProjectWithErrorsDoesNotOpen() throws Exception {
        var file = Files.writeString(dir.resolve("bad.atlas"), "{\"views\": [{\"name\": \"A\", \"year\": 0}]}");
        var reading = new ProjectReader().read(file);
        assertTrue(reading.project().isEmpty());
        assertTrue(reading.report().errors().get(0).format().contains("bad.atlas:1:"), reading.report().format());
    }
}

package org.allianceatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.export.ExportProgress;
import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.io.Severity;
import org.allianceatlas.project.Project;
import org.allianceatlas.project.ProjectData;
import org.allianceatlas.project.SavedView;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects through the facade, on the shipped data. */
class ProjectServiceTest {

    @TempDir
    Path dir;

    private static final String MINE = """
            {"clauses": [{"id": "test-pact", "name": "Test pact", "parties": ["FRA", "DEU"], "type": "consultation",
              "signed": "2024", "binding": false, "sources": [{"title": "Test", "url": "https://example.org/"}]}]}
            """;

    private static SavedView nato2024() {
        var nato = FilterCriteria.forYear(2024).withOrganisations(Selection.only(List.of("nato")));
        return SavedView.of("NATO 2024", nato)
                .withTitle("NATO in 2024", true);
    }

    @Test
    void aSavedProjectOpensWithItsDataAndViews() throws Exception {
        var mine = Files.writeString(dir.resolve("mine.json"), MINE);
        var project = new Project(new ProjectData(true, List.of(mine), null), List.of(nato2024()));
        var service = new AtlasService();
        service.saveProject(project, dir.resolve("talk.atlas"), false);
        var opened = service.openProject(dir.resolve("talk.atlas"));
        assertTrue(opened.opened(), opened.report().format());
        assertEquals(project, opened.project().orElseThrow());
        assertTrue(service.dataset().clause("test-pact").isPresent(), "the project's own data file is loaded");
        assertTrue(service.dataset().organisation("nato").isPresent(), "with the shipped data");
    }

    @Test
    void aProjectWhoseDataFileMovedOpensWithAClearWarningAndTheRest() throws Exception {
        var mine = Files.writeString(dir.resolve("mine.json"), MINE);
        var project = new Project(new ProjectData(true, List.of(mine), null), List.of(nato2024()));
        var service = new AtlasService();
        service.saveProject(project, dir.resolve("talk.atlas"), false);
        Files.move(mine, dir.resolve("moved.json"));
        var opened = service.openProject(dir.resolve("talk.atlas"));
        assertTrue(opened.opened(), opened.report().format());
        assertEquals(1, opened.report().problems().size(), opened.report().format());
        var p = opened.report().problems().get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.format().contains("talk.atlas:") && p.message().contains("'mine.json' is not there"),
                p.format());
        assertEquals(1, opened.project().orElseThrow().views().size());
        assertTrue(service.dataset().organisation("nato").isPresent(), "the shipped data is loaded");
        assertFalse(service.dataset().clause("test-pact").isPresent());
    }

    @Test
    void unknownIdsAreWarnedOnceTheDataIsLoaded() throws Exception {
        Files.writeString(dir.resolve("ids.atlas"), """
                {"views": [{"name": "Typo", "year": 2024, "filters": {"organisations": ["natto"]}}]}
                """);
        var opened = new AtlasService().openProject(dir.resolve("ids.atlas"));
        assertTrue(opened.opened());
        var p = opened.report().problems().get(0);
        assertEquals("$.views[0].filters.organisations[0]", p.jsonPath());
        assertTrue(p.message().contains("unknown organisation 'natto'") && p.message().contains("nato"), p.format());
    }

    @Test
    void aBrokenProjectLeavesTheLoadedDataAsItWas() throws Exception {
        var service = new AtlasService();
        service.loadShippedAnd(List.of());
        var before = service.dataset();
        Files.writeString(dir.resolve("broken.atlas"), "{\"views\": [");
        var opened = service.openProject(dir.resolve("broken.atlas"));
        assertFalse(opened.opened());
        assertTrue(opened.report().hasErrors());
        assertTrue(opened.report().errors().get(0).message().contains("truncated"), opened.report().format());
        assertTrue(before == service.dataset(), "nothing was loaded");
    }

    @Test
    void aSavedViewIsDrawnAsAPngExportOfItsFiltersWouldBe() {
        var service = new AtlasService();
        service.loadShippedAnd(List.of());
        var model = service.renderView(nato2024(), ImageOptions.defaults());
        assertEquals("NATO in 2024", model.title());
        var labels = model.layer("labels").items().stream().map(d -> ((Drawable.Text) d).text()).toList();
        assertTrue(labels.contains("Sweden") && !labels.contains("Japan"), "NATO's members, by name: " + labels);
        var codes = service.renderView(nato2024().withDrawing(LabelMode.CODES, OrganisationDisplay.VERTICES),
                ImageOptions.defaults());
        var codeLabels = codes.layer("labels").items().stream().map(d -> ((Drawable.Text) d).text()).toList();
        assertTrue(codeLabels.contains("SWE") && !codeLabels.contains("Sweden"), "the view's label mode: "
                + codeLabels);
    }

    @Test
    void aDeckOfSavedViewsHasASlideEach() throws Exception {
        var service = new AtlasService();
        service.loadShippedAnd(List.of());
        var views = List.of(nato2024(), SavedView.of("1990", FilterCriteria.forYear(1990)));
        var target = dir.resolve("talk.pptx");
        service.exportDeck(views, ImageOptions.defaults(), target, false, ExportProgress.NONE);
        try (var in = Files.newInputStream(target); var deck = new XMLSlideShow(in)) {
            assertEquals(List.of("NATO in 2024", "Defence alignments, 1990"),
                    deck.getSlides().stream().map(s -> s.getTitle()).toList());
        }
    }
}

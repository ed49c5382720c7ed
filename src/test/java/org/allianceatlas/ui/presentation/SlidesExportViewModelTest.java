package org.allianceatlas.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.presentation.SlidesExportViewModel.Source;
import org.allianceatlas.ui.task.OnMessageTaskRunner;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export › Slides (.pptx)… without a display: a same-thread runner, the shipped data, the deck read back with POI. */
class SlidesExportViewModelTest {

    private static AtlasService service;

    @TempDir
    Path dir;

    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final SlidesExportViewModel vm = new SlidesExportViewModel(service, runner);

    private static final FilterCriteria NATO = FilterCriteria.forYear(2024)
            .withOrganisations(Selection.only(List.of("nato")));

    private static final List<SavedView> SAVED = List.of(
            SavedView.of("NATO", NATO).withTitle("NATO in 2024", true),
            SavedView.of("Cold War", NATO.withYear(1985)));

    @BeforeAll
    static void load() {
        service = new AtlasService();
        service.loadShippedAnd(List.of());
    }

    private void export(Path target) {
        vm.export(SAVED, NATO, LayoutKind.GEOGRAPHIC, LabelMode.NAMES, OrganisationDisplay.VERTICES, target, false);
    }

    private static List<String> titles(Path deck) throws Exception {
        try (var in = Files.newInputStream(deck); var show = new XMLSlideShow(in)) {
            return show.getSlides().stream().map(s -> s.getTitle()).toList();
        }
    }

    @Test
    void aDeckOfTheSavedViewsHasASlideEachInTheirOrder() throws Exception {
        vm.savedViewsProperty().set(SAVED.size());
        var target = dir.resolve("talk.pptx");
        export(target);
        assertEquals(List.of("NATO in 2024", "Defence alignments, 1985"), titles(target));
        assertEquals("Wrote talk.pptx (2 slides)", vm.messageProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertTrue(runner.messages().contains("Slide 2 of 2"), runner.messages().toString());
    }

    @Test
    void aDeckOfYearsHasASlideForEveryStepAndTheLastYear() throws Exception {
        vm.sourceProperty().set(Source.YEARS);
        vm.fromProperty().set(2014);
        vm.toProperty().set(2024);
        vm.stepProperty().set(4);
        var target = dir.resolve("years.pptx");
        export(target);
        assertEquals(List.of("Defence alignments, 2014", "Defence alignments, 2018", "Defence alignments, 2022",
                "Defence alignments, 2024"), titles(target));
    }

    @Test
    void theYearsAreTheFiltersOnScreenDrawnAsOnScreen() {
        vm.sourceProperty().set(Source.YEARS);
        vm.fromProperty().set(2000);
        vm.toProperty().set(2001);
        vm.stepProperty().set(1);
        var views = vm.views(SAVED, NATO, LayoutKind.CIRCULAR, LabelMode.CODES, OrganisationDisplay.HIDDEN);
        assertEquals(List.of(NATO.withYear(2000), NATO.withYear(2001)), views.stream().map(SavedView::filters)
                .toList());
        assertTrue(views.stream().allMatch(v -> v.layout() == LayoutKind.CIRCULAR && v.labels() == LabelMode.CODES
                && v.organisationDisplay() == OrganisationDisplay.HIDDEN));
    }

    @Test
    void withoutSavedViewsOnlyYearsCanBeExported() {
        assertTrue(vm.problemProperty().get().contains("no saved view"), vm.problemProperty().get());
        export(dir.resolve("never.pptx"));
        assertFalse(Files.exists(dir.resolve("never.pptx")));
        assertEquals(List.of(), runner.titles(), "nothing started");
        vm.sourceProperty().set(Source.YEARS);
        assertEquals("", vm.problemProperty().get());
        vm.fromProperty().set(2030);
        assertTrue(vm.problemProperty().get().contains("after the last"), vm.problemProperty().get());
    }

    @Test
    void aCancelledDeckWritesNothingAndSaysSo() throws Exception {
        var cancelling = new OnMessageTaskRunner("Slide 1 of 2");
        var other = new SlidesExportViewModel(service, cancelling);
        cancelling.onMessage(other::cancel); // what the dialog's Cancel button does while the export runs
        other.savedViewsProperty().set(2);
        other.export(SAVED, NATO, LayoutKind.GEOGRAPHIC, LabelMode.NAMES, OrganisationDisplay.VERTICES,
                dir.resolve("cancelled.pptx"), false);
        assertEquals("Cancelled: nothing was written", other.messageProperty().get());
        assertFalse(other.runningProperty().get());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no file, no temporary file");
        }
    }
}

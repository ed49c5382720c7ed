package org.allianceatlas.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.model.Region;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.presentation.PresentationViewModel.Layouts;
import org.allianceatlas.ui.task.ManualTaskRunner;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.allianceatlas.ui.task.TaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Presentation mode's steps without a display: what each step publishes, and when it lays out. */
class PresentationViewModelTest {

    private static AtlasService service;

    private static final FilterCriteria NATO = FilterCriteria.forYear(2024)
            .withOrganisations(Selection.only(List.of("nato")));

    /** NATO today with a custom title and a highlight, NATO in 1990 (same filters), Europe in 2024. */
    private static final List<SavedView> VIEWS = List.of(
            SavedView.of("NATO today", NATO).withTitle("NATO in 2024", true).withHighlight(List.of("FIN"),
                    List.of()),
            SavedView.of("NATO 1990", NATO.withYear(1990)),
            SavedView.of("Europe", FilterCriteria.forYear(2024).withRegions(List.of(Region.EUROPE))));

    /** Filters laid out, in order. */
    private final List<FilterCriteria> laidOut = new ArrayList<>();

    @BeforeAll
    static void load() {
        service = new AtlasService();
        service.loadShippedAnd(List.of());
    }

    private PresentationViewModel presentation(TaskRunner runner, int start) {
        var sizes = VisualStyle.of(Theme.LIGHT);
        Layouts counting = (criteria, kind, w, h) -> {
            laidOut.add(criteria);
            return service.layout(criteria, kind, sizes::radius, w, h);
        };
        return new PresentationViewModel(service, runner, counting, VIEWS, start);
    }

    @Test
    void nothingIsLaidOutBeforeTheCanvasHasASize() {
        var vm = presentation(new SameThreadTaskRunner(), 0);
        assertNull(vm.slideProperty().get());
        assertTrue(laidOut.isEmpty());
        assertEquals("1 / 3", vm.counterProperty().get());
    }

    @Test
    void stepsGoThroughTheViewsAndStopAtEitherEnd() {
        var vm = presentation(new SameThreadTaskRunner(), 0);
        vm.setCanvasSize(1600, 900);
        var first = vm.slideProperty().get();
        assertEquals(0, first.index());
        assertEquals(NATO, first.view().criteria());
        vm.previous();
        assertSame(first, vm.slideProperty().get(), "nothing before the first");
        vm.next();
        assertEquals(1, vm.slideProperty().get().index());
        assertEquals("2 / 3", vm.counterProperty().get());
        vm.next();
        vm.next();
        assertEquals(2, vm.slideProperty().get().index(), "nothing after the last");
        vm.first();
        assertEquals(0, vm.slideProperty().get().index());
        vm.last();
        assertEquals(2, vm.slideProperty().get().index());
        assertEquals("3 / 3", vm.counterProperty().get());
    }

    @Test
    void anotherYearOfTheSameFiltersKeepsTheLayoutSoNothingMoves() {
        var vm = presentation(new SameThreadTaskRunner(), 0);
        vm.setCanvasSize(1600, 900);
        var today = vm.slideProperty().get();
        assertEquals(1, laidOut.size(), "1990 has the same filters: no layout of its own");
        vm.next();
        var then = vm.slideProperty().get();
        assertSame(today.positions(), then.positions());
        assertTrue(then.sameLayout());
        assertEquals(1990, then.year());
        assertEquals(2, laidOut.size(), "Europe laid out ahead while 1990 is shown");
        vm.next();
        var europe = vm.slideProperty().get();
        assertFalse(europe.sameLayout());
        assertNotSame(then.positions(), europe.positions());
        assertEquals(2, laidOut.size(), "the layout made ahead is used");
        vm.previous();
        assertEquals(2, laidOut.size(), "going back needs no new layout");
    }

    @Test
    void aSlideHasTheSavedTitleOrTheDefaultTheFiltersAndTheHighlight() {
        var vm = presentation(new SameThreadTaskRunner(), 0);
        vm.setCanvasSize(1600, 900);
        var today = vm.slideProperty().get();
        assertEquals("NATO in 2024", today.title());
        assertTrue(today.subtitle().contains("NATO"), today.subtitle());
        assertEquals(List.of("FIN"), today.highlight().highlightedActors().stream().map(a -> a.id()).toList());
        vm.last();
        var europe = vm.slideProperty().get();
        assertEquals("Defence alignments, 2024", europe.title());
        assertTrue(europe.subtitle().contains("Europe"), europe.subtitle());
        assertFalse(europe.highlight().highlighting());
    }

    @Test
    void stepsMadeWhileALayoutIsUnderWayEndOnTheNewest() {
        var runner = new ManualTaskRunner();
        var vm = presentation(runner, 0);
        vm.setCanvasSize(1600, 900);
        vm.last();
        vm.previous();
        assertEquals(1, vm.indexProperty().get());
        runner.runAll();
        assertEquals(1, vm.slideProperty().get().index(), "the step the user ended on");
    }

    @Test
    void aNewCanvasSizeLaysTheViewOutAgain() {
        var vm = presentation(new SameThreadTaskRunner(), 2);
        vm.setCanvasSize(1600, 900);
        var before = vm.slideProperty().get();
        assertEquals(2, before.index(), "starts at the view asked for");
        int layouts = laidOut.size();
        vm.setCanvasSize(1600, 900);
        assertEquals(layouts, laidOut.size(), "the same size changes nothing");
        vm.setCanvasSize(1280, 720);
        assertTrue(laidOut.size() > layouts);
        assertNotSame(before.positions(), vm.slideProperty().get().positions());
    }

    @Test
    void aClosedPresentationDropsLayoutsStillUnderWay() {
        var runner = new ManualTaskRunner();
        var vm = presentation(runner, 0);
        vm.setCanvasSize(1600, 900);
        vm.close();
        runner.runAll();
        assertNull(vm.slideProperty().get());
    }

    @Test
    void aPresentationNeedsAView() {
        assertThrows(IllegalArgumentException.class, () -> new PresentationViewModel(service,
                new SameThreadTaskRunner(), (c, k, w, h) -> null, List.of(), 0));
    }
}

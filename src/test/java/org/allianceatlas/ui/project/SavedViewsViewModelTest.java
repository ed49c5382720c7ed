package org.allianceatlas.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Viewport;
import org.allianceatlas.project.SavedView;
import org.junit.jupiter.api.Test;

/** The list of saved views without a display. */
class SavedViewsViewModelTest {

    private final SavedViewsViewModel vm = new SavedViewsViewModel();

    private static SavedView view(String name, int year) {
        return SavedView.of(name, FilterCriteria.forYear(year));
    }

    private List<String> names() {
        return vm.views().stream().map(SavedView::name).toList();
    }

    private void threeViews() {
        vm.add(view("a", 1949));
        vm.add(view("b", 1990));
        vm.add(view("c", 2024));
    }

    @Test
    void anAddedViewGoesLastAndIsChosen() {
        threeViews();
        assertEquals(List.of("a", "b", "c"), names());
        assertEquals(2, vm.selectedProperty().get());
        assertEquals("c", vm.selectedView().orElseThrow().name());
    }

    @Test
    void movingUpAndDownReordersAndTheChoiceFollowsStoppingAtTheEnds() {
        threeViews();
        assertTrue(vm.move(2, -1));
        assertEquals(List.of("a", "c", "b"), names());
        assertEquals(1, vm.selectedProperty().get(), "the choice follows the view it points at");
        assertTrue(vm.move(1, -1));
        assertFalse(vm.move(0, -1), "the first cannot go up");
        assertFalse(vm.move(2, 1), "the last cannot go down");
        assertEquals(List.of("c", "a", "b"), names());
    }

    @Test
    void renamingRefusesABlankOrUnchangedName() {
        threeViews();
        assertFalse(vm.rename(0, "   "));
        assertFalse(vm.rename(0, "a"));
        vm.selectedProperty().set(-1);
        assertTrue(vm.rename(0, "  The founders "));
        assertEquals("The founders", vm.views().get(0).name());
        assertEquals(0, vm.selectedProperty().get(), "the renamed view is the one chosen");
        assertEquals(1949, vm.views().get(0).year(), "only the name changes");
    }

    @Test
    void deletingChoosesTheViewThatTookItsPlace() {
        threeViews();
        vm.remove(1);
        assertEquals(List.of("a", "c"), names());
        assertEquals(1, vm.selectedProperty().get());
        vm.remove(1);
        assertEquals(0, vm.selectedProperty().get(), "the last one left");
        vm.remove(0);
        assertEquals(-1, vm.selectedProperty().get());
        assertTrue(vm.selectedView().isEmpty());
    }

    @Test
    void updatingKeepsTheNameAndTitleAndTakesEverythingElse() {
        vm.add(view("Cold War", 1985).withTitle("The Cold War", false));
        var screen = SavedView.of("whatever", FilterCriteria.forYear(1989)).withLayout(LayoutKind.FORCE)
                .withViewport(new Viewport(10, 20, 2)).withHighlight(List.of("DEU"), List.of());
        vm.update(0, screen);
        var updated = vm.views().get(0);
        assertEquals("Cold War", updated.name());
        assertEquals("The Cold War", updated.title());
        assertFalse(updated.keepSubtitle());
        assertEquals(1989, updated.year());
        assertEquals(LayoutKind.FORCE, updated.layout());
        assertEquals(new Viewport(10, 20, 2), updated.viewport());
        assertEquals(List.of("DEU"), updated.highlightedActors());
    }

    @Test
    void indexesOutsideTheListChangeNothing() {
        threeViews();
        vm.remove(7);
        vm.update(-1, view("x", 2000));
        assertFalse(vm.rename(3, "x"));
        assertEquals(List.of("a", "b", "c"), names());
    }
}

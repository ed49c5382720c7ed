package org.allianceatlas.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.project.Project;
import org.allianceatlas.project.ProjectData;
import org.allianceatlas.project.ProjectImport;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.ui.dataset.DatasetChoice;
import org.allianceatlas.ui.research.ImportChoice;
import org.junit.jupiter.api.Test;

/** The project's state without a display: unsaved changes, its name, its data. */
class ProjectViewModelTest {

    private final ProjectViewModel vm = new ProjectViewModel();
    private final Path talk = Path.of("/tmp/talks/talk.atlas");

    private static SavedView view(String name) {
        return SavedView.of(name, FilterCriteria.forYear(2024));
    }

    @Test
    void aNewSessionHasNothingToSaveUntilAViewIsSaved() {
        assertFalse(vm.needsSaving());
        assertEquals(ProjectViewModel.UNTITLED, vm.displayNameProperty().get());
        vm.dataChanged(new ProjectData(false, List.of(Path.of("/data/mine.json")), null));
        assertFalse(vm.needsSaving(), "other data alone is nothing a project would keep");
        vm.views().add(view("Today"));
        assertTrue(vm.needsSaving());
        vm.views().remove(0);
        assertFalse(vm.needsSaving(), "an untitled project without views has nothing to lose");
    }

    @Test
    void savingMakesItCleanAndNamesItEveryChangeMakesItDirtyAgain() {
        vm.views().add(view("a"));
        vm.views().add(view("b"));
        vm.saved(talk);
        assertFalse(vm.dirtyProperty().get());
        assertEquals("talk.atlas", vm.displayNameProperty().get());
        assertEquals(talk, vm.file());

        vm.views().move(1, -1);
        assertTrue(vm.needsSaving(), "reordering is a change");
        vm.saved(talk);
        vm.views().rename(0, "renamed");
        assertTrue(vm.needsSaving(), "renaming is a change");
        vm.saved(talk);
        vm.dataChanged(new ProjectData(true, List.of(Path.of("/data/mine.json")), null));
        assertTrue(vm.needsSaving(), "other data is a change of a project with a file");
        vm.saved(talk);
        vm.dataChanged(new ProjectData(true, List.of(Path.of("/data/mine.json")), null));
        assertFalse(vm.needsSaving(), "the same data again is no change");
    }

    @Test
    void openingReplacesViewsAndDataAndIsNoChange() {
        vm.views().add(view("old"));
        var data = new ProjectData(true, List.of(Path.of("/gone/mine.json")), null);
        vm.opened(talk, new Project(data, List.of(view("x"), view("y"))));
        assertFalse(vm.dirtyProperty().get());
        assertEquals(List.of("x", "y"), vm.views().views().stream().map(SavedView::name).toList());
        assertEquals(0, vm.views().selectedProperty().get());
        assertEquals(data, vm.project().data(), "a missing file stays named, so that saving does not lose it");
        assertEquals(List.of("x", "y"), vm.project().views().stream().map(SavedView::name).toList());
    }

    @Test
    void theDataOnScreenAndTheProjectsDataTurnIntoEachOther() {
        var json = Path.of("/data/mine.json");
        var csv = Path.of("/data/atop.csv");
        var research = new ImportChoice(ResearchDataset.ATOP, List.of(csv), Precedence.IMPORTED, false, true);
        var data = ProjectViewModel.dataOf(new DatasetChoice(true, List.of(json)), research);
        assertEquals(new ProjectData(true, List.of(json), new ProjectImport(ResearchDataset.ATOP, List.of(csv),
                Precedence.IMPORTED, false, true)), data);
        assertEquals(new DatasetChoice(true, List.of(json)), ProjectViewModel.choiceOf(data, List.of()));
        assertEquals(research, ProjectViewModel.importOf(data, List.of()));
        assertNull(ProjectViewModel.dataOf(DatasetChoice.shippedData(), null).researchImport());
    }

    @Test
    void filesThatAreNotThereAreLeftOutOfWhatIsShown() {
        var json = Path.of("/data/mine.json");
        var csv = Path.of("/data/atop.csv");
        var data = new ProjectData(true, List.of(json), new ProjectImport(ResearchDataset.COW, List.of(csv),
                Precedence.BASE, false, false));
        assertEquals(DatasetChoice.shippedData(), ProjectViewModel.choiceOf(data, List.of(json)));
        assertNull(ProjectViewModel.importOf(data, List.of(csv)), "an import that lost a file is not made");
        var onlyMine = new ProjectData(false, List.of(json), null);
        assertEquals(DatasetChoice.only(json), ProjectViewModel.choiceOf(onlyMine, List.of(json)),
                "nothing left: named by what the project asks for");
    }

    @Test
    void projectFilesAreToldByTheirExtension() {
        assertTrue(ProjectViewModel.isProjectFile(Path.of("talk.ATLAS")));
        assertFalse(ProjectViewModel.isProjectFile(Path.of("data.json")));
    }
}

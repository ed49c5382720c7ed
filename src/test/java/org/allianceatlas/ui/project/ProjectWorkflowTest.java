package org.allianceatlas.ui.project;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.allianceatlas.model.Region;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.FxTesting;
import org.allianceatlas.ui.MainView;
import org.allianceatlas.ui.MainViewModel;
import org.allianceatlas.ui.shared.ExternalLinks;
import org.allianceatlas.ui.task.BackgroundTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Saved views, the project file and presentation mode through the main window's menus, on the shipped data with the
 * real service, layouts and canvas: save views, reorder and rename them, present them and step with the keys a
 * clicker sends, and a project that goes from the app to its file and back shows the same view.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProjectWorkflowTest {

    private final AtlasService service = new AtlasService();
    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private Path nextFile;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var window = FxTesting.showMainWindow(stage, service, runner, () -> nextFile, new ExternalLinks(s -> { }));
        vm = window.vm();
        view = window.view();
    }

    @AfterEach
    void stop() {
        fxRun(() -> {
            if (view.presentation() != null) {
                view.presentation().close();
            }
            stage.setOnCloseRequest(null);
        });
        runner.close();
    }

    private void settled() {
        FxTesting.settled(vm, runner);
    }

    /** View › Save view… with this name, through the dialog. */
    private void saveView(FxRobot robot, String name) {
        settled();
        robot.clickOn("View").clickOn("#saveView");
        var field = robot.lookup("#saveViewName").queryAs(TextField.class);
        fxRun(() -> field.setText(name));
        var pane = robot.lookup((Node n) -> n instanceof DialogPane p && p.lookup("#saveViewName") != null)
                .queryAs(DialogPane.class);
        robot.clickOn(fx(() -> pane.lookupButton(SaveViewDialog.SAVE)));
        waitUntil("the view saved", () -> vm.project().views().views().stream()
                .anyMatch(v -> v.name().equals(name)));
    }

    private List<String> names() {
        return fx(() -> vm.project().views().views().stream().map(SavedView::name).toList());
    }

    private String presentationText(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void savedViewsAreReorderedRenamedAndPresentedStepByStepWithTheKeys(FxRobot robot) {
        settled();
        fxRun(() -> vm.filters().setYear(1990));
        saveView(robot, "1990");
        fxRun(() -> vm.filters().setYear(2024));
        saveView(robot, "Today");
        fxRun(() -> vm.filters().setRegionSelected(Region.AFRICA, false));
        saveView(robot, "Without Africa");
        assertEquals(List.of("1990", "Today", "Without Africa"), names());
        assertTrue(fx(stage::getTitle).startsWith("Alliance Atlas — Untitled project* — "), fx(stage::getTitle));

        robot.clickOn("View").clickOn("#savedViews");
        var list = robot.lookup("#savedViewsList").queryAs(ListView.class);
        robot.clickOn(robot.from(list).lookup("Today").queryAs(Node.class));
        robot.clickOn("#savedViewUp");
        assertEquals(List.of("Today", "1990", "Without Africa"), names());
        robot.clickOn("#savedViewDown").clickOn("#savedViewDown");
        assertEquals(List.of("1990", "Without Africa", "Today"), names());
        robot.clickOn("#savedViewRename");
        var rename = robot.lookup("#renameViewName").queryAs(TextField.class);
        fxRun(() -> rename.setText("Now"));
        robot.clickOn("OK");
        waitUntil("renamed", () -> names().equals(List.of("1990", "Without Africa", "Now")));

        fxRun(() -> stage.requestFocus());
        robot.clickOn(view.canvas().node()).type(KeyCode.F5);
        waitUntil("the presentation is on screen", () -> view.presentation() != null
                && view.presentation().stage().isShowing());
        var presentation = view.presentation().stage();
        assertTrue(fx(presentation::isFullScreen));
        waitUntil("the first view", () -> "1990".equals(presentationText(robot, "#presentationYear")));
        assertEquals("1 / 3", presentationText(robot, "#presentationCounter"));
        assertEquals("Defence alignments, 1990", presentationText(robot, "#presentationTitle"));

        robot.type(KeyCode.RIGHT);
        waitUntil("the second view", () -> "2 / 3".equals(presentationText(robot, "#presentationCounter"))
                && "2024".equals(presentationText(robot, "#presentationYear")));
        var regions = presentationText(robot, "#presentationSubtitle");
        assertTrue(regions.startsWith("Regions: ") && regions.contains("Europe") && !regions.contains("Africa"),
                "the view's filters below its title: " + regions);
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil("the third view", () -> "3 / 3".equals(presentationText(robot, "#presentationCounter")));
        robot.type(KeyCode.SPACE);
        assertEquals("3 / 3", presentationText(robot, "#presentationCounter"), "nothing after the last");
        robot.type(KeyCode.PAGE_UP);
        waitUntil("back to the second", () -> "2 / 3".equals(presentationText(robot, "#presentationCounter")));
        robot.type(KeyCode.LEFT);
        waitUntil("back to the first", () -> "1 / 3".equals(presentationText(robot, "#presentationCounter")));
        waitUntil("the first view drawn", () -> view.presentation().canvas().view() != null
                && view.presentation().canvas().view().criteria().year() == 1990);
        robot.type(KeyCode.ESCAPE);
        waitUntil("the presentation left", () -> !presentation.isShowing());
        assertEquals(2024, vm.filters().year(), "the main window kept its own view");
    }

    @Test
    void aProjectGoesFromTheAppToItsFileAndBackShowingTheSameView(FxRobot robot) throws Exception {
        settled();
        fxRun(() -> {
            vm.filters().setYear(2004);
            for (var r : Region.values()) {
                vm.filters().setRegionSelected(r, r == Region.EUROPE);
            }
        });
        settled();
        waitUntil("the canvas fitted Europe", () -> !view.canvas().userMovedSinceFit()
                && view.canvas().currentPositions().asMap().equals(vm.frame().positions().asMap()));
        fxRun(() -> {
            view.canvas().zoomIn();
            view.canvas().zoomIn();
            view.canvas().panBy(-80, 40);
        });
        var criteria = vm.filters().criteria();
        var viewport = fx(() -> view.canvas().viewport());
        assertTrue(viewport.zoom() > 1.5, "zoomed in: " + viewport);
        saveView(robot, "Europe in 2004");
        assertEquals(viewport, vm.project().views().views().get(0).viewport(), "the zoom is part of the view");

        nextFile = dir.resolve("talk.atlas");
        robot.clickOn("File").clickOn("#saveProjectAs");
        waitUntil("the project written", () -> Files.exists(nextFile) && !vm.project().needsSaving());
        assertTrue(fx(stage::getTitle).startsWith("Alliance Atlas — talk.atlas — "), fx(stage::getTitle));

        nextFile = dir.resolve("talk.pptx");
        robot.clickOn("File").clickOn("#exportSlides");
        robot.clickOn("#slidesExport");
        waitUntil("the deck written", () -> vm.slides().messageProperty().get().startsWith("Wrote"));
        assertEquals("Wrote talk.pptx (1 slides)", vm.slides().messageProperty().get());
        robot.clickOn("Close");

        fxRun(() -> {
            for (var r : Region.values()) {
                vm.filters().setRegionSelected(r, true);
            }
            vm.filters().setYear(1960);
            view.canvas().fit();
        });
        saveView(robot, "1960");
        assertTrue(fx(stage::getTitle).contains("talk.atlas*"), "unsaved: " + fx(stage::getTitle));

        nextFile = dir.resolve("talk.atlas");
        robot.clickOn("File").clickOn("#openProject");
        waitUntil("asked about the unsaved view", () -> robot.lookup("#unsavedChanges").tryQuery().isPresent());
        robot.clickOn("Don't save");
        waitUntil("the project's view on screen", () -> vm.project().views().views().size() == 1
                && vm.frame() != null && vm.frame().view().criteria().equals(criteria) && !runner.progress().isBusy());
        waitUntil("the saved viewport on the canvas", () -> {
            var now = view.canvas().viewport();
            return now != null && Math.abs(now.zoom() - viewport.zoom()) < 1e-6
                    && Math.abs(now.centreX() - viewport.centreX()) < 1e-3
                    && Math.abs(now.centreY() - viewport.centreY()) < 1e-3;
        });
        assertEquals(List.of("Europe in 2004"), names());
        assertFalse(fx(stage::getTitle).contains("*"), fx(stage::getTitle));
    }
}

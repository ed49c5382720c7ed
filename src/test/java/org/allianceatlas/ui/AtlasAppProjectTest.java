package org.allianceatlas.ui;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.project.Project;
import org.allianceatlas.project.ProjectData;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.prefs.AtlasPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The application started with a project file, as {@code alliance-atlas talk.atlas} (the launcher, a double click on
 * the file) starts it: the project opens, its first view on screen, and the next session remembers it.
 */
@Tag("ui")
class AtlasAppProjectTest {

    private final String node = "/org/allianceatlas/test/" + UUID.randomUUID();
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application app;

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        FxTesting.fxRun(() -> {
            stage.setOnHidden(null);
            stage.setOnCloseRequest(null);
        });
        System.clearProperty(AtlasPreferences.NODE_PROPERTY);
        Preferences.userRoot().node(node).removeNode();
    }

    @Test
    void startedWithAProjectFileItOpensItAndShowsItsFirstView() throws Exception {
        var nato = FilterCriteria.forYear(1999).withOrganisations(Selection.only(List.of("nato")));
        var file = dir.resolve("talk.atlas");
        new AtlasService().saveProject(new Project(ProjectData.shippedOnly(), List.of(
                SavedView.of("Enlargement", nato), SavedView.of("Today", FilterCriteria.forYear(2024)))), file, false);
        System.setProperty(AtlasPreferences.NODE_PROPERTY, node);
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(AtlasApp.class, file.toString());

        waitUntil("the project's first view", () -> stage.getTitle().contains("talk.atlas")
                && "1999".equals(robot.lookup("#statusYear").queryAs(Label.class).getText()));
        assertEquals("Alliance Atlas — talk.atlas — Shipped data — 1999", fx(stage::getTitle));
        robot.clickOn("File").clickOn("Quit");
        waitUntil("the window closed", () -> !stage.isShowing());
        assertEquals(file.toAbsolutePath(), new AtlasPreferences(Preferences.userRoot().node(node)).project()
                .orElseThrow(), "the next session opens it again");
        assertEquals(true, Files.exists(file));
    }
}

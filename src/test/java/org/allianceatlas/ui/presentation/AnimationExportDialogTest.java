package org.allianceatlas.ui.presentation;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.shared.FileChoosers;
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
 * The timeline animation dialog wired to its view model and a background runner: Export… asks where, the export runs
 * off the FX thread with the progress shown, and the file appears.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AnimationExportDialogTest {

    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private AnimationExportViewModel vm;
    private Dialog<ButtonType> dialog;
    private Path target;

    @Start
    void start(Stage stage) {
        var service = new AtlasService();
        service.loadShippedAnd(List.of());
        vm = new AnimationExportViewModel(service, runner);
        var choosers = new FileChoosers() {
            @Override
            public Optional<Path> dataFile(Window owner, String title) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String name, String extension) {
                return Optional.ofNullable(target);
            }
        };
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        var nato = FilterCriteria.forYear(2024).withOrganisations(Selection.only(List.of("nato")));
        dialog = AnimationExportDialog.create(stage, vm, choosers, () -> nato, () -> LayoutKind.GEOGRAPHIC);
        dialog.show();
    }

    @AfterEach
    void close() {
        fxRun(() -> dialog.close());
        runner.close();
    }

    @Test
    void exportWritesTheGifAndShowsWhatItWrote(FxRobot robot, @TempDir Path dir) {
        fxRun(() -> {
            vm.widthProperty().set(320);
            vm.heightProperty().set(240);
            vm.fromProperty().set(2020);
            vm.toProperty().set(2024);
        });
        target = dir.resolve("nato.gif");
        robot.clickOn("#animationExport");
        waitUntil("the export done", () -> !fx(() -> vm.runningProperty().get())
                && fx(() -> vm.messageProperty().get()).startsWith("Wrote"));
        assertTrue(Files.exists(target));
        assertEquals("Wrote nato.gif (20 frames, 5 years)",
                fx(() -> robot.lookup("#animationMessage").queryAs(Label.class).getText()));
    }
}

package org.allianceatlas.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.testfx.util.WaitForAsyncUtils;

import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.shared.ExternalLinks;
import org.allianceatlas.ui.shared.FileChoosers;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * Running code on the FX thread from a TestFX test, waiting for background work to show, and the main window as the
 * window tests share it.
 */
public final class FxTesting {

    /** Generous: the machines running the tests share two cores among several builds. */
    private static final int TIMEOUT_SECONDS = 60;

    private FxTesting() {
    }

    /** Runs on the FX thread and returns the result; an exception there fails the test with its cause. */
    public static <T> T fx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs on the FX thread. */
    public static void fxRun(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until the condition, checked on the FX thread, holds; fails with {@code what} after the timeout. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The main window's view model and view, as {@link #showMainWindow} built them. */
    public record MainWindow(MainViewModel vm, MainView view) {
    }

    /**
     * Builds the main window as the app does (real service, layouts, canvas) on {@code stage} — TestFX reuses one
     * stage for every test class, so it gets a known size and place — shows it and starts loading the shipped data.
     * Call from a {@code @Start} method (the FX thread).
     *
     * @param chosenFile what every file chooser answers (null: cancelled)
     * @param links      where opened links go
     */
    public static MainWindow showMainWindow(Stage stage, AtlasService service, TaskRunner runner,
                                            Supplier<Path> chosenFile, ExternalLinks links) {
        var vm = new MainViewModel(service, runner, AtlasApp.layouter(service), 2025);
        var choosers = new FileChoosers() {
            @Override
            public Optional<Path> dataFile(Window owner, String title) {
                return Optional.ofNullable(chosenFile.get());
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return Optional.ofNullable(chosenFile.get());
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String name, String extension) {
                return Optional.ofNullable(chosenFile.get());
            }
        };
        var view = new MainView(stage, vm, choosers, links);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(MainView.DEFAULT_WIDTH);
        stage.setHeight(1000);
        stage.show();
        vm.start(Optional.empty());
        return new MainWindow(vm, view);
    }

    /** Waits until the frame on the canvas is the one the filters describe and nothing runs. */
    public static void settled(MainViewModel vm, TaskRunner runner) {
        waitUntil("the canvas shows the filters", () -> !runner.progress().isBusy() && vm.frame() != null
                && vm.frame().view().criteria().equals(vm.filters().criteria()));
    }
}

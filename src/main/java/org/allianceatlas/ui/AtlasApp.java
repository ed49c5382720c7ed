package org.allianceatlas.ui;

import java.time.Year;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.prefs.AtlasPreferences;
import org.allianceatlas.ui.shared.ExternalLinks;
import org.allianceatlas.ui.shared.NativeFileChoosers;
import org.allianceatlas.ui.task.BackgroundTaskRunner;

/**
 * The desktop application ({@code mvn javafx:run}; the jar starts it through {@code org.allianceatlas.Launcher}).
 * Shows the window at once and loads the data of the last session — or the shipped data — on a background thread,
 * started before the window is built.
 *
 * <p>Preferences live under {@link AtlasPreferences#DEFAULT_NODE}; {@code -Dallianceatlas.preferences.node=/other}
 * redirects them (tests, demos with a clean state).
 */
public final class AtlasApp extends Application {

    private static final System.Logger LOG = System.getLogger(AtlasApp.class.getName());

    private BackgroundTaskRunner runner;
    private Thread.UncaughtExceptionHandler previousHandler;

    @Override
    public void start(Stage stage) {
        var probe = StartupProbe.fromSystemProperties();
        var prefs = AtlasPreferences.forApplication();
        runner = new BackgroundTaskRunner();
        var service = new AtlasService();
        var vm = new MainViewModel(service, runner, layouter(service), Year.now().getValue());
        vm.restore(prefs);
        // Loading and laying out run on the runner's thread while this one builds and shows the window; their results
        // come back through Platform.runLater, so after the view below has subscribed to them.
        vm.start(prefs.dataset(), prefs.researchImport());
        var view = new MainView(stage, vm, new NativeFileChoosers(),
                new ExternalLinks(getHostServices()::showDocument));
        view.restoreBounds(prefs.windowBounds());
        probe.ifPresent(p -> p.watch(stage.getScene(), view.canvas()));
        // On hidden, not on close request: Quit and Platform.exit close the window without a close request.
        stage.setOnHidden(e -> view.saveTo(prefs));
        reportUnexpectedErrors();
        stage.show();
    }

    /** The service's timeline layouts, leaving room for vertices of the style's sizes (the same in both themes). */
    static Layouter layouter(AtlasService service) {
        var sizes = VisualStyle.of(Theme.LIGHT);
        return (criteria, kind, width, height) -> service.layout(criteria, kind, sizes::radius, width, height);
    }

    /**
     * A bug in an event handler must not end the session silently: log it and tell the user, who keeps the window
     * and the data on screen.
     */
    private void reportUnexpectedErrors() {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(System.Logger.Level.ERROR, "unexpected error on " + thread.getName(), error);
            Platform.runLater(() -> {
                var alert = new Alert(Alert.AlertType.ERROR, error.getClass().getSimpleName()
                        + (error.getMessage() == null ? "" : ": " + error.getMessage()));
                alert.setHeaderText("Something went wrong; the data on screen is unchanged");
                alert.show();
            });
        });
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    }

    /** Starts the app directly (the IDE, {@code mvn javafx:run}); the jar uses {@code Launcher}. */
    public static void main(String[] args) {
        launch(AtlasApp.class, args);
    }
}

package org.allianceatlas.ui;

import java.net.URI;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.service.FailureMessage;
import org.allianceatlas.ui.prefs.AtlasPreferences;
import org.allianceatlas.ui.shared.ExternalLinks;
import org.allianceatlas.ui.shared.NativeFileChoosers;
import org.allianceatlas.ui.task.BackgroundTaskRunner;

/**
 * The desktop application ({@code mvn javafx:run}; the jar starts it through {@code org.allianceatlas.Launcher}).
 * Shows the window at once and loads the data of the last session — or the shipped data — on a background thread,
 * started before the window is built.
 * Started with one project file ({@code alliance-atlas talk.atlas}, what a desktop passes when such a file is opened)
 * it opens that project; otherwise the project open when the last session ended, if any.
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
        vm.start(projectArgument(getParameters().getRaw()).or(prefs::project), prefs.dataset(),
                prefs.researchImport());
        var view = new MainView(stage, vm, new NativeFileChoosers(),
                new ExternalLinks(getHostServices()::showDocument));
        view.restoreBounds(prefs.windowBounds());
        probe.ifPresent(p -> p.watch(stage.getScene(), view.canvas()));
        // On hidden, not on close request: Quit and Platform.exit close the window without a close request.
        stage.setOnHidden(e -> view.saveTo(prefs));
        reportUnexpectedErrors();
        stage.show();
    }

    /**
     * The project file the app was started with: a lone argument that names a {@code .atlas} file, as a path or a
     * {@code file:} URI (desktops pass either); empty otherwise.
     */
    static Optional<Path> projectArgument(List<String> raw) {
        if (raw.size() != 1 || !raw.get(0).toLowerCase(Locale.ROOT).endsWith(".atlas")) {
            return Optional.empty();
        }
        var arg = raw.get(0);
        try {
            return Optional.of(arg.startsWith("file:") ? Path.of(URI.create(arg)) : Path.of(arg));
        } catch (IllegalArgumentException e) { // a malformed URI, an invalid path (InvalidPathException)
            return Optional.empty();
        }
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
                var alert = new Alert(Alert.AlertType.ERROR, describe(error));
                alert.setHeaderText("Something went wrong; the data on screen is unchanged");
                alert.show();
            });
        });
    }

    /** What the user reads about an unexpected error: words, never a Java class name (the log has the details). */
    static String describe(Throwable error) {
        return FailureMessage.of(error);
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

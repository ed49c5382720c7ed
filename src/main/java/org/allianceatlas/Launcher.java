package org.allianceatlas;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

import org.allianceatlas.cli.AtlasCli;

/**
 * The application's entry point (the jar's {@code Main-Class} and the installed {@code alliance-atlas} command).
 * Without arguments it starts the desktop app, and so it does with one project file ({@code *.atlas}: what the
 * desktop passes when such a file is opened); with other arguments it runs the command line and exits with its code
 * (0 success, 1 data problems, 2 bad usage).
 *
 * <p>It is a plain class, not a JavaFX {@code Application}: a jar whose main class extends {@code Application} fails
 * with "JavaFX runtime components are missing" on the class path. The UI classes are reached by reflection only, in
 * {@link #launchDesktop}, so that the command line never loads JavaFX and runs on a machine without a display.
 */
public final class Launcher {

    private static final String APP_CLASS = "org.allianceatlas.ui.AtlasApp";
    private static final String FX_APPLICATION = "javafx.application.Application";
    /** The extension of project files, which the installers associate with the app. */
    static final String PROJECT_EXTENSION = ".atlas";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (wantsDesktop(args)) {
            launchDesktop(args);
        } else {
            System.exit(AtlasCli.execute(args));
        }
    }

    /** No arguments, or just one project file (a path or a {@code file:} URI, as desktops pass them). */
    static boolean wantsDesktop(String[] args) {
        return args.length == 0 || args.length == 1 && !args[0].startsWith("-")
                && args[0].toLowerCase(Locale.ROOT).endsWith(PROJECT_EXTENSION);
    }

    /** {@code Application.launch(AtlasApp.class, args)}, by reflection; returns when the app is closed. */
    private static void launchDesktop(String[] args) {
        try {
            JavaFxNatives.prepare();
            var app = Class.forName(APP_CLASS);
            var launch = Class.forName(FX_APPLICATION).getMethod("launch", Class.class, String[].class);
            launch.invoke(null, app, args);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            AtlasCli.printError("the desktop app is not available in this build (" + e.getMessage()
                    + "); run with --help for the command line");
            System.exit(AtlasCli.DATA_PROBLEM);
        } catch (IllegalStateException e) {
            AtlasCli.printError("the desktop app cannot start: " + e.getMessage()
                    + "; the command line works without it (run with --help)");
            System.exit(AtlasCli.DATA_PROBLEM);
        } catch (InvocationTargetException e) {
            var cause = e.getCause() == null ? e : e.getCause();
            AtlasCli.printError("the desktop app could not start: " + cause.getMessage()
                    + " (no display? run with --help for the command line)");
            System.exit(AtlasCli.DATA_PROBLEM);
        }
    }
}

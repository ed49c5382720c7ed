package org.allianceatlas;

import java.lang.reflect.InvocationTargetException;

import org.allianceatlas.cli.AtlasCli;

/**
 * The application's entry point (the jar's {@code Main-Class}). Without arguments it starts the desktop app; with
 * arguments it runs the command line and exits with its code (0 success, 1 data problems, 2 bad usage).
 *
 * <p>It is a plain class, not a JavaFX {@code Application}: a jar whose main class extends {@code Application} fails
 * with "JavaFX runtime components are missing" on the class path. The UI classes are reached by reflection only, in
 * {@link #launchDesktop}, so that the command line never loads JavaFX and runs on a machine without a display.
 */
public final class Launcher {

    private static final String APP_CLASS = "org.allianceatlas.ui.AtlasApp";
    private static final String FX_APPLICATION = "javafx.application.Application";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            launchDesktop(args);
        } else {
            System.exit(AtlasCli.execute(args));
        }
    }

    /** {@code Application.launch(AtlasApp.class, args)}, by reflection; returns when the app is closed. */
    private static void launchDesktop(String[] args) {
        try {
            var app = Class.forName(APP_CLASS);
            var launch = Class.forName(FX_APPLICATION).getMethod("launch", Class.class, String[].class);
            launch.invoke(null, app, args);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            AtlasCli.printError("the desktop app is not available in this build (" + e.getMessage()
                    + "); run with --help for the command line");
            System.exit(AtlasCli.DATA_PROBLEM);
        } catch (InvocationTargetException e) {
            var cause = e.getCause() == null ? e : e.getCause();
            AtlasCli.printError("the desktop app could not start: " + cause.getMessage()
                    + " (no display? run with --help for the command line)");
            System.exit(AtlasCli.DATA_PROBLEM);
        }
    }
}

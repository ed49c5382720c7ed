package org.allianceatlas.ui.shared;

import java.net.URL;

/**
 * The desktop app's resources under {@code /org/allianceatlas/ui/}. A missing resource is a packaging bug, so the
 * look-up fails at once with the name, rather than letting the app start without its stylesheet.
 */
public final class Resources {

    private static final String ROOT = "/org/allianceatlas/ui/";

    private Resources() {
    }

    /**
     * @param name a path relative to the ui resource folder, e.g. {@code atlas.css}
     * @throws IllegalStateException when the resource is not on the class path
     */
    public static URL require(String name) {
        var url = Resources.class.getResource(ROOT + name);
        if (url == null) {
            throw new IllegalStateException("resource " + ROOT + name + " is missing from the class path "
                    + "(a packaging error: rebuild with mvn package)");
        }
        return url;
    }

    /** The application stylesheet, on top of the AtlantaFX theme. */
    public static String stylesheet() {
        return require("atlas.css").toExternalForm();
    }
}

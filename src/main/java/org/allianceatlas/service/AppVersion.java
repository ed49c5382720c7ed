package org.allianceatlas.service;

import java.io.IOException;
import java.util.Properties;

/**
 * The application's version, read from the {@code pom.properties} Maven puts in the jar so that it is written in one
 * place (the pom). Shared by the CLI's {@code --version} and the app's About dialog.
 */
public final class AppVersion {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.allianceatlas/alliance-atlas/pom.properties";

    private AppVersion() {
    }

    /** The version, or "(development build)" when running from the work tree (no jar, so no pom.properties). */
    public static String get() {
        try (var in = AppVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                var properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "(unknown version)");
            }
        } catch (IOException e) {
            // fall through: a version string is not worth failing for
        }
        return "(development build)";
    }
}

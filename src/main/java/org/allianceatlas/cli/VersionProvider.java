package org.allianceatlas.cli;

import java.io.IOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * The version from the {@code pom.properties} Maven puts in the jar, so that it is written in one place (the pom).
 * Running from the work tree (no jar) it says so.
 */
final class VersionProvider implements IVersionProvider {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.allianceatlas/alliance-atlas/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"alliance-atlas " + version()};
    }

    static String version() {
        try (var in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
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

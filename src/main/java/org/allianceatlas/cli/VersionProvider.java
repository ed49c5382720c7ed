package org.allianceatlas.cli;

import org.allianceatlas.service.AppVersion;
import picocli.CommandLine.IVersionProvider;

/**
 * The version from the {@code pom.properties} Maven puts in the jar, so that it is written in one place (the pom).
 * Running from the work tree (no jar) it says so.
 */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"alliance-atlas " + AppVersion.get()};
    }
}

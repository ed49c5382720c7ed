package org.allianceatlas.io.importers;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

final class ImportFixtures {

    private ImportFixtures() {
    }

    static Path file(String name) {
        try {
            return Path.of(ImportFixtures.class.getResource("/org/allianceatlas/io/importers/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static CowCrosswalk crosswalk() {
        return CowCrosswalk.read(file("crosswalk.csv"));
    }

    static AtopImporter atop() {
        return new AtopImporter(crosswalk(), Map.of());
    }

    static CowImporter cow() {
        return new CowImporter(crosswalk(), Map.of());
    }
}

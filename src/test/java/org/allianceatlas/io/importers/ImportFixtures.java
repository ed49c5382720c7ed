package org.allianceatlas.io.importers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
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

    /** Writes a CSV file of the given lines (header first) into {@code dir}. */
    static Path csv(Path dir, String name, String... lines) {
        try {
            return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

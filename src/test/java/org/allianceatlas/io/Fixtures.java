package org.allianceatlas.io;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Paths of the io test fixtures (copied to target/test-classes by the build). */
final class Fixtures {

    private Fixtures() {
    }

    /** A fixture file or folder below {@code src/test/resources/org/allianceatlas/io/}. */
    static Path path(String name) {
        var url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The minimal valid dataset. */
    static Path valid() {
        return path("valid");
    }

    static LoadResult load(Path... paths) {
        return new DatasetLoader().loadPaths(List.of(paths));
    }

    /** Loads the valid dataset followed by one invalid fixture, so that references resolve. */
    static LoadResult loadWithValid(String invalidName) {
        return load(valid(), path("invalid/" + invalidName));
    }
}

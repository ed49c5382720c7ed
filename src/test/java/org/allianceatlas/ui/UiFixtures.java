package org.allianceatlas.ui;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.model.Dataset;

/** Datasets and files the ui tests share: the shipped data (loaded once) and the io test fixtures. */
public final class UiFixtures {

    private static Dataset shipped;

    private UiFixtures() {
    }

    /** The shipped dataset, loaded once per test JVM; fails the test when it does not load cleanly. */
    public static synchronized Dataset shipped() {
        if (shipped == null) {
            var result = new DatasetLoader().load(DataInput.shipped());
            if (!result.usable()) {
                throw new IllegalStateException("the shipped data does not load:\n" + result.report().format());
            }
            shipped = result.dataset();
        }
        return shipped;
    }

    /** A file or folder below {@code src/test/resources/org/allianceatlas/}, e.g. {@code io/valid}. */
    public static Path resource(String name) {
        var url = UiFixtures.class.getResource("/org/allianceatlas/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The io engineer's minimal valid dataset (a folder of two files). */
    public static Path validFolder() {
        return resource("io/valid");
    }

    /** A file that is not JSON at all. */
    public static Path malformedFile() {
        return resource("io/invalid/malformed.json");
    }
}

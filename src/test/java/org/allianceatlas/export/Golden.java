package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;

/**
 * Golden-file comparison of XML exports, semantically (XMLUnit: whitespace between elements and attribute order do
 * not matter). Run with {@code -Dgolden.update=true} to rewrite the golden files from the current output after
 * checking the difference by eye.
 */
final class Golden {

    private static final String DIR = "src/test/resources/org/allianceatlas/export/golden/";

    private Golden() {
    }

    static void assertSimilarXml(String actual, String name) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of(DIR + name), actual, StandardCharsets.UTF_8);
        }
        try (InputStream expected = Golden.class.getResourceAsStream("golden/" + name)) {
            assertNotNull(expected, "golden file " + name + " is missing: run with -Dgolden.update=true");
            var diff = DiffBuilder.compare(Input.fromStream(expected)).withTest(Input.fromString(actual))
                    .ignoreWhitespace().ignoreComments().checkForSimilar().build();
            assertFalse(diff.hasDifferences(), () -> name + " differs from the golden file: " + diff);
        }
    }
}

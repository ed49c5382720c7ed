package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;

/**
 * Golden-file comparison of XML exports, semantically (XMLUnit: whitespace between elements and attribute order do
 * not matter). Run with {@code -Dgolden.update=true} to rewrite the golden files from the current output after
 * checking the difference by eye. The golden files are read from the source tree (Maven runs tests in the project
 * directory), not from the class path, so that an update and the comparison in the same run see the same file.
 */
final class Golden {

    private static final String DIR = "src/test/resources/org/allianceatlas/export/golden/";

    private Golden() {
    }

    static void assertSimilarXml(String actual, String name) throws IOException {
        var file = Path.of(DIR + name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(file), "golden file " + file + " is missing: run with -Dgolden.update=true");
        var diff = DiffBuilder.compare(Input.fromString(Files.readString(file, StandardCharsets.UTF_8)))
                .withTest(Input.fromString(actual)).ignoreWhitespace().ignoreComments().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), () -> name + " differs from the golden file: " + diff);
    }
}

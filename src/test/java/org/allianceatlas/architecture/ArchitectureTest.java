package org.allianceatlas.architecture;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules of the house ({@link HouseRules}: docs/architecture.md and every package-info) checked on the
 * application's classes, one test per rule. {@link HouseRulesTest} shows that each rule fails on a violation.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.allianceatlas");
    }

    @TestFactory
    Stream<DynamicTest> theApplicationKeepsEveryRule() {
        return HouseRules.all(new HouseRules("org.allianceatlas")).entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> e.getValue().check(classes)));
    }
}

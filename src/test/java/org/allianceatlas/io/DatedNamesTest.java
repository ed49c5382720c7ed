package org.allianceatlas.io;

import static org.allianceatlas.io.ProblemReportingTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.model.OrganisationName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Organisations' dated names: read, written back, and every problem located. */
class DatedNamesTest {

    @TempDir
    Path dir;

    @Test
    void datedNamesAreReadInOrder() {
        var result = Fixtures.load(Fixtures.path("dated"));
        assertTrue(result.report().isEmpty(), result.report().format());
        var eu = result.dataset().organisation("eu").orElseThrow();
        assertEquals(List.of("EEC", "EC", "EU"), eu.names().stream().map(OrganisationName::acronym).toList());
        assertEquals("1967-07-01", eu.names().get(1).from().toString());
        assertEquals("European Economic Community", eu.nameIn(1958));
        assertEquals(List.of("eu-history", "Merger Treaty"), eu.names().get(1).sources().stream()
                .map(s -> s.id() != null ? s.id() : s.title()).toList(), "a dated name cites its own sources");
        assertEquals(List.of(), eu.names().get(0).sources(), "without sources, the organisation's stand for it");
    }

    @Test
    void datedNamesSurviveWritingAndReading() throws IOException {
        var original = Fixtures.load(Fixtures.path("dated")).dataset();
        var file = dir.resolve("eu.json");
        new DatasetWriter().write(original, file, false);
        var reloaded = Fixtures.load(file);
        assertTrue(reloaded.report().isEmpty(), reloaded.report().format());
        assertEquals(original.organisation("eu").orElseThrow().names(),
                reloaded.dataset().organisation("eu").orElseThrow().names());
    }

    @Test
    void everyProblemOfADatedNameIsLocated() {
        var problems = Fixtures.loadWithValid("dated-names.json").report().problems();
        assertTrue(problems.stream().allMatch(p -> p.file().endsWith("invalid/dated-names.json")),
                problems::toString);
        assertEquals(7, problems.size(), problems::toString);
        var names = "$.organisations[0].names";
        assertProblem(problems.get(0), Severity.ERROR, 7, 17, names + "[0].from", "'from' 1947",
                "before the organisation was founded (1948-08-25)");
        assertProblem(problems.get(1), Severity.ERROR, 9, 17, names + "[2].from", "'from' 1954 is not after",
                "1954-10-23", "in order of date");
        assertProblem(problems.get(2), Severity.ERROR, 9, 76, names + "[2].acronym", "'acronym' must not be empty");
        assertProblem(problems.get(3), Severity.ERROR, 10, 17, names + "[3].from",
                "not before the organisation was dissolved (2011-06-30)");
        assertProblem(problems.get(4), Severity.ERROR, 10, 39, names + "[3].name", "'name' must not be empty");
        assertProblem(problems.get(5), Severity.WARNING, 10, 43, names + "[3].nickname", "unknown field 'nickname'",
                "in a dated name", "acronym, from, name");
        assertProblem(problems.get(6), Severity.WARNING, 16, 8, "$.organisations[1].names[1]",
                "the last dated name (European Community, EC)", "(European Union, EU)", "holds to date");
    }
}

package org.allianceatlas.io;

import static org.allianceatlas.io.ProblemReportingTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.model.StateName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** States' dated names: read, written back, and every problem of their dates located. */
class StateNamesTest {

    @TempDir
    Path dir;

    @Test
    void datedStateNamesAreReadWithTheirSources() {
        var result = Fixtures.load(Fixtures.path("dated-states"));
        assertTrue(result.report().isEmpty(), result.report().format());
        var deu = result.dataset().state("DEU").orElseThrow();
        assertEquals(List.of("West Germany"), deu.names().stream().map(StateName::name).toList());
        assertEquals("West Germany", deu.nameIn(1985));
        assertEquals("Germany", deu.nameIn(2000));
        assertEquals("frg", deu.names().get(0).sources().get(0).id());
        assertEquals("in force from 24 May", deu.names().get(0).note());
        assertTrue(deu.names().get(0).disputed());
        assertEquals("Zaire", result.dataset().state("COD").orElseThrow().nameIn(1990));
    }

    @Test
    void datedStateNamesSurviveWritingAndReading() throws IOException {
        var original = Fixtures.load(Fixtures.path("dated-states")).dataset();
        var file = dir.resolve("states.json");
        new DatasetWriter().write(original, file, false);
        var reloaded = Fixtures.load(file);
        assertTrue(reloaded.report().isEmpty(), reloaded.report().format());
        for (var id : List.of("DEU", "COD")) {
            assertEquals(original.state(id).orElseThrow().names(), reloaded.dataset().state(id).orElseThrow().names());
        }
    }

    @Test
    void unorderedOverlappingOrUnsourcedNamesAreLocatedErrors() {
        var result = Fixtures.loadWithValid("state-names.json");
        var problems = result.report().problems();
        assertTrue(problems.stream().allMatch(p -> p.file().endsWith("invalid/state-names.json")),
                problems::toString);
        assertEquals(4, problems.size(), problems::toString);
        assertProblem(problems.get(0), Severity.ERROR, 8, 50, "$.states[0].names[1].start",
                "'start' 1976-01-05 is not after the previous name's 'start' 1979", "in order of date");
        assertProblem(problems.get(1), Severity.ERROR, 14, 41, "$.states[1].names[1].start",
                "'start' 1984-01-01 is before the previous name ended", "one name at a time");
        assertProblem(problems.get(2), Severity.ERROR, 19, 37, "$.states[2].names[0].start",
                "not within the existence of the state");
        assertProblem(problems.get(3), Severity.ERROR, 20, 8, "$.states[2].names[1].sources",
                "missing required field 'sources'");
        for (var id : List.of("KHM", "BFA", "BEN")) {
            assertTrue(result.dataset().state(id).isEmpty(), id + ": a state with a wrong name is left out");
        }
    }
}

package org.allianceatlas.io;

import static org.allianceatlas.io.ProblemReportingTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
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

    private LoadResult loadStates(String states) throws IOException {
        var file = dir.resolve("first-names.json");
        Files.writeString(file, """
                {"sources": {"un": {"title": "Türkiye at the UN", "url": "https://example.org/tur"}},
                 "states": [%s]}
                """.formatted(states));
        return Fixtures.load(file);
    }

    @Test
    void aFirstNameWithoutStartHoldsFromBeforeTheRecordAndIsWrittenBackWithoutOne() throws IOException {
        var result = loadStates("""
                {"id": "TUR", "name": "Türkiye", "region": "Asia", "subregion": "Western Asia", "capital": "Ankara",
                 "lat": 39.93, "lon": 32.86, "names": [{"name": "Turkey", "end": "2022-06-01", "sources": ["un"]}]}""");
        assertTrue(result.report().isEmpty(), result.report().format());
        var tur = result.dataset().state("TUR").orElseThrow();
        assertEquals("Turkey", tur.nameIn(1923));
        assertEquals("Turkey", tur.nameIn(1985));
        assertEquals("Turkey", tur.nameIn(2021));
        assertEquals("Türkiye", tur.nameIn(2022));
        assertTrue(tur.names().get(0).sinceTheRecordBegins());

        var file = dir.resolve("written.json");
        new DatasetWriter().write(result.dataset(), file, false);
        assertFalse(Files.readString(file).contains("\"0001\""), "no made-up start is written");
        var reloaded = Fixtures.load(file);
        assertTrue(reloaded.report().isEmpty(), reloaded.report().format());
        assertEquals(tur.names(), reloaded.dataset().state("TUR").orElseThrow().names());
    }

    @Test
    void aFirstNameWithoutStartOfAStateWithAStartHoldsFromIt() throws IOException {
        var result = loadStates("""
                {"id": "THA", "name": "Thailand", "region": "Asia", "subregion": "South-eastern Asia",
                 "capital": "Bangkok", "lat": 13.75, "lon": 100.5, "start": "1900",
                 "names": [{"name": "Siam", "end": "1939-06-24", "sources": ["un"]}]}""");
        assertTrue(result.report().isEmpty(), result.report().format());
        var tha = result.dataset().state("THA").orElseThrow();
        assertEquals(1900, tha.names().get(0).span().firstYear());
        assertEquals("Siam", tha.nameIn(1938));
        assertEquals("Thailand", tha.nameIn(1939));
    }

    @Test
    void onlyTheFirstNameMayLeaveOutItsStartAndItThenNeedsAnEnd() throws IOException {
        var result = loadStates("""
                {"id": "TUR", "name": "Türkiye", "region": "Asia", "subregion": "Western Asia", "capital": "Ankara",
                 "lat": 39.93, "lon": 32.86, "names": [{"name": "Turkey", "sources": ["un"]}]},
                {"id": "IRN", "name": "Iran", "region": "Asia", "subregion": "Southern Asia", "capital": "Tehran",
                 "lat": 35.69, "lon": 51.39, "names": [{"name": "Persia", "end": "1935-03-21", "sources": ["un"]},
                 {"name": "Iran (Imperial State)", "end": "1979", "sources": ["un"]}]}""");
        var problems = result.report().problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("neither 'start' nor 'end'"), problems.get(0).message());
        assertEquals("$.states[0].names[0].name", problems.get(0).jsonPath());
        assertTrue(problems.get(1).message().contains("missing required field 'start'"), problems.get(1).message());
        assertEquals("$.states[1].names[1].start", problems.get(1).jsonPath());
        assertTrue(result.dataset().state("TUR").isEmpty() && result.dataset().state("IRN").isEmpty(),
                "states with a wrong name are left out");
    }
}

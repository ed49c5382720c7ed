package org.allianceatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One test per kind of invalid input: each fixture under {@code invalid/} is loaded after the valid dataset (so
 * that its references resolve) and must give exactly the expected problems, with severity, line:column, JSON path
 * and a message that says what to fix.
 */
class ProblemReportingTest {

    /** The problems of one invalid fixture, loaded after the valid dataset (which has none). */
    private static List<Problem> problems(String fixture) {
        var result = Fixtures.loadWithValid(fixture);
        var problems = result.report().problems();
        assertTrue(problems.stream().allMatch(p -> p.file().endsWith("invalid/" + fixture)),
                () -> result.report().format());
        return problems;
    }

    private static Problem only(String fixture) {
        var problems = problems(fixture);
        assertEquals(1, problems.size(), () -> problems.toString());
        return problems.get(0);
    }

    /** Shared with the other located-problem tests of this package ({@link DatedNamesTest}). */
    static void assertProblem(Problem p, Severity severity, int line, int column, String path,
                              String... messageParts) {
        assertEquals(severity, p.severity(), p::format);
        assertEquals(line + ":" + column, p.line() + ":" + p.column(), p::format);
        assertEquals(path, p.jsonPath(), p::format);
        for (var part : messageParts) {
            assertTrue(p.message().contains(part), () -> "'" + part + "' not in: " + p.format());
        }
    }

    private static void assertError(Problem p, int line, int column, String path, String... messageParts) {
        assertProblem(p, Severity.ERROR, line, column, path, messageParts);
    }

    @Test
    void truncatedFileIsReportedWhereItEnds() {
        assertError(only("truncated.json"), 4, 1, "$.states[0]", "ends before the JSON is complete", "truncated");
    }

    @Test
    void trailingGarbageAfterTheDocumentIsReported() {
        assertError(only("trailing-garbage.json"), 4, 1, "$", "unexpected content after the end", "remove it");
    }

    @Test
    void syntaxErrorIsReportedWithJacksonsReasonAndPlace() {
        assertError(only("malformed.json"), 3, 18, "$.states[0]", "malformed JSON", "expecting comma");
    }

    @Test
    void rootThatIsNotAnObjectIsReported() {
        assertError(only("root-not-object.json"), 1, 1, "$", "must be a JSON object", "not an array");
    }

    @Test
    void wrongTypesAreReportedForEveryField() {
        var problems = problems("wrong-types.json");
        assertEquals(6, problems.size(), problems::toString);
        assertError(problems.get(0), 3, 27, "$.states[0].name", "'name' must be a string, not a number");
        assertError(problems.get(1), 3, 90, "$.states[0].lat", "'lat' must be a number, not a string");
        assertError(problems.get(2), 4, 13, "$.states[0].cow", "whole number between 1 and 999");
        assertError(problems.get(3), 7, 105, "$.clauses[0].signed", "a date in quotes", "not a number");
        assertError(problems.get(4), 8, 17, "$.clauses[0].binding", "true or false, not a string");
        assertError(problems.get(5), 10, 20, "$.organisations", "must be an array", "not an object");
    }

    @Test
    void missingRequiredFieldsAreReportedAtTheirObject() {
        var problems = problems("missing-required.json");
        assertEquals(2, problems.size(), problems::toString);
        assertError(problems.get(0), 3, 5, "$.states[0].name", "missing required field 'name'", "add it");
        assertError(problems.get(1), 6, 5, "$.memberships[0].start", "missing required field 'start'");
    }

    @Test
    void unknownFieldIsAWarningWithASuggestion() {
        assertProblem(only("unknown-field.json"), Severity.WARNING, 4, 6, "$.states[0].capitol",
                "unknown field 'capitol'", "did you mean capital?", "allowed fields: capital, cow");
    }

    @Test
    void unknownFieldAloneLeavesTheDatasetUsable() {
        var result = Fixtures.loadWithValid("unknown-field.json");
        assertTrue(result.usable());
        assertTrue(result.dataset().state("NOR").isPresent());
    }

    @Test
    void duplicateKeyInOneObjectIsReported() {
        assertError(only("duplicate-key.json"), 4, 6, "$.states[0].name", "duplicate key 'name'", "line 3");
    }

    @Test
    void redefinitionOfAnotherFilesIdsNamesBothPlaces() {
        var problems = problems("duplicate-id.json");
        assertEquals(4, problems.size(), problems::toString);
        assertError(problems.get(0), 3, 21, "$.sources['nato-members']", "source 'nato-members' is already defined at",
                "valid/1-states.json:6:21", "may not redefine");
        assertError(problems.get(1), 6, 5, "$.states[0]", "state 'SWE' is already defined at",
                "valid/1-states.json:14:5");
        assertError(problems.get(2), 9, 5, "$.organisations[0]", "organisation 'nato'", "valid/2-ties.json:3:5");
        assertError(problems.get(3), 13, 5, "$.clauses[0]", "clause 'aachen-2019'", "valid/2-ties.json:32:5");
    }

    @Test
    void redefinedStateKeepsTheFirstDefinition() {
        var sweden = Fixtures.loadWithValid("duplicate-id.json").dataset().state("SWE").orElseThrow();
        assertEquals("Sweden", sweden.name());
    }

    @Test
    void unknownReferencesAreReportedWithSuggestions() {
        var problems = problems("unknown-reference.json");
        assertEquals(5, problems.size(), problems::toString);
        assertError(problems.get(0), 4, 53, "$.organisations[0].parent", "unknown organisation 'nordic-council'");
        assertError(problems.get(1), 4, 83, "$.organisations[0].sources[0]", "unknown source 'nato-member'",
                "did you mean nato-members?");
        assertError(problems.get(2), 7, 15, "$.memberships[0].state", "unknown state 'SWD'", "did you mean SWE?");
        assertError(problems.get(3), 8, 38, "$.memberships[1].organisation", "unknown organisation 'natoo'",
                "did you mean nato?");
        assertError(problems.get(4), 11, 63, "$.clauses[0].parties[1]", "unknown state 'XXX'");
    }

    @Test
    void endBeforeStartIsReportedAtTheEnd() {
        assertError(only("end-before-start.json"), 3, 74, "$.memberships[0].end",
                "'end' 2004 is before 'start' 2005-10-03");
    }

    @Test
    void impossibleDatesAreReportedWithTheReason() {
        var problems = problems("impossible-dates.json");
        assertEquals(2, problems.size(), problems::toString);
        assertError(problems.get(0), 4, 16, "$.clauses[0].signed", "'2021-02-30' is not a valid date",
                "no such day", "YYYY-MM-DD");
        assertError(problems.get(1), 4, 41, "$.clauses[0].inForce", "'2021-13' is not a valid date",
                "month out of range: 13");
    }

    @Test
    void clauseWithOneDistinctPartyIsReported() {
        var problems = problems("clause-one-party.json");
        assertEquals(2, problems.size(), problems::toString);
        assertError(problems.get(0), 3, 52, "$.clauses[0].parties", "at least two distinct parties, found 1 (FRA)");
        assertError(problems.get(1), 3, 60, "$.clauses[0].parties[1]", "party 'FRA' is listed twice");
    }

    @Test
    void directionOutsideThePartiesIsReported() {
        assertError(only("direction-not-party.json"), 4, 45, "$.clauses[0].direction.from",
                "direction 'from' GBR is not a party", "parties: USA, UKR");
    }

    @Test
    void membershipOutsideItsOrganisationsLifetimeIsReported() {
        var problems = problems("membership-outside-organisation.json");
        assertEquals(2, problems.size(), problems::toString);
        assertError(problems.get(0), 3, 53, "$.memberships[0].start",
                "membership of FRA in wp starts 1950, before 'wp' was founded (1955-05-14)");
        assertError(problems.get(1), 4, 5, "$.memberships[1].end",
                "membership of DEU in wp has no end, but 'wp' was dissolved on 1991-07-01", "add an 'end'");
    }

    @Test
    void membershipOutsideItsStatesExistenceIsReported() {
        var problems = problems("membership-outside-state.json");
        assertEquals(2, problems.size(), problems::toString);
        assertError(problems.get(0), 3, 53, "$.memberships[0].start",
                "membership of UKR in wp starts 1955-05-14, before UKR came into existence (1991-08-24)");
        assertError(problems.get(1), 4, 53, "$.memberships[1].start",
                "membership of SUN in eu starts 1993-11-01, after SUN ceased to exist (1991-12-26)");
    }

    @Test
    void overlappingSpellsNameTheOtherSpell() {
        assertError(only("overlapping-spells.json"), 3, 53, "$.memberships[0].start",
                "this spell of GBR in eu (2010-01-01–2012) overlaps the one at", "valid/2-ties.json:20:8",
                "(1993-11-01–2020-01-31)");
    }

    @Test
    void missingOrEmptySourceListsAreReported() {
        var problems = problems("missing-sources.json");
        assertEquals(2, problems.size(), problems::toString);
        assertError(problems.get(0), 3, 5, "$.memberships[0].sources", "missing required field 'sources'");
        assertError(problems.get(1), 4, 87, "$.memberships[1].sources", "empty sources list",
                "cite at least one source");
    }

    @Test
    void sourceWithNeitherUrlNorCitationIsReported() {
        assertError(only("source-without-url.json"), 3, 16, "$.sources.hearsay", "needs a 'url'", "or a 'citation'");
    }

    @Test
    void nonHttpUrlsAreReported() {
        var problems = problems("non-http-url.json");
        assertEquals(2, problems.size(), problems::toString);
        assertError(problems.get(0), 3, 51, "$.sources.archive.url", "'ftp://example.org/treaties.txt'",
                "must start with http:// or https://");
        assertError(problems.get(1), 7, 50, "$.organisations[0].url", "'www.nordefco.org'");
    }

    @Test
    void unknownEnumValuesListTheAllowedValues() {
        var problems = problems("unknown-enum.json");
        assertEquals(4, problems.size(), problems::toString);
        assertError(problems.get(0), 3, 70, "$.organisations[0].kind", "unknown kind 'aliance'",
                "did you mean alliance?", "allowed values: alliance, union, regional_organisation");
        assertError(problems.get(1), 4, 42, "$.organisations[0].tieTypes[1]", "unknown tie type 'friendship'",
                "allowed values: mutual_defence");
        assertError(problems.get(2), 5, 66, "$.organisations[0].members[0].role", "unknown role 'chief'",
                "allowed values: member, founder");
        assertError(problems.get(3), 8, 88, "$.clauses[0].type", "unknown type 'mutual-defense'",
                "did you mean mutual_defence?");
    }

    @Test
    void subregionOutsideItsRegionIsReported() {
        assertError(only("subregion-not-in-region.json"), 3, 68, "$.states[0].subregion",
                "subregion 'Northern Europe' is in Europe, not Asia", "Asia has Central Asia");
    }

    @Test
    void coordinatesOutOfRangeAreReported() {
        var problems = problems("coordinates-out-of-range.json");
        assertEquals(2, problems.size(), problems::toString);
        assertError(problems.get(0), 3, 96, "$.states[0].lat", "'lat' is 91.5 but must be between -90.0 and 90.0");
        assertError(problems.get(1), 3, 109, "$.states[0].lon", "'lon' is -181.0", "-180.0 and 180.0");
    }

    @Test
    void oneFileWithSeveralProblemsReportsThemAll() {
        var problems = problems("several-problems.json");
        var summary = problems.stream().map(p -> p.severity() + " " + p.line() + ":" + p.column()).toList();
        assertEquals(List.of("ERROR 3:12", "WARNING 5:6", "ERROR 9:55", "ERROR 10:76", "ERROR 10:101",
                "ERROR 13:51", "ERROR 14:35"), summary);
        var text = Fixtures.loadWithValid("several-problems.json").report().format();
        for (var part : List.of("'nor' is not a valid id", "unknown field 'colour'", "this spell of DNK in nato",
                "'2021-02-30' is not a valid date", "empty sources list", "at least two distinct parties",
                "needs a 'url'")) {
            assertTrue(text.contains(part), () -> part + " not in:\n" + text);
        }
    }

    @Test
    void errorsMakeTheResultUnusableButKeepWhatCouldBeRead() {
        var result = Fixtures.loadWithValid("several-problems.json");
        assertFalse(result.usable());
        assertTrue(result.dataset().state("DNK").isPresent());
        assertTrue(result.dataset().state("SWE").isPresent());
    }
}

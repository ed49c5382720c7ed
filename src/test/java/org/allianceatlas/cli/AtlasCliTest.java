package org.allianceatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The CLI run in-process with captured output. Most tests use {@code --only} with the io test's valid dataset, so
 * that the expected output is exact; a few use the shipped data for facts that will not change.
 */
class AtlasCliTest {

    private static final String VALID = path("/org/allianceatlas/io/valid");
    private static final String EXTRA = path("/org/allianceatlas/cli/extra.json");
    private static final String BAD = path("/org/allianceatlas/cli/bad.json");

    private static String path(String resource) {
        try {
            return Path.of(AtlasCliTest.class.getResource(resource).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = AtlasCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs with {@code --only} the valid fixture before {@code args}. */
    private static Run onFixture(String... args) {
        var all = new ArrayList<>(List.of("--only", VALID));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static void assertSuccess(String expectedOut, Run run) {
        assertEquals(expectedOut, run.out(), run::err);
        assertEquals("", run.err());
        assertEquals(0, run.exitCode());
    }

    @Test
    void validateReportsCountsOfValidData() {
        assertSuccess("ok: 8 states, 3 organisations, 11 memberships, 2 clauses, 0 warnings\n", onFixture("validate"));
    }

    @Test
    void validatePrintsWarningsButSucceeds() {
        var unknownField = path("/org/allianceatlas/io/invalid/unknown-field.json");
        var run = onFixture("--data", unknownField, "validate");
        assertEquals(0, run.exitCode());
        assertEquals("ok: 9 states, 3 organisations, 11 memberships, 2 clauses, 1 warning\n", run.out());
        assertTrue(run.err().startsWith(unknownField + ":4:6: warning: unknown field 'capitol'"), run.err());
    }

    @Test
    void badDataExitsWithOneAndFileLineColumn() {
        var run = onFixture("--data", BAD, "validate");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals(BAD + ":3:55: error: 'start': '2024-13' is not a valid date (month out of range: 13); "
                + "write YYYY, YYYY-MM or YYYY-MM-DD (at $.memberships[0].start)\n"
                + "1 error, 0 warnings: fix the errors and try again\n", run.err());
    }

    @Test
    void everyCommandRefusesBadData() {
        for (var command : List.of(List.of("summary"), List.of("members", "nato", "--year", "2024"),
                List.of("ties", "SWE", "--year", "2024"))) {
            var args = new ArrayList<>(List.of("--only", BAD));
            args.addAll(command);
            var run = run(args.toArray(String[]::new));
            assertEquals(1, run.exitCode(), command::toString);
            assertEquals("", run.out(), command::toString);
            assertTrue(run.err().contains("bad.json:3:55: error:"), run.err());
        }
    }

    @Test
    void globalOptionsMayFollowTheCommandAsPeopleTypeThem() {
        assertSuccess("states: 8\norganisations: 3\nmemberships: 11\nclauses: 2\n", run("summary", "--only", VALID));
        assertSuccess("ok: 8 states, 3 organisations, 11 memberships, 2 clauses, 0 warnings\n",
                run("validate", "--only", VALID));
        assertSuccess("membership eu founder\nmembership nato founder\n",
                run("ties", "FRA", "--year", "2019", "--only", VALID, "--in-force"));
    }

    @Test
    void idsAreFoundWhateverTheirCase() {
        assertSuccess("DEU\nFRA\nGBR\nSWE\nTUR\nUSA\n", onFixture("members", "NATO", "--year", "2024"));
        assertSuccess("membership eu founder\nmembership nato founder\nclause aachen-2019 mutual_defence DEU\n",
                onFixture("ties", "fra", "--year", "2019"));
        var filtered = onFixture("metrics", "--year", "2024", "--org", "Nato", "--format", "csv");
        assertEquals(0, filtered.exitCode(), filtered.err());
        assertTrue(filtered.out().contains("\nnato,"), filtered.out());
    }

    @Test
    void listShowsTheIdsOfOrganisationsAndStates() {
        assertSuccess("eu\tEuropean Union\nnato\tNorth Atlantic Treaty Organization\n"
                + "wp\tWarsaw Treaty Organization\n", onFixture("list", "organisations"));
        var in2024 = onFixture("list", "organisations", "--year", "2024");
        assertEquals(0, in2024.exitCode(), in2024.err());
        assertFalse(in2024.out().contains("wp\t"), "the Warsaw Pact is gone by 2024: " + in2024.out());
        var states = onFixture("list", "states");
        assertTrue(states.out().startsWith("DEU\tGermany\n"), states.out());
        assertEquals(8, states.out().lines().count());
        assertEquals(2, onFixture("list", "treaties").exitCode(), "an unknown kind is bad usage");
    }

    @Test
    void summaryCountsEverything() {
        assertSuccess("states: 8\norganisations: 3\nmemberships: 11\nclauses: 2\n", onFixture("summary"));
    }

    @Test
    void summaryForAYearCountsWhatIsInForce() {
        assertSuccess("year: 2019\nstates: 7\norganisations: 2\nmemberships: 9\nclauses: 2\n",
                onFixture("summary", "--year", "2019"));
        assertSuccess("year: 2019\nstates: 7\norganisations: 2\nmemberships: 9\nclauses: 0\n",
                onFixture("--in-force", "summary", "--year", "2019"));
    }

    @Test
    void swedenJoinsNatoIn2024() {
        assertSuccess("DEU\nFRA\nGBR\nTUR\nUSA\n", onFixture("members", "nato", "--year", "2023"));
        assertSuccess("DEU\nFRA\nGBR\nSWE\nTUR\nUSA\n", onFixture("members", "nato", "--year", "2024"));
    }

    @Test
    void unitedKingdomLeavesTheEuIn2020() {
        assertSuccess("DEU\nFRA\nGBR\nSWE\n", onFixture("members", "eu", "--year", "2019"));
        assertSuccess("DEU\nFRA\nSWE\n", onFixture("members", "eu", "--year", "2020"));
    }

    @Test
    void tiesListMembershipsThenClauses() {
        assertSuccess("membership eu founder\nmembership nato founder\nclause aachen-2019 mutual_defence DEU\n",
                onFixture("ties", "FRA", "--year", "2019"));
        assertSuccess("membership eu founder\nmembership nato founder\n",
                onFixture("--in-force", "ties", "FRA", "--year", "2019"));
    }

    @Test
    void tiesOfADirectedClauseNameTheStatesEnd() {
        assertSuccess("membership nato member\nclause tur-ukr-bayraktar-2019 arms_transfer UKR supplier\n",
                onFixture("ties", "TUR", "--year", "2019"));
        assertSuccess("clause tur-ukr-bayraktar-2019 arms_transfer TUR recipient\n",
                onFixture("ties", "UKR", "--year", "2019"));
    }

    @Test
    void unknownOrganisationExitsWithOneAndSuggestsCloseIds() {
        var run = onFixture("members", "natoo", "--year", "2024");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertEquals("error: unknown organisation 'natoo' (did you mean nato?)\n", run.err());
    }

    @Test
    void unknownStateExitsWithOneAndSuggestsTheIdOfANamedState() {
        var run = onFixture("ties", "Sweden", "--year", "2024");
        assertEquals(1, run.exitCode());
        assertEquals("error: unknown state 'Sweden' (did you mean SWE?)\n", run.err());
    }

    @Test
    void dataAddsAFileToTheShippedData() {
        var run = run("--data", EXTRA, "members", "test-pact", "--year", "2021");
        assertSuccess("FRA\nSWE\n", run);
        assertEquals(1, run("members", "test-pact", "--year", "2021").exitCode());
    }

    @Test
    void onlyReplacesTheShippedData() {
        assertSuccess("SWE\n", onFixture("--data", EXTRA, "members", "test-pact", "--year", "2020"));
        var shipped = run("members", "nato", "--year", "2024").out().lines().toList();
        assertTrue(shipped.size() > 6 && shipped.contains("SWE") && shipped.contains("FIN"), shipped::toString);
        assertEquals(6, onFixture("members", "nato", "--year", "2024").out().lines().count());
    }

    @Test
    void shippedDataIsValidAndSwedenJoinsNatoIn2024() {
        var validate = run("validate");
        assertEquals(0, validate.exitCode(), validate::err);
        assertTrue(validate.out().startsWith("ok: "), validate::out);
        assertTrue(run("members", "nato", "--year", "2024").out().lines().anyMatch("SWE"::equals));
        assertTrue(run("members", "nato", "--year", "2023").out().lines().noneMatch("SWE"::equals));
    }

    @Test
    void badUsageExitsWithTwo() {
        for (var args : List.of(List.of("frobnicate"), List.of("members", "nato"),
                List.of("members", "nato", "--year", "soon"), List.of("summary", "--year", "0"),
                List.of("ties", "SWE", "--year", "10000"),
                List.of("ties", "--year", "2024"), List.of("--no-such-option", "validate"), List.of("--data"),
                List.of("--only", VALID), List.of("frobnicate", "--help"),
                List.of("members", "nato", "extra", "--help"))) {
            var run = run(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), () -> args + "\n" + run.err());
            assertEquals("", run.out(), args::toString);
            assertFalse(run.err().isBlank(), args::toString);
        }
    }

    @Test
    void badUsageSaysWhatIsWrong() {
        assertTrue(run("members", "nato").err().startsWith("Missing required option: '--year=Y'"));
        assertTrue(run("summary", "--year", "0").err().startsWith("--year must be between 1 and 9999, not 0"));
        assertTrue(run("--only", VALID).err().startsWith("error: missing command\nUsage: alliance-atlas"));
        assertTrue(run("frobnicate").err().startsWith("Unmatched argument at index 0: 'frobnicate'"));
    }

    @Test
    void helpWorksOnEveryCommand() {
        for (var command : List.of("validate", "summary", "members", "ties")) {
            var run = run(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().startsWith("Usage: alliance-atlas " + command), run::out);
        }
        var top = run("--help");
        assertEquals(0, top.exitCode());
        assertTrue(top.out().contains("Exit codes: 0 success, 1 data or input problems, 2 bad usage."), top::out);
    }

    @Test
    void versionIsPrinted() {
        var run = run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("alliance-atlas "), run::out);
        assertEquals(0, run("members", "--version").exitCode());
    }
}

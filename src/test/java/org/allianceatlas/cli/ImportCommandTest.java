package org.allianceatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.allianceatlas.testing.AtopCsvGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and research CSV through {@code --data}: the round trip import → write → validate → load. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private static String fixture(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/org/allianceatlas/io/importers/" + name).toURI())
                    .toString();
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

    @Test
    void importWritesAValidDatasetThatLoadsOnItsOwn() {
        var out = dir.resolve("cow.json").toString();
        var r = run("import", "cow", fixture("cow-members.csv"), "--out", out);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("wrote " + out + ": 5 states, 1 organisations, 3 memberships, 3 clauses"),
                r.out());
        var members = run("--only", out, "members", "nato", "--year", "2024");
        assertEquals("GBR\nSWE\nUSA\n", members.out(), members.err());
    }

    @Test
    void researchCsvCanBeGivenDirectlyWithData() {
        var r = run("--data", fixture("cow-members.csv"), "--prefer", "imported", "members", "nato", "--year",
                "2023");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("GBR\nUSA\n", r.out());
    }

    @Test
    void theUserChoosesWhichSideWinsAndTheConflictIsReported() {
        var loaded = run("--data", fixture("atop-clean.csv"), "members", "nato", "--year", "2024");
        assertEquals(32, loaded.out().lines().count(), loaded.err());
        assertTrue(loaded.err().contains("organisation nato is described by both the loaded data and"),
                loaded.err());
        var imported = run("--data", fixture("atop-clean.csv"), "--prefer", "imported", "members", "nato", "--year",
                "2024");
        // ATOP fixture: USA, GBR, FRA, SWE (DEU's spell ends 1990).
        assertEquals("FRA\nGBR\nSWE\nUSA\n", imported.out(), imported.err());
    }

    @Test
    void aNegativeAllianceIdIsARowErrorAndNothingIsWritten() throws Exception {
        var csv = Files.writeString(dir.resolve("atop-neg.csv"), String.join("\n",
                "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,bilat,defense,offense,neutral,nonagg,"
                        + "consul",
                "-5,2,1950,1,1,0,0,0,1,0,1,0,0,0,0",
                "-5,200,1950,1,1,0,0,0,1,0,1,0,0,0,0",
                "-5,220,1950,1,1,0,0,0,1,0,1,0,0,0,0") + "\n");
        var out = dir.resolve("neg.json");
        var r = run("import", "atop", csv.toString(), "--out", out.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("atop-neg.csv:2:1: error: column atopid must be a positive whole number, "
                + "not '-5'"), r.err());
        assertFalse(r.err().contains("does not validate"), r.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void badRowsAreReportedWithTheirLinesAndNothingIsWritten() {
        var out = dir.resolve("atop.json");
        var r = run("import", "atop", fixture("atop-members.csv"), "--out", out.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("atop-members.csv:14:6: error: unknown COW state code 999"), r.err());
        assertTrue(r.err().contains("atop-members.csv:15:8: error: column yrent must be a whole number"), r.err());
        assertTrue(r.err().contains("atop-members.csv:16:1: error: row has 7 fields"), r.err());
        assertTrue(r.err().contains("3 errors, 3 warnings: nothing written; each error is a row of an ATOP/COW file; "
                + "fix the rows, or add --skip-bad-rows to leave them out"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void skipBadRowsWritesTheRestAndListsEveryLeftOutRowAsAWarning() {
        var out = dir.resolve("atop.json");
        var r = run("import", "atop", fixture("atop-members.csv"), "--out", out.toString(), "--skip-bad-rows");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(out));
        assertTrue(r.err().contains("atop-members.csv:14:6: warning: unknown COW state code 999 in column member; "
                + "add it to data/crosswalk/cow-states.csv; the row is skipped"), r.err());
        assertTrue(r.err().contains("atop-members.csv:16:1: warning: row has 7 fields"), r.err());
        assertTrue(r.err().contains("warning: 3 rows of ATOP/COW files left out (--skip-bad-rows)"), r.err());
        assertFalse(r.err().contains(": error:"), r.err());
        // The global option does the same.
        var global = run("--skip-bad-rows", "import", "atop", fixture("atop-members.csv"), "--out",
                dir.resolve("global.json").toString());
        assertEquals(0, global.exitCode(), global.err());
    }

    @Test
    void skipBadRowsDoesNotHideAFileThatIsWrongAsAWhole() {
        var out = dir.resolve("wrong.json");
        var r = run("import", "atop", fixture("atop-wrong-columns.csv"), "--out", out.toString(), "--skip-bad-rows");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("missing columns"), r.err());
        assertTrue(r.err().contains("--skip-bad-rows leaves out rows only"), r.err());
        assertFalse(Files.exists(out), "an empty import is not written");
    }

    @Test
    void dataWithBadRowsStopsUnlessSkipBadRowsIsGiven() {
        var strict = run("--data", fixture("atop-members.csv"), "members", "nato", "--year", "2024");
        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().contains("atop-members.csv:14:6: error: unknown COW state code 999"), strict.err());
        assertTrue(strict.err().contains("add --skip-bad-rows to leave them out"), strict.err());

        var skipping = run("--data", fixture("atop-members.csv"), "--skip-bad-rows", "--prefer", "imported",
                "members", "nato", "--year", "2024");
        assertEquals(0, skipping.exitCode(), skipping.err());
        assertEquals("FRA\nGBR\nSWE\nUSA\n", skipping.out());
        assertTrue(skipping.err().contains("atop-members.csv:14:6: warning: unknown COW state code 999"),
                skipping.err());
        assertTrue(skipping.err().contains("atop-members.csv:15:8: warning: column yrent must be a whole number, not "
                + "'abc'; the row is skipped"), skipping.err());
        assertTrue(skipping.err().contains("warning: 3 rows of ATOP/COW files left out"), skipping.err());
    }

    @Test
    void skipBadRowsWithDataStillStopsOnAFileThatIsWrongAsAWhole() {
        var r = run("--data", fixture("atop-wrong-columns.csv"), "--skip-bad-rows", "summary");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--skip-bad-rows leaves out rows only"), r.err());
    }

    @Test
    void anExistingFileIsOnlyReplacedWithForce() throws Exception {
        var out = dir.resolve("x.json");
        Files.writeString(out, "keep me");
        var r = run("import", "cow", fixture("cow-members.csv"), "--out", out.toString());
        assertEquals(1, r.exitCode());
        assertEquals("keep me", Files.readString(out));
        assertEquals(0, run("import", "cow", fixture("cow-members.csv"), "--out", out.toString(), "--force")
                .exitCode());
        assertTrue(Files.readString(out).contains("cow-229-mutual-defence"));
    }

    @Test
    void unknownDatasetAndMissingOutAreBadUsage() {
        assertEquals(2, run("import", "gdelt", fixture("cow-members.csv"), "--out", "x.json").exitCode());
        assertEquals(2, run("import", "cow", fixture("cow-members.csv")).exitCode());
    }

    @Test
    void aFullScaleAtopImportMergedWithTheShippedDataWritesAFileThatValidates() {
        // 750 alliances, 2,400 member rows over 1815–2018: states such as Morocco (COW 600 from 1847) predate their
        // shipped existence (MAR from 1956), so the import must widen them rather than write invalid data.
        var files = new AtopCsvGenerator().write(dir);
        var out = dir.resolve("merged.json").toString();
        var r = run("import", "atop", files.memberFile().toString(), files.allianceFile().toString(), "--merge",
                "--out", out);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("existence is widened"), r.err());
        assertEquals(0, run("--only", out, "validate").exitCode());
    }
}

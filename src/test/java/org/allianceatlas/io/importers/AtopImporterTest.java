package org.allianceatlas.io.importers;

import static org.allianceatlas.io.importers.ImportFixtures.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtopImporterTest {

    static final String HEADER = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,bilat,defense,"
            + "offense,neutral,nonagg,consul";

    @TempDir
    Path dir;

    private final ImportResult result = ImportFixtures.atop()
            .importFiles(List.of(file("atop-members.csv"), file("atop-alliances.csv")));

    private List<Membership> spells(String state, String org) {
        return result.dataset().membershipsOfOrganisation(org).stream().filter(m -> m.stateId().equals(state))
                .toList();
    }

    private Problem problemAtLine(int line) {
        return result.problems().stream().filter(p -> p.line() == line).findFirst().orElseThrow(
                () -> new AssertionError("no problem at line " + line + ": " + result.problems()));
    }

    @Test
    void atop3180BecomesNatoWithTheAllianceLevelFoundingDate() {
        var nato = result.dataset().organisation("nato").orElseThrow();
        assertEquals(PartialDate.parse("1949-04-04"), nato.lifetime().start());
        assertNull(nato.lifetime().end(), "yrexit/endyr 0 means still in effect");
        assertEquals(Set.of(TieType.MUTUAL_DEFENCE, TieType.CONSULTATION), nato.tieTypes());
        assertEquals("ATOP (version not stated), alliance 3180", nato.sources().get(0).title(),
                "the fixture's file names do not say which version it is");
    }

    @Test
    void consecutivePhasesOfOneMemberMergeIntoOneOpenMembership() {
        var france = spells("FRA", "nato");
        assertEquals(1, france.size());
        assertEquals(PartialDate.parse("1949-08-24"), france.get(0).span().start());
        assertNull(france.get(0).span().end());
        assertTrue(france.get(0).sources().get(0).citation().contains("phase 1"));
        assertTrue(france.get(0).sources().get(0).citation().contains("phase 2"));
    }

    @Test
    void aRealGapKeepsTwoSpellsThatDoNotOverlap() {
        var uk = spells("GBR", "atop-2001");
        assertEquals(2, uk.size());
        assertFalse(uk.get(0).span().overlaps(uk.get(1).span()));
        assertEquals(PartialDate.parse("1915"), uk.get(1).span().end(), "month 0 lowers precision to the year");
    }

    @Test
    void historicalCodesMapThroughTheCrosswalk() {
        assertEquals(PartialDate.parse("1990-10-03"), spells("DEU", "nato").get(0).span().end());
        var treaty = result.dataset().clause("atop-1005-mutual-defence").orElseThrow();
        assertEquals(List.of("SUN", "CHN"), treaty.parties());
    }

    @Test
    void aBilateralAllianceBecomesOneClausePerObligation() {
        var defence = result.dataset().clause("atop-1005-mutual-defence").orElseThrow();
        var consult = result.dataset().clause("atop-1005-consultation").orElseThrow();
        assertEquals(TieType.MUTUAL_DEFENCE, defence.type());
        assertEquals(TieType.CONSULTATION, consult.type());
        assertEquals(PartialDate.parse("1950-02-14"), defence.signed());
        assertEquals(PartialDate.parse("1980-04-11"), defence.end());
        assertTrue(result.dataset().organisation("atop-1005").isEmpty());
    }

    @Test
    void unknownCodeWrongTypeAndShortRowAreReportedWithTheirLines() {
        var unknown = problemAtLine(14);
        assertEquals(Severity.ERROR, unknown.severity());
        assertTrue(unknown.message().contains("unknown COW state code 999"), unknown.message());
        var wrongType = problemAtLine(15);
        assertTrue(wrongType.message().contains("yrent") && wrongType.message().contains("abc"), wrongType.message());
        assertEquals(8, wrongType.column());
        var shortRow = problemAtLine(16);
        assertTrue(shortRow.message().contains("7 fields but the header has 15"), shortRow.message());
        assertTrue(result.dataset().organisation("atop-2002").isEmpty());
        assertTrue(result.dataset().clauses().stream().noneMatch(c -> c.id().startsWith("atop-2002")));
    }

    @Test
    void statesMissingFromTheDataBecomePlaceholdersWithAWarning() {
        var bavaria = result.dataset().state("XBV").orElseThrow();
        assertEquals("Bavaria", bavaria.name());
        assertTrue(result.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING
                && p.message().contains("XBV") && p.message().contains("not in the loaded data")));
        assertTrue(result.problems().stream().anyMatch(p -> p.line() == 11
                && p.message().contains("not in the state system in 1902")));
    }

    @Test
    void malformedFilesGiveAReportNotACrash() {
        var latin1 = ImportFixtures.atop().importFiles(List.of(file("atop-latin1.csv")));
        var p = latin1.problems().get(0);
        assertEquals(2, p.line());
        assertEquals(10, p.column());
        assertTrue(p.message().contains("0xE9"), p.message());

        var empty = ImportFixtures.atop().importFiles(List.of(file("empty.csv")));
        assertTrue(empty.problems().get(0).message().contains("empty"));

        var wrong = ImportFixtures.atop().importFiles(List.of(file("atop-wrong-columns.csv")));
        assertTrue(wrong.hasErrors());
        assertTrue(wrong.problems().stream().anyMatch(q -> q.message().contains("missing columns")), wrong.problems()
                .toString());
        assertTrue(wrong.dataset().organisations().isEmpty());
    }

    private static final String BAD_FLAG = "5001,200,1960,1,1,0,0,0,1,0,x,0,0,0,1";
    private static final String BAD_ID_AND_FLAG = "abc,2,1960,1,1,0,0,0,1,0,y,0,0,0,1";

    /** Alliance 5001: rows 2, 5 and 6 are good (5 and 6 with warnings), the others must be left out. */
    private ImportResult flags() {
        return ImportFixtures.atop().importFiles(List.of(ImportFixtures.csv(dir, "atop5_1m.csv", HEADER,
                "5001,2,1960,1,1,0,0,0,1,0,1,0,0,0,1",
                BAD_FLAG,
                "5001,220,1960,1,1,0,0,0,1,2,1,0,0,0,1",
                "5001,380,1960,1,1,0,0,0,1,0,,0,0,0,1",
                "5001,710,1960,1x,1,0,0,0,1,0,1,0,0,0,1",
                BAD_ID_AND_FLAG,
                "5001,365,0,1,1,0,0,0,1,0,1,0,0,0,1")));
    }

    private static List<Problem> at(ImportResult r, int line) {
        return r.problems().stream().filter(p -> p.line() == line).toList();
    }

    @Test
    void aMalformedObligationFlagLeavesItsRowOutAndSaysSoAtItsColumn() {
        var r = flags();
        var p = at(r, 3);
        assertEquals(1, p.size(), p.toString());
        assertEquals(Severity.ERROR, p.get(0).severity());
        assertEquals(BAD_FLAG.indexOf(",x,") + 2, p.get(0).column());
        assertEquals("column defense must be 0 or 1, not 'x'; the row is skipped", p.get(0).message());
        var bilat = at(r, 4).get(0);
        assertTrue(bilat.message().startsWith("column bilat must be 0 or 1, not '2'"), bilat.message());
        var members = r.dataset().membershipsOfOrganisation("atop-5001").stream().map(Membership::stateId)
                .collect(Collectors.toSet());
        assertEquals(Set.of("USA", "SWE", "CHN"), members, "GBR and FRA had bad flags");
    }

    @Test
    void anEmptyFlagIsReadAsZeroAndAMalformedMonthAsNoMonthWithWarnings() {
        var r = flags();
        var empty = at(r, 5);
        assertEquals(List.of(Severity.WARNING), empty.stream().map(Problem::severity).toList());
        assertTrue(empty.get(0).message().contains("column defense is empty; read as 0"), empty.toString());
        var month = at(r, 6);
        assertEquals(List.of(Severity.WARNING), month.stream().map(Problem::severity).toList());
        assertTrue(month.get(0).message().contains("column moent must be a whole number, not '1x'"), month.toString());
        var china = r.dataset().membershipsOfOrganisation("atop-5001").stream()
                .filter(m -> m.stateId().equals("CHN")).findFirst().orElseThrow();
        assertEquals(PartialDate.parse("1960"), china.span().start());
    }

    @Test
    void everyProblemOfARowIsReportedAtOnce() {
        var p = at(flags(), 7);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.stream().anyMatch(q -> q.column() == 1 && q.message().contains("atopid")), p.toString());
        assertTrue(p.stream().anyMatch(q -> q.column() == BAD_ID_AND_FLAG.indexOf(",y,") + 2), p.toString());
        var zero = at(flags(), 8).get(0);
        assertEquals("column yrent is 0 but a year is required; the row is skipped", zero.message());
    }

    /**
     * The messages and the import agree: a row whose error says it is skipped is cited by nothing imported, and
     * every other row is imported — none is lost without an error.
     */
    @Test
    void rowsSaidToBeSkippedAreLeftOutAndNoOtherRowIsLost() {
        var r = flags();
        var skipped = new TreeSet<Integer>();
        r.problems().stream().filter(p -> p.message().endsWith("; the row is skipped")).forEach(p -> skipped.add(
                p.line()));
        assertEquals(r.problems().stream().filter(p -> p.severity() == Severity.ERROR).count(),
                r.problems().stream().filter(p -> p.message().endsWith("; the row is skipped")).count(),
                "every error of a data row leaves the row out");
        var cited = new TreeSet<Integer>();
        var row = Pattern.compile("row (\\d+) \\(");
        r.dataset().memberships().forEach(m -> m.sources().forEach(src -> row.matcher(src.citation()).results()
                .forEach(match -> cited.add(Integer.parseInt(match.group(1))))));
        assertEquals(Set.of(3, 4, 7, 8), skipped);
        assertEquals(Set.of(2, 5, 6), cited);
    }

    @Test
    void anImportWhoseOnlyErrorsAreRowsListsThemAndCanBeAccepted() {
        assertTrue(result.onlyRowsSkipped());
        assertEquals(List.of(14, 15, 16), result.skippedRows().stream().map(Problem::line).sorted().toList());
        var accepted = result.acceptingSkippedRows();
        assertFalse(accepted.hasErrors());
        assertEquals(result.dataset(), accepted.dataset());
        assertTrue(accepted.problems().stream().anyMatch(p -> p.line() == 14 && p.severity() == Severity.WARNING
                && p.message().contains("unknown COW state code 999")));

        var wrong = ImportFixtures.atop().importFiles(List.of(file("atop-wrong-columns.csv")));
        assertFalse(wrong.onlyRowsSkipped(), "missing columns are not rows");
    }

    @Test
    void severalMemberLevelFilesAreAllRead() {
        var more = ImportFixtures.csv(dir, "more.csv", HEADER, "6001,2,1970,1,1,0,0,0,1,1,0,0,0,1,0",
                "6001,200,1970,1,1,0,0,0,1,1,0,0,0,1,0");
        var r = ImportFixtures.atop().importFiles(List.of(file("atop-clean.csv"), more));
        assertFalse(r.hasErrors(), r.problems().toString());
        assertTrue(r.dataset().organisation("nato").isPresent());
        assertTrue(r.dataset().clause("atop-6001-non-aggression").isPresent());
    }

    private static final String ONE_ALLIANCE = "4100,2,1960,1,1,0,0,0,1,1,1,0,0,0,0";
    private static final String ITS_OTHER_MEMBER = "4100,200,1960,1,1,0,0,0,1,1,1,0,0,0,0";

    private String citedAs(String... names) {
        var files = Arrays.stream(names).map(n -> ImportFixtures.csv(dir, n, HEADER, ONE_ALLIANCE,
                ITS_OTHER_MEMBER)).toList();
        var r = ImportFixtures.atop().importFiles(files);
        assertFalse(r.hasErrors(), r.problems().toString());
        return r.dataset().clause("atop-4100-mutual-defence").orElseThrow().sources().get(0).title();
    }

    @Test
    void theVersionIsTakenFromAtopsOwnFileNames() {
        assertEquals("ATOP v5.1, alliance 4100", citedAs("atop5_1m.csv"));
        assertEquals("ATOP v4.01, alliance 4100", citedAs("atop4_01m.csv"));
        assertEquals("ATOP v5.0, alliance 4100", citedAs("ATOP5_0M.csv"));
    }

    @Test
    void anImportWhoseFilesDoNotSayTheirVersionIsCitedWithoutOneAndWarned() {
        assertEquals("ATOP (version not stated), alliance 4100", citedAs("members.csv"));
        var r = ImportFixtures.atop().importFiles(List.of(ImportFixtures.csv(dir, "atop5_1m.csv", HEADER,
                ONE_ALLIANCE), ImportFixtures.csv(dir, "atop4_01m.csv", HEADER, ITS_OTHER_MEMBER)));
        assertEquals("ATOP (version not stated), alliance 4100", r.dataset().clause("atop-4100-mutual-defence")
                .orElseThrow().sources().get(0).title());
        assertTrue(r.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING && p.message().equals(
                "the files state different ATOP versions (4.01, 5.1); the import is cited as 'ATOP (version not "
                        + "stated)'")), r.problems().toString());
        var unnamed = ImportFixtures.atop().importFiles(List.of(ImportFixtures.csv(dir, "x.csv", HEADER,
                ONE_ALLIANCE, ITS_OTHER_MEMBER)));
        assertTrue(unnamed.problems().stream().anyMatch(p -> p.message().startsWith("the ATOP version is not stated "
                + "in the file names")), unnamed.problems().toString());
    }
}

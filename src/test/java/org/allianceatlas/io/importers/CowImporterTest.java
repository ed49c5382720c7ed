package org.allianceatlas.io.importers;

import static org.allianceatlas.io.importers.ImportFixtures.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CowImporterTest {

    static final String DYAD_HEADER = "version4id,ccode1,state_name1,ccode2,state_name2,dyad_st_day,dyad_st_month,"
            + "dyad_st_year,dyad_end_day,dyad_end_month,dyad_end_year,left_censor,right_censor,defense,neutrality,"
            + "nonaggression,entente,version";

    @TempDir
    Path dir;

    @Test
    void byMemberFileGivesOrganisationsAndBilateralClauses() {
        var r = ImportFixtures.cow().importFiles(List.of(file("cow-members.csv")));
        assertFalse(r.hasErrors(), r.problems().toString());
        var org = r.dataset().organisation("nato").orElseThrow();
        assertEquals(Set.of(TieType.MUTUAL_DEFENCE), org.tieTypes());
        var sweden = r.dataset().membershipsOfOrganisation("nato").stream()
                .filter(m -> m.stateId().equals("SWE")).findFirst().orElseThrow();
        assertEquals(PartialDate.parse("2024-03-07"), sweden.span().start());
        assertNull(sweden.span().end(), "an empty end means still in force");
        // 229: Soviet Union – China, three obligations → three clauses.
        assertEquals(3, r.dataset().clauses().stream().filter(c -> c.id().startsWith("cow-229-")).count());
        assertTrue(r.dataset().clause("cow-229-non-aggression").isPresent());
    }

    @Test
    void cowsNatoEntryImportsAsOurNatoAndKeepsItsCowNumberAsTheAcronym() {
        var r = ImportFixtures.cow().importFiles(List.of(file("cow-members.csv")));
        var nato = r.dataset().organisation("nato").orElseThrow();
        assertEquals("North Atlantic Treaty Organization", nato.name());
        assertEquals("COW 227", nato.acronym());
        assertTrue(r.dataset().organisation("cow-227").isEmpty());
        assertTrue(nato.sources().get(0).title().contains("alliance 227"), nato.sources().get(0).title());
    }

    @Test
    void dyadsAreSymmetricWhetherListedOnceOrTwice() {
        var r = ImportFixtures.cow().importFiles(List.of(file("cow-dyads.csv")));
        assertFalse(r.hasErrors(), r.problems().toString());
        var both = r.dataset().clause("cow-4001-consultation").orElseThrow();
        assertEquals(Set.of("USA", "GBR"), Set.copyOf(both.parties()));
        var once = r.dataset().clause("cow-4002-non-aggression").orElseThrow();
        assertEquals(Set.of("FRA", "SWE"), Set.copyOf(once.parties()));
        assertEquals(PartialDate.parse("1980-12-31"), once.end());
    }

    @Test
    void byMemberFileWinsOverDyadsForTheSameAlliance() {
        var r = ImportFixtures.cow().importFiles(List.of(file("cow-dyads.csv"), file("cow-members.csv")));
        assertTrue(r.dataset().organisation("nato").isPresent());
        assertTrue(r.dataset().clause("cow-4001-consultation").isPresent());
    }

    private static final String NO_CCODE2 = "4101,2,United States of America,,United Kingdom,1,1,1960,,,,0,1,0,0,0,1,"
            + "4.1";
    private static final String UNKNOWN_CCODE2 = "4102,220,France,999,Nowhere,1,1,1970,31,12,1980,0,0,0,0,1,0,4.1";
    private static final String BAD_FLAG = "4103,2,United States of America,200,United Kingdom,1,1,1960,,,,0,1,x,0,0,"
            + "1,4.1";

    private ImportResult badDyads() {
        return ImportFixtures.cow().importFiles(List.of(ImportFixtures.csv(dir, "alliance_v4.1_by_dyad.csv",
                DYAD_HEADER, NO_CCODE2, UNKNOWN_CCODE2, BAD_FLAG,
                "4104,2,United States of America,200,United Kingdom,1,1,1960,,,,0,1,0,0,0,1,4.1")));
    }

    private static Problem at(ImportResult r, int line) {
        var found = r.problems().stream().filter(p -> p.line() == line).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void aMissingCcode2IsReportedAtItsOwnColumn() {
        var p = at(badDyads(), 2);
        assertEquals(NO_CCODE2.indexOf(",,United Kingdom") + 2, p.column());
        assertEquals("column ccode2 is empty but required; the row is skipped", p.message());
    }

    @Test
    void anUnknownCodeAtOneEndLeavesTheWholeDyadOut() {
        var r = badDyads();
        var p = at(r, 3);
        assertEquals(UNKNOWN_CCODE2.indexOf(",999,") + 2, p.column());
        assertTrue(p.message().startsWith("unknown COW state code 999 in column ccode2"), p.message());
        assertTrue(r.dataset().state("FRA").isEmpty(), "France came only from the skipped row");
    }

    @Test
    void aMalformedFlagLeavesTheRowOutInsteadOfReadingItAsZero() {
        var r = badDyads();
        var p = at(r, 4);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(BAD_FLAG.indexOf(",x,") + 2, p.column());
        assertEquals("column defense must be 0 or 1, not 'x'; the row is skipped", p.message());
        assertEquals(List.of("cow-4104-consultation"), r.dataset().clauses().stream().map(Clause::id).toList());
    }

    @Test
    void aMalformedFlagInTheByMemberFileLeavesItsRowOut() {
        var r = ImportFixtures.cow().importFiles(List.of(ImportFixtures.csv(dir, "members.csv",
                "version4id,ccode,mem_st_year,mem_end_year,defense,neutrality,nonaggression,entente",
                "7,2,1950,1960,1,0,0,0",
                "7,200,1950,1960,1,0,0,0",
                "7,220,1950,1960,1,0,0,yes")));
        var p = at(r, 4);
        assertTrue(p.message().startsWith("column entente must be 0 or 1, not 'yes'"), p.message());
        assertTrue(r.dataset().state("FRA").isEmpty());
        assertEquals(List.of("cow-7-mutual-defence"), r.dataset().clauses().stream().map(Clause::id).toList(),
                "USA and GBR only: France's row and its entente flag are left out");
    }

    private static final String MEMBER_HEADER = "version4id,ccode,state_name,all_st_day,all_st_month,all_st_year,"
            + "all_end_day,all_end_month,all_end_year,ss_type,mem_st_day,mem_st_month,mem_st_year,mem_end_day,"
            + "mem_end_month,mem_end_year,left_censor,right_censor,defense,neutrality,nonaggression,entente,version";

    @Test
    void theAllianceLevelDatesGiveTheOrganisationsLifetime() {
        var r = ImportFixtures.cow().importFiles(List.of(ImportFixtures.csv(dir, "by_member.csv", MEMBER_HEADER,
                "12,2,United States of America,1,6,1900,31,12,1920,Type I: Defense Pact,1,1,1905,,,1915,0,0,1,0,0,"
                        + "0,4.1",
                "12,200,United Kingdom,1,6,1900,31,12,1920,Type I: Defense Pact,1,1,1905,,,1915,0,0,1,0,0,0,4.1",
                "12,380,Sweden,1,6,1900,31,12,1920,Type I: Defense Pact,1,1,1906,,,1915,0,0,1,0,0,0,4.1",
                "13,2,United States of America,-9,3,1950,,,,Type III: Entente,1,6,1950,,,1960,0,1,0,0,0,1,4.1",
                "13,200,United Kingdom,-9,3,1950,,,,Type III: Entente,1,6,1950,,,1960,0,1,0,0,0,1,4.1",
                "13,220,France,-9,3,1950,,,,Type III: Entente,1,6,1950,,,1960,0,1,0,0,0,1,4.1")));
        assertFalse(r.hasErrors(), r.problems().toString());
        var closed = r.dataset().organisation("cow-12").orElseThrow().lifetime();
        assertEquals(PartialDate.parse("1900-06-01"), closed.start(), "all_st, before any member joined");
        assertEquals(PartialDate.parse("1920-12-31"), closed.end(), "all_end, after every member left");
        var open = r.dataset().organisation("cow-13").orElseThrow().lifetime();
        assertEquals(PartialDate.parse("1950-03"), open.start(), "day -9 (unknown) lowers the precision");
        assertNull(open.end(), "an empty all_end: still in force, although every membership ended in 1960");
        assertTrue(r.dataset().organisation("cow-12").orElseThrow().description().contains("Type I: Defense Pact"));
    }

    @Test
    void rowsOfOneAllianceThatDisagreeOnItsDatesAreReported() {
        var r = ImportFixtures.cow().importFiles(List.of(ImportFixtures.csv(dir, "by_member.csv", MEMBER_HEADER,
                "12,2,United States of America,1,6,1900,,,,Type I: Defense Pact,1,1,1905,,,1915,0,0,1,0,0,0,4.1",
                "12,200,United Kingdom,1,6,1901,,,,Type I: Defense Pact,1,1,1905,,,1915,0,0,1,0,0,0,4.1",
                "12,380,Sweden,1,6,1900,,,,Type I: Defense Pact,1,1,1906,,,1915,0,0,1,0,0,0,4.1")));
        var p = at(r, 3);
        assertEquals(Severity.WARNING, p.severity());
        assertEquals("alliance 12 starts 1901-06-01 here but 1900-06-01 in row 2; that row's value is used",
                p.message());
        assertEquals(PartialDate.parse("1900-06-01"), r.dataset().organisation("cow-12").orElseThrow().lifetime()
                .start());
    }

    @Test
    void anAllianceWithoutObligationFlagsTakesItsTypeFromSsType() {
        var r = ImportFixtures.cow().importFiles(List.of(ImportFixtures.csv(dir, "by_member.csv", MEMBER_HEADER,
                "14,2,United States of America,1,1,1930,,,,Type IIb: Non-Aggression Pact,1,1,1930,,,1940,0,0,0,0,"
                        + "0,0,4.1",
                "14,200,United Kingdom,1,1,1930,,,,Type IIb: Non-Aggression Pact,1,1,1930,,,1940,0,0,0,0,0,0,4.1")));
        assertTrue(r.dataset().clause("cow-14-non-aggression").isPresent(), r.dataset().clauses().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().equals("COW alliance 14 has no obligation flag "
                + "set; imported as non-aggression, as its COW type 'Type IIb: Non-Aggression Pact' says")),
                r.problems().toString());
    }

    @Test
    void theVersionColumnSaysWhichVersionIsCited() {
        var r = ImportFixtures.cow().importFiles(List.of(file("cow-members.csv")));
        assertEquals("Correlates of War Formal Alliances v4.1, alliance 227", r.dataset().organisation("nato")
                .orElseThrow().sources().get(0).title());
        var named = ImportFixtures.cow().importFiles(List.of(ImportFixtures.csv(dir, "alliance_v4.1_by_member.csv",
                "version4id,ccode,mem_st_year,mem_end_year,defense,neutrality,nonaggression,entente",
                "7,2,1950,1960,1,0,0,0", "7,200,1950,1960,1,0,0,0")));
        assertEquals("Correlates of War Formal Alliances v4.1, alliance 7", named.dataset()
                .clause("cow-7-mutual-defence").orElseThrow().sources().get(0).title(), "from the file name");
        var unstated = ImportFixtures.cow().importFiles(List.of(ImportFixtures.csv(dir, "members.csv",
                "version4id,ccode,mem_st_year,mem_end_year,defense,neutrality,nonaggression,entente",
                "7,2,1950,1960,1,0,0,0", "7,200,1950,1960,1,0,0,0")));
        assertEquals("Correlates of War Formal Alliances (version not stated), alliance 7", unstated.dataset()
                .clause("cow-7-mutual-defence").orElseThrow().sources().get(0).title());
        assertTrue(unstated.problems().stream().anyMatch(p -> p.severity() == Severity.WARNING
                && p.message().startsWith("the COW version is not stated in the version column or the file names")),
                unstated.problems().toString());
    }

    @Test
    void aWrongHeaderIsReportedEvenWhenARowIsBadToo() {
        var file = ImportFixtures.csv(dir, "wrong.csv", "alliance,country,from,to", "1,2,1950,1960", "2,3");
        var result = ImportFixtures.cow().importFiles(List.of(file));
        assertTrue(result.problems().stream().anyMatch(p -> p.message().startsWith("missing columns")),
                result.problems()::toString);
        assertFalse(result.onlyRowsSkipped(), "skipping rows cannot help a file of another kind");
    }
}

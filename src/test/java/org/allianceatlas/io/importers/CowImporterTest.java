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
}

package org.allianceatlas.io.importers;

import static org.allianceatlas.io.importers.ImportFixtures.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.TieType;
import org.junit.jupiter.api.Test;

class AtopImporterTest {

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
        assertTrue(nato.sources().get(0).title().startsWith("ATOP v5.1"));
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
}

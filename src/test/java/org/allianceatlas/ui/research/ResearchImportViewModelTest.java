package org.allianceatlas.ui.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.model.Membership;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.dataset.DatasetChoice;
import org.allianceatlas.ui.dataset.LoadProblems;
import org.allianceatlas.ui.task.ManualTaskRunner;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchImportViewModelTest {

    private static final String HEADER = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,bilat,defense,"
            + "offense,neutral,nonagg,consul";

    @TempDir
    static Path dir;

    /** ATOP 3180 (mapped to our NATO) with three founders only, and a bilateral US-UK pact. */
    private static Path atop;
    private static Path cow;
    /** ATOP 3180 with one row of an unknown state code (line 4) and one with a bad obligation flag (line 5). */
    private static Path badRows;
    /** A file whose header lacks columns: not a row problem. */
    private static Path wrongColumns;

    private AtlasService service;
    private final List<ResearchImportViewModel.Imported> imported = new ArrayList<>();
    private final List<LoadProblems> problems = new ArrayList<>();
    private final List<ResearchImportViewModel.SkipOffer> offers = new ArrayList<>();

    @BeforeAll
    static void files() throws IOException {
        atop = Files.writeString(dir.resolve("atop5_1m.csv"), HEADER + "\n"
                + "3180,2,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,200,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,220,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "4990,2,1950,1,1,1960,12,31,1,1,0,0,0,1,0\n"
                + "4990,200,1950,1,1,1960,12,31,1,1,0,0,0,1,0\n");
        cow = Files.writeString(dir.resolve("alliance_v4.1_by_member.csv"),
                "version4id,ccode,mem_st_year,mem_end_year\n1,2,1950,1960\n");
        badRows = Files.writeString(dir.resolve("atop-bad-rows.csv"), HEADER + "\n"
                + "3180,2,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,200,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,999,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,220,1949,4,4,0,0,0,1,0,yes,0,0,0,1\n"
                + "3180,380,1949,4,4,0,0,0,1,0,1,0,0,0,1\n");
        wrongColumns = Files.writeString(dir.resolve("atop-wrong.csv"), "atopid,member,year\n3180,2,1949\n");
    }

    @BeforeEach
    void load() {
        service = new AtlasService();
        assertTrue(service.loadShippedAnd(List.of()).usable());
    }

    private ResearchImportViewModel vm(org.allianceatlas.ui.task.TaskRunner runner) {
        var vm = new ResearchImportViewModel(service, runner, DatasetChoice::shippedData, imported::add);
        vm.problems().subscribe(problems::add);
        vm.skipOffers().subscribe(offers::add);
        return vm;
    }

    private List<String> natoMembers() {
        return service.dataset().membershipsOfOrganisation("nato").stream().map(Membership::stateId).sorted()
                .distinct().toList();
    }

    @Test
    void importWinsForNatoWhenTheUserSaysSo() {
        vm(new SameThreadTaskRunner()).importFiles(ResearchDataset.ATOP, List.of(atop), Precedence.IMPORTED);

        assertEquals(List.of(), problems);
        assertEquals(1, imported.size());
        assertEquals(List.of("FRA", "GBR", "USA"), natoMembers());
        assertTrue(service.dataset().clause("atop-4990-non-aggression").isPresent(), "the bilateral pact");
        var shown = imported.get(0);
        assertEquals(DatasetChoice.shippedData(), shown.remembered(), "CSV files are not remembered");
        assertEquals("Shipped data + atop5_1m.csv", shown.shown().displayName());
        assertTrue(shown.result().report().warnings().stream().anyMatch(p -> p.message().contains("nato")),
                "the conflict is reported");
    }

    @Test
    void loadedDataKeepsNatoWhenTheUserSaysSo() {
        int before = natoMembers().size();
        vm(new SameThreadTaskRunner()).importFiles(ResearchDataset.ATOP, List.of(atop), Precedence.BASE);

        assertEquals(1, imported.size());
        assertEquals(before, natoMembers().size());
        assertTrue(before > 3);
    }

    @Test
    void cowFileChosenAsAtopIsAnErrorThatKeepsTheData() {
        var vm = vm(new SameThreadTaskRunner());
        var organisations = service.dataset().organisations().size();
        vm.importFiles(ResearchDataset.ATOP, List.of(atop, cow), Precedence.BASE);

        assertEquals(List.of(), imported);
        assertEquals(1, problems.size());
        var p = problems.get(0);
        assertEquals(LoadProblems.Outcome.PREVIOUS_KEPT, p.outcome());
        assertTrue(p.reportText().contains("alliance_v4.1_by_member.csv") && p.reportText().contains("Import COW"),
                p.reportText());
        assertEquals(organisations, service.dataset().organisations().size());
        assertEquals("Could not import 2 ATOP files.", vm.messageProperty().get());
    }

    @Test
    void runsOffTheUiThreadAndRefusesASecondImportMeanwhile() {
        var runner = new ManualTaskRunner();
        var vm = vm(runner);
        vm.importFiles(ResearchDataset.ATOP, List.of(atop), Precedence.BASE);
        vm.importFiles(ResearchDataset.ATOP, List.of(atop), Precedence.IMPORTED);

        assertTrue(vm.runningProperty().get());
        assertEquals(1, runner.pending());
        assertEquals(List.of(), imported, "nothing happens until the work has run");
        runner.runAll();
        assertFalse(vm.runningProperty().get());
        assertEquals(1, imported.size());
        assertTrue(vm.messageProperty().get().startsWith("Imported ATOP file atop5_1m.csv"),
                vm.messageProperty().get());
    }

    @Test
    void anImportWhoseOnlyErrorsAreRowsIsOfferedWithoutThemAndChangesNothingUntilThen() {
        var vm = vm(new SameThreadTaskRunner());
        var before = natoMembers();
        vm.importFiles(new ImportChoice(ResearchDataset.ATOP, List.of(badRows), Precedence.IMPORTED));

        assertEquals(List.of(), imported);
        assertEquals(List.of(), problems, "offered, not just refused");
        assertEquals(before, natoMembers(), "nothing changed yet");
        assertEquals(1, offers.size());
        var offer = offers.get(0);
        assertEquals(LoadProblems.Outcome.ROWS_CAN_BE_LEFT_OUT, offer.problems().outcome());
        var report = offer.problems().reportText();
        assertTrue(report.contains(badRows + ":4:6: error: unknown COW state code 999 in column member"), report);
        assertTrue(report.contains(badRows + ":5:29: error: column defense must be 0 or 1, not 'yes'; the row is "
                + "skipped"), report);
        assertTrue(offer.withoutBadRows().skipBadRows());
        assertEquals(List.of(badRows), offer.withoutBadRows().files());

        vm.importFiles(offer.withoutBadRows());
        assertEquals(1, imported.size());
        assertEquals(List.of("GBR", "SWE", "USA"), natoMembers(), "everything but the two rows");
        var warnings = imported.get(0).result().report().warnings();
        assertTrue(warnings.stream().anyMatch(p -> p.line() == 4 && p.message().contains("999")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(p -> p.line() == 5 && p.message().contains("defense")),
                warnings.toString());
        assertTrue(imported.get(0).choice().skipBadRows(), "remembered for the next session");
    }

    @Test
    void anImportWithAWholeFileProblemIsNotOfferedWithoutRows() {
        vm(new SameThreadTaskRunner()).importFiles(new ImportChoice(ResearchDataset.ATOP, List.of(badRows,
                wrongColumns), Precedence.IMPORTED));

        assertEquals(List.of(), offers);
        assertEquals(1, problems.size());
        assertEquals(LoadProblems.Outcome.PREVIOUS_KEPT, problems.get(0).outcome());
        assertTrue(problems.get(0).reportText().contains("missing column"), problems.get(0).reportText());
    }
}

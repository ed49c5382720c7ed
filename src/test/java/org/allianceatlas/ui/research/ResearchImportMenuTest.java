package org.allianceatlas.ui.research;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.dataset.DatasetChoice;
import org.allianceatlas.ui.dataset.ProblemReportDialog;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The menu's wiring of an import whose only errors are rows: the problem report opens with the rows and a button
 * that makes the import without them.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ResearchImportMenuTest {

    @TempDir
    Path dir;

    private final List<ResearchImportViewModel.Imported> imported = new ArrayList<>();
    private ResearchImportViewModel vm;

    @Start
    void start(Stage stage) {
        var service = new AtlasService();
        service.loadShippedAnd(List.of());
        vm = new ResearchImportViewModel(service, new SameThreadTaskRunner(), DatasetChoice::shippedData,
                imported::add);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        new ResearchImportMenu(stage, vm);
    }

    @Test
    void theReportOfBadRowsOffersTheImportWithoutThem(FxRobot robot) throws IOException {
        var atop = Files.writeString(dir.resolve("atop5_1m.csv"), "atopid,member,yrent,moent,dayent,yrexit,moexit,"
                + "dayexit,phase,bilat,defense,offense,neutral,nonagg,consul\n"
                + "3180,2,1949,4,4,0,0,0,1,0,1,0,0,0,1\n"
                + "3180,999,1949,4,4,0,0,0,1,0,1,0,0,0,1\n");
        fxRun(() -> vm.importFiles(ResearchDataset.ATOP, List.of(atop), Precedence.BASE));
        waitUntil("the problem report", () -> robot.lookup("#problemReport").tryQuery().isPresent());
        var report = fx(() -> robot.lookup("#problemReport").queryAs(TextArea.class).getText());
        assertTrue(report.contains(atop + ":3:6: error: unknown COW state code 999"), report);
        assertEquals(List.of(), imported, "nothing imported before the user agrees");

        robot.clickOn(ProblemReportDialog.LEAVE_ROWS_OUT.getText());
        waitUntil("the import without the row", () -> !imported.isEmpty());
        assertTrue(imported.get(0).choice().skipBadRows());
        assertTrue(imported.get(0).result().report().warnings().stream()
                .anyMatch(p -> p.line() == 3 && p.message().contains("999")));
    }
}

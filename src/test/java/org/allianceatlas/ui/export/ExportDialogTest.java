package org.allianceatlas.ui.export;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutFactory;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.UiFixtures;
import org.allianceatlas.ui.shared.FileChoosers;
import org.allianceatlas.ui.task.BackgroundTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The export dialog on the shipped data of 2024, writing through a background runner to a path the test hands in
 * place of the native chooser: the file written is the one the options describe.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private final List<String> asked = new ArrayList<>();
    private ExportViewModel vm;
    private Dialog<ButtonType> dialog;
    private Path nextTarget;

    @Start
    void start(Stage stage) {
        var view = new AlignmentGraph(UiFixtures.shipped()).view(FilterCriteria.forYear(2024));
        var positions = LayoutFactory.forKind(LayoutKind.GEOGRAPHIC).layout(view, Positions.empty());
        vm = new ExportViewModel(runner, new AtlasService());
        vm.setSubject(view, positions);
        vm.setWindowSize(1200, 800);
        var choosers = new FileChoosers() {
            @Override
            public Optional<Path> dataFile(Window owner, String title) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                asked.add(title);
                return Optional.ofNullable(nextTarget);
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String name, String extension) {
                asked.add(name);
                return Optional.ofNullable(nextTarget);
            }
        };
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialog = ExportDialog.create(stage, vm, choosers);
        dialog.show();
    }

    @AfterEach
    void close() {
        fxRun(() -> dialog.close());
        runner.close();
    }

    @Test
    void aPngWrittenFromTheDialogHasTheChosenSizeAndIsNotBlank(FxRobot robot, @TempDir Path dir) throws Exception {
        waitUntil("the first preview", () -> robot.lookup("#exportPreview").queryAs(ImageView.class)
                .getImage() != null);
        fxRun(() -> {
            vm.pageProperty().set(PagePreset.A4_PORTRAIT);
            vm.scaleProperty().set(1);
        });
        waitUntil("the preview redrawn upright", () -> {
            var img = robot.lookup("#exportPreview").queryAs(ImageView.class).getImage();
            return img != null && img.getHeight() > img.getWidth();
        });
        nextTarget = dir.resolve("atlas.png");
        clickExport(robot);
        waitUntil("the PNG written and the dialog closed", () -> !dialog.isShowing());
        assertEquals(List.of("alliance-atlas-2024.png"), asked);
        var png = ImageIO.read(nextTarget.toFile());
        assertEquals(PageSize.A4_PORTRAIT.width(), png.getWidth());
        assertEquals(PageSize.A4_PORTRAIT.height(), png.getHeight());
        var colours = new HashSet<Integer>();
        for (int y = 0; y < png.getHeight(); y += 4) {
            for (int x = 0; x < png.getWidth(); x += 4) {
                colours.add(png.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "not blank: " + colours.size() + " colours");
    }

    @Test
    void anSvgWrittenFromTheDialogParses(FxRobot robot, @TempDir Path dir) throws Exception {
        var format = robot.lookup("#exportFormat").queryAs(ChoiceBox.class);
        fxRun(() -> format.setValue(ExportFormat.SVG));
        assertEquals(ExportFormat.SVG, vm.formatProperty().get());
        nextTarget = dir.resolve("atlas.svg");
        clickExport(robot);
        waitUntil("the SVG written and the dialog closed", () -> !dialog.isShowing());
        var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(nextTarget.toFile());
        assertEquals("svg", svg.getDocumentElement().getLocalName() == null
                ? svg.getDocumentElement().getNodeName() : svg.getDocumentElement().getLocalName());
        assertTrue(Files.readString(nextTarget).contains("Defence alignments, 2024"));
    }

    @Test
    void aFolderWithAnEarlierCsvExportIsOnlyReplacedWhenTheUserSaysSo(FxRobot robot, @TempDir Path dir)
            throws Exception {
        fxRun(() -> vm.formatProperty().set(ExportFormat.CSV));
        Files.writeString(dir.resolve("nodes.csv"), "mine");
        nextTarget = dir;
        clickExport(robot);
        waitUntil("the question", () -> robot.lookup(".dialog-pane").queryAll().size() > 1);
        robot.clickOn("No");
        assertEquals("mine", Files.readString(dir.resolve("nodes.csv")));
        assertTrue(fx(dialog::isShowing), "still open after No");

        clickExport(robot);
        waitUntil("the question", () -> robot.lookup(".dialog-pane").queryAll().size() > 1);
        robot.clickOn("Yes");
        waitUntil("the CSV written and the dialog closed", () -> !dialog.isShowing());
        assertTrue(Files.readString(dir.resolve("nodes.csv")).contains("GRC"));
    }

    @Test
    void anUnwritablePathShowsTheMessageAndKeepsTheDialogOpen(FxRobot robot, @TempDir Path dir) {
        nextTarget = dir.resolve("missing").resolve("atlas.png");
        clickExport(robot);
        waitUntil("the error", () -> robot.lookup(".dialog-pane").queryAll().size() > 1);
        assertTrue(fx(dialog::isShowing));
        assertFalse(Files.exists(nextTarget));
        assertTrue(robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> n instanceof DialogPane p && p.getContentText() != null
                        && p.getContentText().contains("missing")));
    }

    private void clickExport(FxRobot robot) {
        var pane = fx(() -> dialog.getDialogPane());
        robot.clickOn(fx(() -> pane.lookupButton(ExportDialog.EXPORT)));
    }
}

package org.allianceatlas.ui;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.shared.ExternalLinks;
import org.allianceatlas.ui.task.BackgroundTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window at its smallest and at its default size: every year label shows its four digits, the metrics
 * table keeps rows and scrolls to every column, and no legend entry is cut off.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainViewSizesTest {

    private final AtlasService service = new AtlasService();
    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var window = FxTesting.showMainWindow(stage, service, runner, () -> null, new ExternalLinks(url -> { }));
        vm = window.vm();
        view = window.view();
    }

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    /** What a label shows: its text, or less of it ending in "…" when it does not fit. */
    private static String shown(Labeled label) {
        return label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    private static boolean cutOff(Labeled label) {
        var text = label.getText() == null ? "" : label.getText();
        return !text.isEmpty() && !shown(label).replaceAll("\\s+", " ").strip()
                .equals(text.replaceAll("\\s+", " ").strip());
    }

    private static void labels(Node node, List<Labeled> into) {
        if (node instanceof Labeled l) {
            into.add(l);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> labels(c, into));
        }
    }

    private void smallest() {
        fxRun(() -> {
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        waitUntil("the window at its smallest", () -> stage.getWidth() == stage.getMinWidth()
                && stage.getHeight() == stage.getMinHeight());
        FxTesting.settled(vm, runner);
    }

    @Test
    void atTheSmallestSizeTheYearsShowInFull(FxRobot robot) {
        smallest();
        var year = String.valueOf(vm.filters().year());
        for (var id : List.of("#playYear", "#statusYear", "#yearLabel")) {
            var label = robot.lookup(id).queryAs(Labeled.class);
            waitUntil(id + " laid out", () -> !shown(label).isEmpty());
            assertEquals(year, fx(() -> shown(label)), id + " shows the whole year");
        }
    }

    @Test
    void atTheSmallestSizeTheMetricsTableShowsRowsAndScrollsToEveryColumn(FxRobot robot) {
        smallest();
        fxRun(() -> view.analysisPanel().selectTab("metricsTab"));
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#metricsTable").queryAs(TableView.class);
        waitUntil("the metrics computed", () -> !table.getItems().isEmpty());
        int rows = fx(() -> (int) table.lookupAll(".table-row-cell").stream().filter(r -> r instanceof TableRow<?> row
                && row.getItem() != null && row.isVisible() && table.sceneToLocal(row.localToScene(
                        row.getBoundsInLocal())).getMaxY() <= table.getHeight()).count());
        assertTrue(rows >= 4, "the table shows a few rows: " + rows);
        var last = fx(() -> table.getColumns().get(table.getColumns().size() - 1));
        double columns = fx(() -> table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum());
        if (columns > fx(table::getWidth)) {
            var bar = fx(() -> table.lookupAll(".scroll-bar").stream().filter(ScrollBar.class::isInstance)
                    .map(ScrollBar.class::cast).filter(b -> b.getOrientation() == Orientation.HORIZONTAL)
                    .findFirst().orElseThrow(() -> new AssertionError("no horizontal scroll bar")));
            assertTrue(fx(bar::isVisible), "the table scrolls sideways to the columns that do not fit");
            fxRun(() -> table.scrollToColumn(last));
            waitUntil("the last column in view", () -> {
                var header = table.lookupAll(".column-header").stream()
                        .filter(h -> h instanceof TableColumnHeader th && th.getTableColumn() == last).findFirst();
                var bounds = header.map(h -> table.sceneToLocal(h.localToScene(h.getBoundsInLocal())));
                return bounds.isPresent() && bounds.get().getMinX() >= 0 && bounds.get().getMaxX()
                        <= table.getWidth() + 1;
            });
        }
        for (var c : fx(table::getColumns)) {
            assertTrue(fx(c::getWidth) >= 60, c.getText() + " keeps a readable width: " + fx(c::getWidth));
        }
    }

    @Test
    void noLegendEntryIsCutOffAtTheDefaultOrTheSmallestSize(FxRobot robot) {
        FxTesting.settled(vm, runner);
        assertNoLegendLabelCutOff(robot, "default size");
        smallest();
        assertNoLegendLabelCutOff(robot, "smallest size");
        // The longest entries: the communities' note, the arms transfers' "(supplier → recipient)".
        fxRun(() -> vm.analysis().blocs().colourByCommunityProperty().set(true));
        waitUntil("the communities in the legend", () -> view.canvas().legendProperty().get() != null
                && view.canvas().legendProperty().get().notes().stream().anyMatch(n -> n.contains("communities")));
        assertNoLegendLabelCutOff(robot, "smallest size, states coloured by community");
    }

    private void assertNoLegendLabelCutOff(FxRobot robot, String when) {
        var legend = robot.lookup("#legendPane").query();
        waitUntil("the legend drawn", () -> {
            var all = new ArrayList<Labeled>();
            labels(legend, all);
            return all.stream().anyMatch(l -> l.getText() != null && l.getText().contains("recipient"));
        });
        var cut = fx(() -> {
            var all = new ArrayList<Labeled>();
            labels(legend, all);
            return all.stream().filter(l -> l != legend).filter(MainViewSizesTest::cutOff)
                    .map(l -> l.getText() + " → " + shown(l)).toList();
        });
        assertTrue(cut.isEmpty(), "cut off at the " + when + ": " + cut);
    }
}

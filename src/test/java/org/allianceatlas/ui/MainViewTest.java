package org.allianceatlas.ui;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.render.TieGeometry;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.TieType;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.export.ExportDialog;
import org.allianceatlas.ui.filter.CheckItem;
import org.allianceatlas.ui.filter.RegionGroup;
import org.allianceatlas.ui.shared.ExternalLinks;
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
 * The main window wired to the real service, layouts, canvas and a background runner, on the shipped data: what
 * the user does with the controls reaches the canvas.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    private final AtlasService service = new AtlasService();
    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private final List<String> opened = new ArrayList<>();
    private Path nextFile;
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        var window = FxTesting.showMainWindow(stage, service, runner, () -> nextFile, new ExternalLinks(opened::add));
        vm = window.vm();
        view = window.view();
    }

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    private void settled() {
        FxTesting.settled(vm, runner);
    }

    private Actor actor(String id) {
        return service.dataset().actor(id).orElseThrow();
    }

    private MembershipTie membership(String state, String organisation) {
        return service.graph().membershipTies().stream().filter(t -> t.membership().stateId().equals(state)
                && t.organisation().id().equals(organisation)).findFirst().orElseThrow();
    }

    private boolean drawn(Actor a) {
        return fx(() -> view.canvas().isShown(a));
    }

    private boolean drawn(Tie t) {
        return fx(() -> view.canvas().inScene(t));
    }

    @Test
    void startsOnTheShippedDataAndDrawsVerticesAndTies(FxRobot robot) {
        settled();
        var frame = vm.frame();
        assertEquals(frame.view().vertices().size(), fx(() -> view.canvas().shownVertexCount()));
        // The world view starts zoomed out, where the level of detail hides the minor ties; zoomed in, all are drawn.
        long major = frame.view().ties().stream().filter(t -> !TieGeometry.isMinor(t)).count();
        assertEquals(fx(() -> view.canvas().minorTiesHiddenProperty().get()) ? major : frame.view().ties().size(),
                (long) fx(() -> view.canvas().sceneTieCount()));
        fxRun(() -> view.canvas().zoomProperty().set(1));
        assertEquals(frame.view().ties().size(), fx(() -> view.canvas().sceneTieCount()));
        assertTrue(frame.view().ties().size() > 100);
        var counts = robot.lookup("#statusCounts").queryAs(Label.class);
        assertEquals(frame.view().states().size() + " states · " + frame.view().organisations().size()
                + " organisations · " + String.format("%,d", frame.view().ties().size()) + " ties",
                fx(counts::getText));
        assertEquals("Shipped data", fx(() -> robot.lookup("#statusDataset").queryAs(Label.class).getText()));
    }

    @Test
    void theYearSliderDecidesWhetherSwedenHasANatoTie(FxRobot robot) {
        settled();
        var slider = robot.lookup("#yearSlider").queryAs(Slider.class);
        var sweNato = membership("SWE", "nato");

        fxRun(() -> slider.setValue(2023));
        settled();
        assertEquals("2023", fx(() -> robot.lookup("#yearLabel").queryAs(Label.class).getText()));
        assertFalse(drawn(sweNato), "no SWE–NATO tie in 2023");

        robot.clickOn(slider);
        fxRun(() -> slider.setValue(2023));
        robot.type(KeyCode.RIGHT);
        settled();
        assertEquals(2024, vm.filters().year(), "the right arrow steps one year");
        assertTrue(drawn(sweNato), "SWE–NATO tie in 2024");
    }

    @Test
    void untickingAnOrganisationRemovesItAndItsTiesAndTickingBackRestoresThemInPlace(FxRobot robot) {
        settled();
        var nato = actor("nato");
        var natoTies = vm.frame().view().membershipTies().stream()
                .filter(t -> t.organisation().equals(nato)).toList();
        var before = fx(() -> view.canvas().currentPositions());

        var box = organisationCheckBox(robot, "nato");
        robot.clickOn(box);
        settled();
        assertFalse(drawn(nato), "NATO is hidden");
        natoTies.forEach(t -> assertFalse(drawn(t), "hidden with NATO: " + t.id()));

        robot.clickOn(organisationCheckBox(robot, "nato"));
        settled();
        assertTrue(drawn(nato), "NATO is back");
        natoTies.forEach(t -> assertTrue(drawn(t), "back with NATO: " + t.id()));
        // The vertices glide back in a short motion that may outlast the layout work the runner reports.
        waitUntil("every vertex is back in place", () -> samePlaces(before, view.canvas().currentPositions()));
        assertSamePlaces(before, fx(() -> view.canvas().currentPositions()));
    }

    private static boolean samePlaces(Positions expected, Positions actual) {
        return expected.asMap().keySet().equals(actual.asMap().keySet()) && expected.asMap().entrySet().stream()
                .allMatch(e -> e.getValue().distance(actual.of(e.getKey()).orElseThrow()) < 1e-6);
    }

    private static void assertSamePlaces(Positions expected, Positions actual) {
        assertEquals(expected.asMap().keySet(), actual.asMap().keySet());
        for (var e : expected.asMap().entrySet()) {
            var p = actual.of(e.getKey()).orElseThrow();
            assertEquals(e.getValue().x(), p.x(), 1e-6, e.getKey());
            assertEquals(e.getValue().y(), p.y(), 1e-6, e.getKey());
        }
    }

    @SuppressWarnings("unchecked")
    private CheckBox organisationCheckBox(FxRobot robot, String id) {
        var cell = robot.lookup("#organisationTree").lookup((Node n) -> n instanceof TreeCell<?> c
                && c.getItem() instanceof CheckItem<?> item && item.value() instanceof Actor a && a.id().equals(id))
                .queryAs(TreeCell.class);
        return (CheckBox) cell.getGraphic();
    }

    @Test
    void untickingEuropeRemovesEuropeanStatesOnly(FxRobot robot) {
        settled();
        var greece = actor("GRC");
        var japan = actor("JPN");
        assertTrue(drawn(greece));
        var cell = robot.lookup("#regionTree").lookup((Node n) -> n instanceof TreeCell<?> c
                && c.getItem() instanceof RegionGroup g && g.region() == Region.EUROPE).queryAs(TreeCell.class);
        robot.clickOn((Node) cell.getGraphic());
        settled();
        assertFalse(drawn(greece), "Greece hidden with Europe");
        assertTrue(drawn(japan), "Japan still drawn");
        assertTrue(vm.frame().view().states().stream().noneMatch(s -> s.region() == Region.EUROPE));
    }

    @Test
    void worldThenEuropeDrawsExactlyWhatEuropeChosenAnotherWayDraws(FxRobot robot) {
        settled();
        // World → untick every region but Europe.
        for (var r : Region.values()) {
            if (r != Region.EUROPE) {
                clickRegion(robot, r);
            }
        }
        var onlyEurope = screen();
        // Europe + Asia, then Asia off: the same filters reached another way.
        clickRegion(robot, Region.ASIA);
        screen();
        clickRegion(robot, Region.ASIA);
        var again = screen();
        assertEquals(onlyEurope.keySet(), again.keySet());
        onlyEurope.forEach((id, p) -> {
            var q = again.get(id);
            assertEquals(p[0], q[0], 1e-6, id + " x");
            assertEquals(p[1], q[1], 1e-6, id + " y");
            assertEquals(p[2], q[2], 1e-6, id + " label");
        });
        for (var r : Region.values()) {
            if (r != Region.EUROPE) {
                clickRegion(robot, r);
            }
        }
        settled();
    }

    private void clickRegion(FxRobot robot, Region region) {
        var cell = robot.lookup("#regionTree").lookup((Node n) -> n instanceof TreeCell<?> c
                && c.getItem() instanceof RegionGroup g && g.region() == region).queryAs(TreeCell.class);
        robot.clickOn((Node) cell.getGraphic());
    }

    /**
     * What the canvas shows once the filters are drawn and the motion has ended: each vertex's place in the window
     * and its label's baseline (NaN when unlabelled), by id.
     */
    private Map<String, double[]> screen() {
        settled();
        waitUntil("vertices at rest", () -> view.canvas().currentPositions().asMap()
                .equals(vm.frame().positions().asMap()));
        return fx(() -> {
            var scene = view.canvas().scene();
            var toWindow = view.canvas().node().getChildrenUnmodifiable().get(1).getLocalToParentTransform();
            var map = new java.util.TreeMap<String, double[]>();
            for (var v : scene.vertices()) {
                var p = toWindow.transform(v.x(), v.y());
                var label = scene.label(v.actor());
                map.put(v.actor().id(), new double[] {p.getX(), p.getY(),
                        label.map(l -> l.placed().baseline()).orElse(Double.NaN)});
            }
            return map;
        });
    }

    @Test
    void untickingArmsTransfersRemovesThoseTies(FxRobot robot) {
        settled();
        var transfers = vm.frame().view().clauseTies().stream()
                .filter(t -> t.clause().type() == TieType.ARMS_TRANSFER).toList();
        assertFalse(transfers.isEmpty());
        transfers.forEach(t -> assertTrue(drawn(t)));
        // The tie types are below the organisation list: fold it away, as a user would, to reach them.
        var organisations = robot.lookup("#filterPanel").lookup((Node n) -> n instanceof TitledPane p
                && p.getText().equals("Organisations")).queryAs(TitledPane.class);
        robot.clickOn(organisations.lookup(".title"));
        waitUntil("the organisation list folded", () -> !organisations.isExpanded());
        robot.clickOn("#tieType-arms_transfer");
        settled();
        transfers.forEach(t -> assertFalse(drawn(t), "hidden: " + t.id()));
    }

    @Test
    void clickingAStateShowsItsDetails(FxRobot robot) {
        settled();
        var japan = actor("JPN");
        var node = robot.lookup((Node n) -> n instanceof SmartGraphVertexNode<?> v
                && japan.equals(v.getUnderlyingVertex().element())).queryAs(Node.class);
        robot.clickOn(node);
        waitUntil("Japan's details", () -> "Japan (JPN)".equals(
                robot.lookup("#detailsTitle").queryAs(Label.class).getText()));
        assertEquals(japan, fx(() -> view.canvas().selectedActorProperty().get()));
        assertTrue(vm.details().details().plainText().contains("Memberships in 2025"));
    }

    @Test
    void searchFindsAndSelectsGreece(FxRobot robot) {
        settled();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Greece");
        waitUntil("suggestions", () -> !vm.search().hits().isEmpty());
        robot.type(KeyCode.ENTER);
        waitUntil("Greece selected", () -> actor("GRC").equals(view.canvas().selectedActorProperty().get()));
        assertEquals("Greece (GRC)", fx(() -> robot.lookup("#detailsTitle").queryAs(Label.class).getText()));
    }

    @Test
    void aStateSelectedOnTheCanvasAfterASearchEmptiesTheSearchBox(FxRobot robot) {
        settled();
        var field = robot.lookup("#searchField").queryAs(TextField.class);
        robot.clickOn(field).write("Greece");
        waitUntil("suggestions", () -> !vm.search().hits().isEmpty());
        robot.type(KeyCode.ENTER);
        waitUntil("Greece selected", () -> actor("GRC").equals(view.canvas().selectedActorProperty().get()));
        assertEquals("Greece (GRC)", fx(field::getText), "the box shows what it found");
        fxRun(() -> view.canvas().select(actor("FRA"))); // what a click on France does
        waitUntil("France's details", () -> "France (FRA)".equals(
                robot.lookup("#detailsTitle").queryAs(Label.class).getText()));
        assertEquals("", fx(field::getText), "no stale Greece in the box");
    }

    @Test
    void searchFindsTheTreatyOfAachenAndSaysWhenNothingMatches(FxRobot robot) {
        settled();
        var field = robot.lookup("#searchField").queryAs(TextField.class);
        robot.clickOn(field).write("Aachen");
        waitUntil("suggestions", () -> !vm.search().hits().isEmpty());
        robot.type(KeyCode.ENTER);
        waitUntil("the Aachen tie selected", () -> view.canvas().selectedTieProperty().get() instanceof ClauseTie t
                && t.clause().id().equals("aachen-2019"));
        assertEquals("Treaty of Aachen (Franco-German cooperation and integration)",
                fx(() -> robot.lookup("#detailsTitle").queryAs(Label.class).getText()));

        fxRun(field::selectAll);
        robot.write("Atlantis");
        waitUntil("the no-hit line", () -> robot.lookup("#searchHitsNone").tryQueryAs(Label.class)
                .filter(l -> l.isVisible() && l.getScene() != null && l.getScene().getWindow().isShowing())
                .isPresent());
        assertEquals("No state, organisation or treaty matches “Atlantis”.",
                fx(() -> robot.lookup("#searchHitsNone").queryAs(Label.class).getText()));
    }

    @Test
    void aSourceLinkInTheDetailsOpensInTheBrowser(FxRobot robot) {
        settled();
        fxRun(() -> vm.focus(actor("SWE")));
        var link = robot.lookup("#detailsContent").lookup((Node n) -> n instanceof Hyperlink)
                .queryAs(Hyperlink.class);
        robot.clickOn(link);
        waitUntil("the link opened", () -> !opened.isEmpty());
        assertTrue(opened.get(0).startsWith("http"), opened.toString());
    }

    @Test
    void exportWritesWhatIsOnScreen(FxRobot robot, @TempDir Path dir) throws Exception {
        settled();
        nextFile = dir.resolve("atlas.svg");
        robot.clickOn("File").clickOn("#export");
        var format = robot.lookup("#exportFormat").queryAs(ChoiceBox.class);
        fxRun(() -> vm.export().formatProperty().set(ExportFormat.SVG));
        assertEquals(ExportFormat.SVG, fx(format::getValue));
        var pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(fx(() -> pane.lookupButton(ExportDialog.EXPORT)));
        waitUntil("the SVG written", () -> Files.exists(nextFile) && !runner.progress().isBusy());
        var svg = Files.readString(nextFile);
        assertTrue(svg.contains("<svg") && svg.contains("2025"), "an SVG of 2025");
        assertTrue(fx(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText())
                .startsWith("Exported SVG of 2025"));
    }

    @Test
    void aMalformedFileShowsTheReportAndLeavesThePreviousGraph(FxRobot robot) {
        settled();
        int vertices = fx(() -> view.canvas().shownVertexCount());
        int ties = fx(() -> view.canvas().sceneTieCount());
        var frame = vm.frame();
        nextFile = UiFixtures.malformedFile();

        robot.clickOn("File").clickOn("Open dataset…");
        waitUntil("the problem report", () -> robot.lookup("#problemReport").tryQuery().isPresent());
        var report = fx(() -> robot.lookup("#problemReport").queryAs(TextArea.class).getText());
        assertTrue(report.contains("malformed.json:3:"), report);
        assertTrue(fx(() -> robot.lookup("#problemSummary").queryAs(Label.class).getText())
                .contains("previous data is still shown"));

        assertEquals(frame, vm.frame(), "the frame is untouched");
        assertEquals(vertices, fx(() -> view.canvas().shownVertexCount()));
        assertEquals(ties, fx(() -> view.canvas().sceneTieCount()));
        assertEquals("Shipped data", vm.datasetNameProperty().get());
        robot.clickOn("Close");
    }
}

package org.allianceatlas.ui.analysis;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BiPredicate;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.allianceatlas.analysis.Bloc;
import org.allianceatlas.analysis.Change;
import org.allianceatlas.analysis.GraphKind;
import org.allianceatlas.analysis.Metric;
import org.allianceatlas.analysis.MetricsTable;
import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.State;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.FxTesting;
import org.allianceatlas.ui.MainView;
import org.allianceatlas.ui.MainViewModel;
import org.allianceatlas.ui.UiFixtures;
import org.allianceatlas.ui.shared.ExternalLinks;
import org.allianceatlas.ui.task.BackgroundTaskRunner;
import org.allianceatlas.ui.time.PlaybackViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analysis tabs and playback bar in the real main window on the shipped data: playing moves the year, compare
 * mode colours added ties on the canvas, two states picked on the canvas or typed into the pickers show a path, the
 * year slider marks the years where the ties changed.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AnalysisPanelTest {

    private final AtlasService service = new AtlasService();
    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        var window = FxTesting.showMainWindow(stage, service, runner, () -> null, new ExternalLinks(url -> { }));
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

    /** The shipped data of 2024 on the canvas, settled, and the tab with this id showing. */
    private void showIn2024(String tab) {
        settled();
        fxRun(() -> vm.filters().setYear(2024));
        settled();
        fxRun(() -> view.analysisPanel().selectTab(tab));
    }

    private Actor actor(String id) {
        return service.dataset().actor(id).orElseThrow();
    }

    @Test
    void playbackAdvancesTheYear(FxRobot robot) {
        settled();
        fxRun(() -> vm.filters().setYear(1990));
        settled();
        robot.clickOn("#playButton");
        waitUntil("the year moves on", () -> vm.filters().year() > 1991);
        assertTrue(fx(() -> vm.analysis().playback().playingProperty().get()));
        robot.clickOn("#playButton");
        assertFalse(fx(() -> vm.analysis().playback().playingProperty().get()));
        assertTrue(fx(() -> robot.lookup("#playButton").queryAs(Button.class).getText()).contains("Play"));
    }

    @Test
    void compareModeColoursAnAddedTieOnTheCanvas(FxRobot robot) {
        settled();
        var compare = vm.analysis().compare();
        fxRun(() -> {
            view.analysisPanel().selectTab("compareTab");
            compare.yearAProperty().set(2021);
            compare.yearBProperty().set(2024);
        });
        robot.clickOn("#compareMode");
        waitUntil("year B is shown with the comparison", () -> vm.frame() != null
                && vm.frame().view().criteria().year() == 2024 && compare.comparisonProperty().get() != null
                && compare.comparisonProperty().get().from() == 2021);
        settled();
        var sweNato = service.graph().membershipTies().stream().filter(t -> t.membership().stateId().equals("SWE")
                && t.organisation().id().equals("nato")).findFirst().map(MembershipTie.class::cast).orElseThrow();
        var blue = VisualStyle.of(Theme.LIGHT).added();
        waitUntil("Sweden's NATO tie is blue", () -> blue.equals(tieColour(sweNato)));
        assertTrue(fx(() -> view.canvas().inScene(sweNato)));
        assertTrue(fx(() -> robot.lookup("#compareLegend").query().isVisible()), "the legend explains the colours");

        @SuppressWarnings("unchecked")
        ListView<Change> changes = robot.lookup("#compareChanges").queryAs(ListView.class);
        var swedenJoins = fx(() -> changes.getItems().stream().filter(c -> c.tie().equals(sweNato)).findFirst()
                .orElseThrow());
        fxRun(() -> changes.getSelectionModel().select(swedenJoins));
        assertEquals(sweNato, fx(() -> view.canvas().selectedTieProperty().get()), "clicking a change selects it");

        robot.clickOn("#compareMode");
        waitUntil("colours are gone", () -> !blue.equals(tieColour(sweNato)));
    }

    @Test
    void twoStatesPickedOnTheCanvasShowAPath(FxRobot robot) {
        settled();
        fxRun(() -> view.analysisPanel().selectTab("pathTab"));
        fxRun(() -> view.canvas().select(actor("GRC")));
        fxRun(() -> view.canvas().select(actor("NOR")));
        var path = vm.analysis().path();
        waitUntil("a path is found", () -> path.resultProperty().get() != null);
        assertTrue(fx(() -> path.resultProperty().get().found()));
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#pathLines").queryAs(ListView.class);
        assertTrue(fx(() -> lines.getItems().get(0)).startsWith("GRC to NOR in"), fx(() -> lines.getItems().get(0)));
        fxRun(() -> view.canvas().clearSelection());
        assertTrue(fx(() -> view.canvas().overlay().highlightedActors().contains(actor("GRC"))),
                "the path stays highlighted on the canvas");
    }

    @Test
    void typingGreeAndEnterPicksGreeceThenAPathToNorwayIsShown(FxRobot robot) {
        showIn2024("pathTab");
        var path = vm.analysis().path();
        robot.clickOn("#pathFrom").write("gree");
        waitUntil("Greece is suggested", () -> !path.fromSearch().hits().isEmpty());
        robot.type(KeyCode.ENTER);
        waitUntil("Greece is picked", () -> path.fromProperty().get() != null);
        assertEquals("GRC", fx(() -> path.fromProperty().get().id()));
        assertEquals("Greece (GRC)", fx(() -> robot.lookup("#pathFrom").queryAs(TextField.class).getText()));

        robot.clickOn("#pathTo").write("norw");
        waitUntil("Norway is suggested", () -> !path.toSearch().hits().isEmpty());
        robot.type(KeyCode.ENTER);
        waitUntil("a path is found", () -> path.resultProperty().get() != null
                && path.resultProperty().get().year() == 2024);
        assertEquals("NOR", fx(() -> path.toProperty().get().id()));
        assertTrue(fx(() -> path.resultProperty().get().found()));
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#pathLines").queryAs(ListView.class);
        assertTrue(fx(() -> lines.getItems().get(0)).startsWith("GRC to NOR in 2024"),
                fx(() -> lines.getItems().get(0)));
    }

    @Test
    void theYearSliderMarksEachYearWhereTheTiesChangedUnderTheThumbsPosition(FxRobot robot) {
        settled();
        var playback = vm.analysis().playback();
        waitUntil("the change years are counted", () -> !playback.changeYears().isEmpty());
        var slider = robot.lookup("#yearSlider").queryAs(Slider.class);
        var marks = robot.lookup("#yearMarks").queryAs(Region.class);
        var expected = fx(() -> playback.changeYears().stream()
                .filter(y -> y >= slider.getMin() && y <= slider.getMax()).toList());
        assertEquals(expected.size(), fx(() -> marks.getChildrenUnmodifiable().size()));
        assertTrue(expected.contains(1949) && expected.contains(2024), expected.toString());

        for (int year : new int[] {1949, 2024}) {
            fxRun(() -> vm.filters().setYear(year));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(thumbX(slider), markX(marks, year), 1.5, "mark under the thumb at " + year);
        }
        // A wider filter panel: the slider grows and the marks follow it.
        double before = fx(slider::getWidth);
        fxRun(() -> robot.lookup(".split-pane").queryAs(SplitPane.class).setDividerPosition(0, 0.3));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(slider::getWidth) > before + 50, "the slider is wider");
        fxRun(() -> vm.filters().setYear(1949));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(thumbX(slider), markX(marks, 1949), 1.5, "after resizing");

        // The arrow keys still step one year.
        fxRun(slider::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertEquals(1950, fx(() -> vm.filters().year()));
        robot.type(KeyCode.LEFT, 2);
        assertEquals(1948, fx(() -> vm.filters().year()));
    }

    @Test
    void theCompareYearsAndTheTimelineReachBackTo1815WhenTheLoadedDataDoes(FxRobot robot) {
        settled();
        @SuppressWarnings("unchecked")
        Spinner<Integer> yearA = robot.lookup("#compareYearA").queryAs(Spinner.class);
        var range = (SpinnerValueFactory.IntegerSpinnerValueFactory) yearA.getValueFactory();
        int shippedFirst = fx(() -> vm.filters().firstYearProperty().get());
        assertTrue(shippedFirst < PlaybackViewModel.START_YEAR, "the shipped data starts in " + shippedFirst);
        waitUntil("year A offers the shipped data's first year", () -> range.getMin() == shippedFirst);

        fxRun(() -> vm.open(UiFixtures.resource("ui/before-1945.json")));
        waitUntil("the data from 1815 is shown", () -> vm.frame() != null
                && vm.frame().view().source().dataset().state("AUT").isPresent());
        settled();
        var playback = vm.analysis().playback();
        waitUntil("year A offers 1815", () -> range.getMin() == 1815);
        waitUntil("the timeline strip starts in 1815", () -> !playback.timelineProperty().get().isEmpty()
                && playback.timelineProperty().get().get(0).year() == 1815);

        fxRun(() -> view.analysisPanel().selectTab("compareTab"));
        robot.doubleClickOn(yearA.getEditor()).write("1816").type(KeyCode.ENTER);
        waitUntil("1816 is compared with year B", () -> vm.analysis().compare().comparisonProperty().get() != null
                && vm.analysis().compare().comparisonProperty().get().from() == 1816);
        var changes = fx(() -> vm.analysis().compare().changes().stream().map(Change::text).toList());
        assertTrue(changes.contains("1818 — AUT left quadruple"), changes.toString());
    }

    @Test
    void theMetricsTabExplainsTheSortedMetricAndSizingByDegreeSizesOrganisationsToo(FxRobot robot) {
        settled();
        fxRun(() -> view.analysisPanel().selectTab("metricsTab"));
        var metrics = vm.analysis().metrics();
        waitUntil("the metrics are computed", () -> metrics.tableProperty().get() != null);
        var name = robot.lookup("#metricName").queryAs(Text.class);
        var explanation = robot.lookup("#metricExplanation").queryAs(Text.class);
        assertEquals("Degree. ", fx(name::getText), "the table's first order is explained");
        assertTrue(fx(explanation::isVisible));
        assertEquals(Metric.DEGREE.description() + " " + GraphKind.TWO_MODE.explanation(), fx(explanation::getText));

        @SuppressWarnings("unchecked")
        TableView<MetricsTable.Row> table = robot.lookup("#metricsTable").queryAs(TableView.class);
        fxRun(() -> table.getSortOrder().setAll(table.getColumns().stream()
                .filter(c -> c.getUserData() == Metric.BETWEENNESS).findFirst().orElseThrow()));
        assertEquals("Betweenness. ", fx(name::getText), "sorted by betweenness: it is explained");
        assertTrue(fx(explanation::getText).contains(GraphKind.STATE_PROJECTION.explanation()));

        var nato = actor("nato");
        double usual = fx(() -> view.canvas().radiusOf(nato));
        @SuppressWarnings("unchecked")
        ComboBox<Metric> sizeBy = robot.lookup("#sizeBy").queryAs(ComboBox.class);
        fxRun(() -> sizeBy.setValue(Metric.DEGREE));
        double scale = fx(() -> metrics.radiusScalesProperty().get().get("nato"));
        // The square's area is that of a state circle scaled by the same factor: half-side r·√π/2.
        double expected = VisualStyle.of(Theme.LIGHT).stateRadius() * scale * Math.sqrt(Math.PI) / 2;
        waitUntil("NATO is sized by its degree", () -> Math.abs(view.canvas().radiusOf(nato) - expected) < 1e-6);
        assertFalse(fx(() -> robot.lookup("#sizeNote").query().isVisible()), "every vertex is sized: nothing to say");
        assertEquals("Degree. ", fx(name::getText), "sized by degree: it is explained");

        fxRun(() -> sizeBy.setValue(Metric.BETWEENNESS));
        waitUntil("NATO is back to its usual size", () -> Math.abs(view.canvas().radiusOf(nato) - usual) < 1e-6);
        var note = robot.lookup("#sizeNote").queryAs(Label.class);
        assertTrue(fx(note::isVisible));
        assertEquals("Organisations keep their size (their visible members): Betweenness is computed on states only.",
                fx(note::getText));
    }

    @Test
    void colouringStatesByCommunityFillsEachCommunityAlikeAndOffRestoresTheRegions(FxRobot robot) {
        showIn2024("blocsTab");
        var blocs = vm.analysis().blocs();
        waitUntil("the blocs of 2024 are found", () -> blocs.reportProperty().get() != null
                && blocs.reportProperty().get().year() == 2024);
        var communities = fx(() -> blocs.reportProperty().get().communities());
        // Two members of one community from different regions, and two states of one region in different
        // communities: their fills can only agree, or differ, by community.
        var mixed = communities.stream().filter(c -> twoOf(c.members(), (a, b) -> a.region() != b.region()) != null)
                .findFirst().orElseThrow(() -> new AssertionError("no community spans two regions"));
        var together = twoOf(mixed.members(), (a, b) -> a.region() != b.region());
        var apart = sameRegionInTwoCommunities(communities);
        var canvas = view.canvas();
        var style = VisualStyle.of(Theme.LIGHT);
        assertEquals(style.regionColour(together[0].region()), fx(() -> fillOf(together[0])));

        robot.clickOn("#colourCommunities");
        waitUntil("states take their community's colour", () -> style.communityColour(mixed.index())
                .equals(fillOf(together[0])));
        assertEquals(fx(() -> fillOf(together[0])), fx(() -> fillOf(together[1])),
                "one community, one fill: " + together[0].id() + ", " + together[1].id());
        assertNotEquals(fx(() -> fillOf(apart[0])), fx(() -> fillOf(apart[1])),
                "two communities, two fills: " + apart[0].id() + ", " + apart[1].id());
        assertTrue(fx(() -> robot.lookup("#legendNote").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().startsWith("Colours show communities"))),
                "the legend explains the colours");

        fxRun(() -> view.analysisPanel().selectTab("metricsTab"));
        fxRun(() -> vm.filters().setYear(2023));
        settled();
        waitUntil("the colours follow the view in another tab", () -> blocs.reportProperty().get().year() == 2023);
        assertEquals(style.communityColour(blocs.communityOfStateProperty().get().get(together[0].id())),
                fx(() -> fillOf(together[0])));

        fxRun(() -> view.analysisPanel().selectTab("blocsTab"));
        robot.clickOn("#colourCommunities");
        waitUntil("the region colours are back", () -> style.regionColour(together[0].region())
                .equals(fillOf(together[0])));
        for (var s : List.of(together[1], apart[0], apart[1])) {
            assertEquals(style.regionColour(s.region()), fx(() -> fillOf(s)), s.id());
        }
        assertTrue(fx(() -> robot.lookup("#legendNote").queryAll().stream()
                .noneMatch(n -> ((Label) n).getText().startsWith("Colours show communities"))),
                "the legend is about regions again");
    }

    /** Two states of {@code ids} that {@code match}, or null. */
    private State[] twoOf(List<String> ids, BiPredicate<State, State> match) {
        for (var a : ids) {
            for (var b : ids) {
                if (match.test((State) actor(a), (State) actor(b))) {
                    return new State[] {(State) actor(a), (State) actor(b)};
                }
            }
        }
        return null;
    }

    /** Two states of one region, each in a community with a colour of its own, not the same one. */
    private State[] sameRegionInTwoCommunities(List<Bloc> communities) {
        int coloured = Math.min(communities.size(), VisualStyle.COMMUNITY_COLOURS);
        for (int i = 0; i < coloured; i++) {
            for (int j = i + 1; j < coloured; j++) {
                for (var a : communities.get(i).members()) {
                    for (var b : communities.get(j).members()) {
                        if (((State) actor(a)).region() == ((State) actor(b)).region()) {
                            return new State[] {(State) actor(a), (State) actor(b)};
                        }
                    }
                }
            }
        }
        throw new AssertionError("no region has states in two coloured communities: " + communities);
    }

    /** The colour the canvas's scene draws a tie in now, or null when it is not drawn. */
    private Rgb tieColour(Tie tie) {
        var scene = view.canvas().scene();
        return scene == null ? null : scene.ties().stream().filter(t -> tie.equals(t.tie())).findFirst()
                .map(t -> t.line().colour()).orElse(null);
    }

    /** The fill the canvas's scene gives a state now, or null when it is not drawn. */
    private Rgb fillOf(State s) {
        var scene = view.canvas().scene();
        return scene.vertices().stream().filter(v -> v.actor().equals(s)).findFirst().map(v -> v.fill())
                .orElse(null);
    }

    private static double thumbX(Slider slider) {
        return fx(() -> {
            var thumb = slider.lookup(".thumb");
            return thumb.localToScene(thumb.getLayoutBounds()).getCenterX();
        });
    }

    private static double markX(Region marks, int year) {
        return fx(() -> {
            var mark = marks.getChildrenUnmodifiable().stream().filter(n -> Integer.valueOf(year).equals(
                    n.getUserData())).findFirst().orElseThrow(() -> new AssertionError("no mark at " + year));
            return mark.localToScene(mark.getLayoutBounds()).getCenterX();
        });
    }
}

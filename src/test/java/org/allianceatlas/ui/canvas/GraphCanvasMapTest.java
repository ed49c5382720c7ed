package org.allianceatlas.ui.canvas;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.Overlay;
import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.EqualEarthProjection;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.layout.TimelineLayout;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.State;
import org.allianceatlas.ui.UiFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The map on the canvas, on the shipped data: drawn under the graph (land and sea where the vertices are), the
 * alliance map's fills (NATO on Sweden in 2024, not in 1990; joined in compare mode), made again only when something
 * on it changes, a click on a country selecting its state, hovering naming it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GraphCanvasMapTest {

    private static final VisualStyle LIGHT = VisualStyle.of(Theme.LIGHT);
    private static AlignmentGraph graph;
    private static Positions world;
    private static Positions europe;

    private GraphCanvas canvas;
    private StackPane root;

    @BeforeAll
    static void layOut() {
        graph = new AlignmentGraph(UiFixtures.shipped());
        world = layout(FilterCriteria.forYear(2024));
        europe = layout(europe(2024));
    }

    private static Positions layout(FilterCriteria criteria) {
        return TimelineLayout.layout(graph.timeline(criteria, 1945, 2026), LayoutKind.GEOGRAPHIC, LIGHT::radius, 900,
                700);
    }

    private static FilterCriteria europe(int year) {
        return FilterCriteria.forYear(year).withRegions(List.of(Region.EUROPE));
    }

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new javafx.scene.Scene(root, 900, 700));
        stage.show();
    }

    @BeforeEach
    void newCanvas() {
        canvas = fx(() -> {
            var c = new GraphCanvas(LIGHT);
            root.getChildren().setAll(c.node());
            return c;
        });
    }

    private void show(MapMode mode, AlignmentView view, Positions positions) {
        fxRun(() -> {
            canvas.mapModeProperty().set(mode);
            canvas.show(view, positions);
        });
        waitUntil("the canvas draws", () -> canvas.scene() != null && canvas.mapLayer().isShown());
    }

    /** The panel point of a place on the globe. */
    private Point2D panelAt(double lat, double lon) {
        return fx(() -> {
            var frame = canvas.scene().frame();
            var p = EqualEarthProjection.project(lat, lon);
            return new Point2D(frame.x(p.x()), frame.y(p.y()));
        });
    }

    /** The map's colour at a place on the globe. */
    private Rgb mapAt(double lat, double lon) {
        var p = panelAt(lat, lon);
        int argb = fx(() -> canvas.mapLayer().pixelAt(p.getX(), p.getY()));
        return new Rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, 1.0);
    }

    private Point2D screenAt(double lat, double lon) {
        var p = panelAt(lat, lon);
        return fx(() -> canvas.vertices().panel().localToScreen(p));
    }

    private State state(String id) {
        return (State) graph.dataset().actor(id).orElseThrow();
    }

    @Test
    void theMapIsDrawnUnderTheGraphLandUnderTheVerticesSeaBetween() {
        show(MapMode.UNDER_GRAPH, graph.view(FilterCriteria.forYear(2024)), world);
        var children = fx(() -> List.copyOf(canvas.node().getChildrenUnmodifiable()));
        int map = children.indexOf(fx(() -> canvas.mapLayer().node()));
        int ties = children.indexOf(fx(() -> canvas.layer().node()));
        int vertices = children.indexOf(fx(() -> canvas.vertices().panel()));
        assertTrue(map >= 0 && map < ties && ties < vertices, "map, then ties and labels, then vertices: " + children);
        for (var id : List.of("FRA", "BRA", "MNG", "AUS", "RUS", "KAZ")) {
            var v = fx(() -> canvas.scene().vertices().stream().filter(x -> x.actor().id().equals(id)).findFirst()
                    .orElseThrow());
            int argb = fx(() -> canvas.mapLayer().pixelAt(v.x(), v.y()));
            assertEquals(LIGHT.mapLand(), rgb(argb), "land under " + id);
        }
        assertEquals(LIGHT.mapSea(), mapAt(30, -40), "the Atlantic");
        assertEquals(LIGHT.mapSea(), mapAt(-20, 80), "the Indian Ocean");

        fxRun(() -> canvas.setStyle(VisualStyle.of(Theme.DARK)));
        waitUntil("the dark map", () -> VisualStyle.of(Theme.DARK).mapSea().equals(mapAt(30, -40)));
        fxRun(() -> canvas.mapModeProperty().set(MapMode.NONE));
        waitUntil("no map", () -> !canvas.mapLayer().isShown());
        assertEquals(0, (int) fx(() -> canvas.mapLayer().pixelAt(panelAt(30, -40).getX(), panelAt(30, -40).getY())));
    }

    private static Rgb rgb(int argb) {
        return new Rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, 1.0);
    }

    @Test
    void theAllianceMapColoursNatoMembersIn2024AndNotSwedenIn1990() {
        fxRun(() -> canvas.mapOrganisationsProperty().set(List.of("nato")));
        show(MapMode.ALLIANCES, graph.view(europe(2024)), europe);
        var nato = LIGHT.allianceColours().get(0);
        assertEquals(nato, mapAt(63.5, 14.5), "Sweden, NATO's since 2024");
        assertEquals(nato, mapAt(46.5, 2.5), "France");
        fxRun(() -> canvas.show(graph.view(europe(1990)), europe));
        waitUntil("the map of 1990", () -> LIGHT.mapNeutral().equals(mapAt(63.5, 14.5)));
        assertEquals(nato, mapAt(62.0, 9.0), "Norway, a member in 1990 too");
        assertTrue(fx(() -> canvas.scene().vertices().stream().allMatch(v -> v.actor() instanceof State)),
                "organisations are fills, not vertices");
        assertTrue(fx(() -> canvas.legendProperty().get().rows().stream()
                .anyMatch(r -> r.text().equals("NATO"))), "the legend explains the fills");

        // Compare mode: who joined since 1990.
        fxRun(() -> {
            canvas.show(graph.view(europe(2024)), europe);
            canvas.setOverlay(Overlay.NONE.withComparedWith(1990));
        });
        waitUntil("Sweden joined since 1990", () -> LIGHT.added().equals(mapAt(63.5, 14.5)));
        assertEquals(LIGHT.mapUnchanged(), mapAt(62.0, 9.0), "Norway unchanged");
    }

    @Test
    void theMapIsMadeAgainOnlyWhenSomethingOnItChanges() {
        show(MapMode.UNDER_GRAPH, graph.view(europe(2015)), europe);
        int made = fx(() -> canvas.mapLayer().pictures());
        fxRun(() -> canvas.show(graph.view(europe(2016)), europe));
        waitUntil("2016 drawn", () -> canvas.view().criteria().year() == 2016 && canvas.scene() != null);
        assertEquals(made, (int) fx(() -> canvas.mapLayer().pictures()), "same borders: the same picture");

        fxRun(() -> canvas.mapModeProperty().set(MapMode.ALLIANCES));
        waitUntil("the alliance map", () -> canvas.mapLayer().pictures() > made);
        int alliances = fx(() -> canvas.mapLayer().pictures());
        fxRun(() -> canvas.show(graph.view(europe(2015)), europe));
        waitUntil("2015 drawn", () -> canvas.view().criteria().year() == 2015 && canvas.scene() != null);
        assertEquals(alliances, (int) fx(() -> canvas.mapLayer().pictures()),
                "no state joined or left the organisations shown between 2015 and 2016: the same picture");
        fxRun(() -> canvas.show(graph.view(europe(2017)), europe));
        waitUntil("Montenegro joined NATO in 2017: a new picture", () -> canvas.mapLayer().pictures() > alliances);
    }

    @Test
    void duringPlaybackTheFillsOfTheNextYearFadeIn() {
        fxRun(() -> canvas.mapOrganisationsProperty().set(List.of("nato")));
        show(MapMode.ALLIANCES, graph.view(europe(2023)), europe);
        fxRun(() -> {
            canvas.setFade(Duration.millis(400));
            canvas.show(graph.view(europe(2024)), europe);
        });
        waitUntil("the map of 2023 fades out over 2024's", () -> canvas.mapLayer().fading());
        assertEquals(LIGHT.allianceColours().get(0), mapAt(63.5, 14.5), "the new picture is Sweden in NATO");
        waitUntil("the fade ends", () -> !canvas.mapLayer().fading());
    }

    @Test
    void clickingACountrySelectsItsStateAndHoveringNamesIt(FxRobot robot) {
        show(MapMode.ALLIANCES, graph.view(europe(2024)), europe);
        // Lapland: Finland's land far from Helsinki, its label and any vertex.
        robot.moveTo(screenAt(67.5, 26.5));
        waitUntil("Finland is named", () -> canvas.hoveredCountryText().startsWith("Finland"));
        assertTrue(canvas.hoveredCountryText().contains("NATO"), "and what it belongs to on the alliance map: "
                + canvas.hoveredCountryText());
        assertTrue(fx(() -> canvas.mapLayer().hoverOutlined()), "the hovered country is outlined");
        robot.clickOn(screenAt(67.5, 26.5));
        waitUntil("Finland is selected", () -> state("FIN").equals(canvas.selectedActorProperty().get()));
        assertEquals("FIN", fx(() -> canvas.mapLayer().selected()), "and outlined");

        // Eastern Anatolia: Türkiye is drawn on the map but is not a state of Europe's view.
        robot.clickOn(screenAt(38.5, 38.0));
        waitUntil("Türkiye is selected from the map", () -> state("TUR").equals(
                canvas.selectedMapStateProperty().get()));
        assertEquals(null, canvas.selectedActorProperty().get());
        robot.moveTo(screenAt(45.0, -20.0));
        waitUntil("nothing is named over the sea", () -> canvas.hoveredCountryText().isEmpty());
        robot.clickOn(screenAt(45.0, -20.0));
        waitUntil("a click on the sea clears the selection", () -> canvas.selectedMapStateProperty().get() == null);
    }
}

package org.allianceatlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.MapLayers;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.export.render.Overlay;
import org.allianceatlas.export.render.SceneOptions;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutFactory;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Region;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.UiFixtures;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The export dialog's scene choices: label mode, organisations and map start as the canvas shows them and reach the
 * picture; the map only with the geographic layout; the subtitle starts as the active filters and may be edited or
 * cleared, whatever the title.
 */
class ExportSceneChoicesTest {

    private static AlignmentView europe;
    private static Positions positions;

    private final ExportViewModel vm = new ExportViewModel(new SameThreadTaskRunner(), new AtlasService());

    @BeforeAll
    static void layOut() {
        var graph = new AlignmentGraph(UiFixtures.shipped());
        europe = graph.view(FilterCriteria.forYear(2024).withRegions(List.of(Region.EUROPE)));
        positions = LayoutFactory.forKind(LayoutKind.GEOGRAPHIC).layout(europe, Positions.empty());
    }

    private static final SceneOptions ON_SCREEN = SceneOptions.defaults().withLabels(LabelMode.CODES)
            .withOrganisations(OrganisationDisplay.HIDDEN).withMap(MapMode.UNDER_GRAPH)
            .withOverlay(Overlay.NONE.withComparedWith(2020));

    @Test
    void theChoicesStartAsTheCanvasShowsThemAndReachThePicture() {
        vm.setSubject(europe, positions, ON_SCREEN);
        assertEquals(LabelMode.CODES, vm.labelModeProperty().get());
        assertEquals(OrganisationDisplay.HIDDEN, vm.organisationDisplayProperty().get());
        assertEquals(MapMode.UNDER_GRAPH, vm.mapModeProperty().get());
        assertEquals(ON_SCREEN, vm.imageOptions().scene(), "the picture shows what the canvas shows");

        vm.labelModeProperty().set(LabelMode.NAMES);
        vm.organisationDisplayProperty().set(OrganisationDisplay.VERTICES);
        vm.mapModeProperty().set(MapMode.ALLIANCES);
        var scene = vm.imageOptions().scene();
        assertEquals(LabelMode.NAMES, scene.labels());
        assertEquals(OrganisationDisplay.VERTICES, scene.organisations());
        assertEquals(MapMode.ALLIANCES, scene.map());
        assertEquals(ON_SCREEN.overlay(), scene.overlay(), "the analyses' overlay is kept");
    }

    @Test
    void withoutTheGeographicLayoutThereIsNoMap() {
        vm.setMapAvailable(false);
        vm.setSubject(europe, positions, SceneOptions.defaults());
        vm.mapModeProperty().set(MapMode.ALLIANCES);
        assertFalse(vm.mapAvailableProperty().get());
        assertEquals(MapMode.NONE, vm.imageOptions().scene().map());
        vm.setMapAvailable(true);
        assertEquals(MapMode.ALLIANCES, vm.imageOptions().scene().map());
    }

    @Test
    void theSubtitleStartsAsTheFiltersAndMayBeEditedOrClearedWhateverTheTitle() {
        vm.setSubject(europe, positions, SceneOptions.defaults());
        assertEquals(vm.activeFilters(), vm.subtitleTextProperty().get());
        assertTrue(vm.activeFilters().contains("Europe"));
        assertNull(vm.imageOptions().subtitle(), "left as it is: the active filters");
        vm.titleTextProperty().set("European defence, 2024");
        assertNull(vm.imageOptions().subtitle(), "a custom title keeps the filters");
        vm.subtitleTextProperty().set(" Members and partners ");
        assertEquals("Members and partners", vm.imageOptions().subtitle());
        vm.subtitleTextProperty().set("");
        assertEquals("", vm.imageOptions().subtitle(), "cleared: no subtitle");
        vm.setSubject(europe, positions, SceneOptions.defaults());
        assertEquals(vm.activeFilters(), vm.subtitleTextProperty().get(), "a new subject starts again");
    }

    @Test
    void thePreviewShowsTheMapAndTheSubtitle() {
        vm.setSubject(europe, positions, SceneOptions.defaults().withMap(MapMode.UNDER_GRAPH));
        vm.subtitleTextProperty().set("On the map");
        var model = ExportViewModel.pictureOf(europe, positions, vm.imageOptions());
        assertFalse(model.layer(MapLayers.LAND).items().isEmpty(), "the map is in the picture");
        assertTrue(model.layer("title").items().stream().anyMatch(d -> d instanceof Drawable.Text t
                && t.text().equals("On the map")));
        vm.mapModeProperty().set(MapMode.NONE);
        vm.subtitleTextProperty().set("");
        var plain = ExportViewModel.pictureOf(europe, positions, vm.imageOptions());
        assertTrue(plain.layer(MapLayers.LAND).items().isEmpty());
        assertEquals(1, plain.layer("title").items().size(), "the title alone");
    }
}

package org.allianceatlas.export.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.Region;
import org.allianceatlas.service.AtlasService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five slides of the legibility benchmark (docs/benchmarks.md), built from the shipped data as the CLI builds
 * them: no two labels overlap, no label lies on a vertex, state labels are at least 14 px on the 1920 × 1080 slide and
 * the drawing fills at least 85 % of the area beside the legend.
 */
class SlideLegibilityTest {

    private static final VisualStyle STYLE = VisualStyle.of(Theme.LIGHT);
    private static AtlasService service;

    @BeforeAll
    static void load() {
        service = new AtlasService();
        assertTrue(service.loadShippedAnd(List.of()).usable());
    }

    record Slide(String name, FilterCriteria criteria) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Slide> slides() {
        var all = FilterCriteria.forYear(2024);
        return List.of(new Slide("world 2024", all),
                new Slide("Europe 2024", all.withRegions(List.of(Region.EUROPE))),
                new Slide("Asia 2024", all.withRegions(List.of(Region.ASIA))),
                new Slide("Africa 2024", all.withRegions(List.of(Region.AFRICA))),
                new Slide("NATO + Warsaw Pact 1985", FilterCriteria.forYear(1985)
                        .withOrganisations(Selection.only(List.of("nato", "warsaw-pact")))));
    }

    static Scene slide(FilterCriteria criteria, ImageOptions options) {
        var view = service.filter(criteria);
        var builder = new RenderModelBuilder();
        var area = builder.graphArea(view, STYLE, options);
        var positions = service.layout(criteria, LayoutKind.GEOGRAPHIC, STYLE::radius, area.width(), area.height());
        return builder.build(view, positions, STYLE, options).scene();
    }

    @ParameterizedTest
    @MethodSource("slides")
    void everySlideIsLegible(Slide slide) {
        var figures = SceneLegibility.of(slide(slide.criteria(), ImageOptions.defaults()));
        assertEquals(0, figures.overlappingPairs(), slide + ": overlapping labels");
        assertEquals(0, figures.labelsOnVertices(), slide + ": labels on vertices");
        assertTrue(figures.smallestState() >= RenderModelBuilder.MIN_LABEL_PX, slide + ": " + figures);
        assertTrue(figures.fill() >= 0.85, slide + " fills " + figures.fill());
        assertTrue(figures.placed() > 0, slide + " labels something");
    }
}

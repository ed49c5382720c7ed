package org.allianceatlas.export.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.service.AtlasService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scene of shipped-data views: names of the year, roles, directed ties, hover labels. */
class SceneBuilderTest {

    private static final VisualStyle STYLE = VisualStyle.of(Theme.LIGHT);
    private static AtlasService service;

    @BeforeAll
    static void load() {
        service = new AtlasService();
        assertTrue(service.loadShippedAnd(List.of()).usable());
    }

    private static Scene scene(FilterCriteria criteria, SceneOptions options) {
        var view = service.filter(criteria);
        Positions positions = service.layout(criteria, LayoutKind.GEOGRAPHIC, STYLE::radius, 1400, 850);
        var frame = SceneFit.fit(view, positions, STYLE, options, new Bounds(0, 0, 1400, 850), 14);
        return new SceneBuilder().build(view, positions, STYLE, options, frame);
    }

    private static FilterCriteria only(int year, String... organisations) {
        return FilterCriteria.forYear(year).withOrganisations(Selection.only(List.of(organisations)));
    }

    @Test
    void anOrganisationIsNamedAsItWasInTheYearShown() {
        var eu = service.dataset().organisation("eu").orElseThrow();
        assertEquals("EEC", scene(only(1960, "eu"), SceneOptions.defaults()).label(eu).orElseThrow().placed().text());
        var y2000 = scene(only(2000, "eu"), SceneOptions.defaults());
        assertEquals("EU", y2000.label(eu).orElseThrow().placed().text());
        var vertex = y2000.vertices().stream().filter(v -> v.actor().equals(eu)).findFirst().orElseThrow();
        assertEquals("European Union", vertex.name(), "the tooltip is the year's name too");
    }

    @Test
    void aStateIsNamedAsItWasInTheYearShown() {
        var deu = service.dataset().state("DEU").orElseThrow();
        var y1985 = scene(only(1985, "nato"), SceneOptions.defaults());
        assertEquals("West Germany", y1985.label(deu).orElseThrow().placed().text());
        assertEquals("West Germany", vertexName(y1985, "DEU"), "the tooltip is the year's name too");
        var y2000 = scene(only(2000, "nato"), SceneOptions.defaults());
        assertEquals("Germany", y2000.label(deu).orElseThrow().placed().text());
        assertEquals("Germany", vertexName(y2000, "DEU"));
        assertEquals("Zaire", vertexName(scene(only(1990, "oau"), SceneOptions.defaults()), "COD"));
        assertEquals("DR Congo", vertexName(scene(only(2000, "oau"), SceneOptions.defaults()), "COD"));
    }

    private static String vertexName(Scene scene, String id) {
        return scene.vertices().stream().filter(v -> v.actor().id().equals(id)).findFirst().orElseThrow().name();
    }

    @Test
    void statesAreNamedWhereTheNameFitsAndCodedOnRequest() {
        var fra = service.dataset().state("FRA").orElseThrow();
        var names = scene(only(2024, "nato"), SceneOptions.defaults());
        assertEquals("France", names.label(fra).orElseThrow().placed().text());
        var codes = scene(only(2024, "nato"), SceneOptions.defaults().withLabels(LabelMode.CODES));
        assertEquals("FRA", codes.label(fra).orElseThrow().placed().text());
    }

    @Test
    void anObserverIsDrawnApartFromTheMembersAndTheLegendSaysSo() {
        var options = SceneOptions.defaults();
        var scene = scene(only(2024, "sco"), options);
        var mongolia = scene.ties().stream().filter(t -> t.tie() instanceof MembershipTie m
                && m.membership().stateId().equals("MNG")).findFirst().orElseThrow();
        var china = scene.ties().stream().filter(t -> t.tie() instanceof MembershipTie m
                && m.membership().stateId().equals("CHN")).findFirst().orElseThrow();
        assertNotEquals(china.line().dash(), mongolia.line().dash(), "an observer's tie is dashed apart");
        assertTrue(mongolia.line().colour().alpha() <= china.line().colour().alpha());
        var legend = Legend.of(service.filter(only(2024, "sco")), STYLE, options);
        assertTrue(legend.rows().stream().anyMatch(r -> r.text().startsWith("Observer, partner or beneficiary")),
                legend.rows().toString());
    }

    @Test
    void aDirectedTieEndsInAnArrowheadAtTheRecipientsRim() {
        var scene = scene(FilterCriteria.forYear(2024).withRegions(List.of(org.allianceatlas.model.Region.EUROPE,
                org.allianceatlas.model.Region.ASIA)), SceneOptions.defaults());
        var directed = scene.ties().stream().filter(t -> t.tie() != null && TieGeometry.isDirected(t.tie()))
                .toList();
        assertFalse(directed.isEmpty());
        for (var t : directed) {
            var to = scene.vertices().stream().filter(v -> v.actor().equals(t.to())).findFirst().orElseThrow();
            var head = t.line().head();
            assertEquals(to.radius(), Math.hypot(head.tipX() - to.x(), head.tipY() - to.y()), 1e-6,
                    t.tie().id() + ": the tip touches the rim");
        }
        assertTrue(scene.ties().stream().filter(t -> t.tie() != null && !TieGeometry.isDirected(t.tie()))
                .allMatch(t -> t.line().head() == null), "undirected ties have no arrowhead");
    }

    @Test
    void parallelTiesBetweenOnePairAreCurvesThatDoNotCoincide() {
        var scene = scene(FilterCriteria.forYear(2024), SceneOptions.defaults());
        var fraDeu = scene.ties().stream().filter(t -> Set.of(t.from().id(), t.to().id()).equals(Set.of("FRA",
                "DEU"))).toList();
        assertTrue(fraDeu.size() >= 2, "France and Germany share several clauses");
        assertTrue(fraDeu.stream().allMatch(t -> t.line().curved()));
        assertEquals(fraDeu.size(), fraDeu.stream().map(t -> List.of(t.line().cx(), t.line().cy())).distinct()
                .count(), "each curve bends its own way");
    }

    @Test
    void theHoverLabelOfAnUnplacedLabelSitsAtItsFirstChoice() {
        var scene = scene(FilterCriteria.forYear(2024), SceneOptions.defaults());
        var unplaced = scene.vertices().stream().map(Scene.Vertex::actor).filter(a -> scene.label(a).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("the world view leaves some labels out"));
        var hover = scene.hoverLabel(unplaced).orElseThrow();
        var request = scene.labelRequests().get(unplaced.id());
        assertEquals(request.texts().get(0), hover.text());
        assertEquals(request.positions().get(0), hover.position());
    }

    @Test
    void withOrganisationsHiddenObserversShareNothing() {
        var scene = scene(only(2024, "sco"), SceneOptions.defaults().withOrganisations(OrganisationDisplay.HIDDEN));
        assertTrue(scene.ties().stream().filter(t -> t.tie() == null)
                .noneMatch(t -> t.from().id().equals("MNG") || t.to().id().equals("MNG")),
                "Mongolia, an observer, shares no membership");
        assertTrue(scene.ties().stream().anyMatch(t -> t.tie() == null), "members share the SCO");
    }
}

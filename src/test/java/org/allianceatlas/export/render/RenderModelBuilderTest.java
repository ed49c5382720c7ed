package org.allianceatlas.export.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.GeographicLayout;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Direction;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.Source;
import org.allianceatlas.model.State;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderModelBuilderTest {

    private static final List<Source> SRC = List.of(Source.of("Test", "https://example.org/"));
    private static final VisualStyle LIGHT = VisualStyle.of(Theme.LIGHT);

    /** FRA DEU POL (Europe), TUR (Asia), UKR (Europe); nato 1949/1952/1999; a TUR → UKR arms transfer 2019. */
    private static AlignmentGraph graph() {
        var states = List.of(state("FRA", Subregion.WESTERN_EUROPE, 48.86, 2.35),
                state("DEU", Subregion.WESTERN_EUROPE, 52.52, 13.4), state("POL", Subregion.EASTERN_EUROPE, 52.23, 21),
                state("TUR", Subregion.WESTERN_ASIA, 39.93, 32.86), state("UKR", Subregion.EASTERN_EUROPE, 50.45,
                        30.52));
        var nato = new Organisation("nato", "North Atlantic Treaty Organization", "NATO", OrganisationKind.ALLIANCE,
                YearSpan.from(PartialDate.ofYear(1949)), Set.of(TieType.MUTUAL_DEFENCE), false, null, null, null,
                SRC, null);
        var ms = List.of(member("FRA", 1949), member("TUR", 1952), member("DEU", 1955), member("POL", 1999));
        var tb2 = new Clause("tb2", "TB2", List.of("TUR", "UKR"), TieType.ARMS_TRANSFER, PartialDate.ofYear(2019),
                null, null, null, true, new Direction("TUR", "UKR"), SRC, null, false);
        return new AlignmentGraph(Dataset.of(states, List.of(nato), ms, List.of(tb2)));
    }

    private static RenderModel build(AlignmentView view, ImageOptions options) {
        return new RenderModelBuilder().build(view, new GeographicLayout().layout(view, Positions.empty()),
                VisualStyle.of(options.background().theme()), options);
    }

    private static List<String> texts(RenderModel m, String layer) {
        var out = new ArrayList<String>();
        for (var d : m.layer(layer).items()) {
            if (d instanceof Drawable.Text t) {
                out.add(t.text());
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"slide", "4:3", "a4-landscape", "a4-portrait", "300x200", "200x900", "3840x2160"})
    void nothingIsClippedOnAnyPage(String size) {
        var page = PageSize.parse(size);
        var longTitle = "An exceptionally long custom title that cannot possibly fit on one line of a small page "
                + "and must be wrapped or shrunk";
        for (var options : List.of(ImageOptions.defaults().withPage(page),
                ImageOptions.defaults().withPage(page).withTitle(true, longTitle))) {
            var m = build(graph().view(FilterCriteria.forYear(2024)), options);
            var bounds = new Bounds(0, 0, page.width(), page.height());
            for (var d : m.drawables()) {
                assertTrue(d.bounds().within(bounds, 1e-6), size + ": " + d + " leaves the page " + d.bounds());
            }
        }
    }

    @Test
    void titleLegendAndGraphDoNotOverlap() {
        var m = build(graph().view(FilterCriteria.forYear(2024)), ImageOptions.defaults());
        var title = union(m.layer("title").items());
        var legend = union(m.layer("legend").items());
        var graph = union(m.layer("vertices").items()).union(union(m.layer("labels").items()));
        assertTrue(title.maxY() <= graph.minY() && title.maxY() <= legend.minY());
        assertTrue(graph.maxX() <= legend.minX(), "on a landscape page the legend is right of the graph");
        var portrait = build(graph().view(FilterCriteria.forYear(2024)),
                ImageOptions.defaults().withPage(PageSize.A4_PORTRAIT));
        var g2 = union(portrait.layer("vertices").items()).union(union(portrait.layer("labels").items()));
        assertTrue(g2.maxY() <= union(portrait.layer("legend").items()).minY(), "below the graph on a portrait page");
    }

    @Test
    void theLegendExplainsExactlyWhatIsDrawn() {
        var m = build(graph().view(FilterCriteria.forYear(2024)), ImageOptions.defaults());
        var legend = texts(m, "legend");
        assertTrue(legend.containsAll(List.of("Europe", "Asia", "State (colour: region)",
                "Organisation (size: visible members)", "Membership: mutual defence organisation",
                "Arms transfer (supplier \u2192 recipient)")), legend.toString());
        for (var absent : List.of("Africa", "Americas", "Oceania", "Consultation", "Mutual defence")) {
            assertFalse(legend.contains(absent), absent + " is not in the picture: " + legend);
        }
        var before = build(graph().view(FilterCriteria.forYear(2000)), ImageOptions.defaults());
        assertFalse(texts(before, "legend").stream().anyMatch(t -> t.startsWith("Arms transfer")),
                "no arms transfer before 2019");
    }

    @Test
    void defaultTitleNamesTheYearAndTheActiveFilters() {
        var view = graph().view(FilterCriteria.forYear(2024).withOrganisations(Selection.only(List.of("nato")))
                .withRegions(List.of(Region.EUROPE)));
        var title = texts(build(view, ImageOptions.defaults()), "title");
        assertEquals("Defence alignments, 2024", title.get(0));
        assertEquals("Organisations: NATO \u00b7 Regions: Europe", String.join(" ", title.subList(1, title.size())));
        var unfiltered = texts(build(graph().view(FilterCriteria.forYear(2024)), ImageOptions.defaults()), "title");
        assertEquals(List.of("Defence alignments, 2024"), unfiltered);
    }

    @Test
    void titleLegendAndCaptionCanBeSwitchedOff() {
        var m = build(graph().view(FilterCriteria.forYear(2024)), ImageOptions.defaults().withTitle(false, null)
                .withLegend(false).withCaption(false, null));
        assertTrue(m.layer("title").items().isEmpty());
        assertTrue(m.layer("legend").items().isEmpty());
        assertTrue(m.layer("caption").items().isEmpty());
        assertNull(m.title());
        var on = build(graph().view(FilterCriteria.forYear(2024)), ImageOptions.defaults());
        assertEquals(ImageOptions.DEFAULT_CAPTION, String.join(" ", texts(on, "caption")));
    }

    @Test
    void backgroundsChooseThePageColourAndTheme() {
        var view = graph().view(FilterCriteria.forYear(2024));
        assertNull(build(view, ImageOptions.defaults().withBackground(Background.TRANSPARENT)).background());
        var dark = build(view, ImageOptions.defaults().withBackground(Background.DARK));
        assertEquals(VisualStyle.of(Theme.DARK).background(), dark.background());
        var title = (Drawable.Text) dark.layer("title").items().get(0);
        assertEquals(VisualStyle.of(Theme.DARK).foreground(), title.colour(), "light text on the dark page");
    }

    @Test
    void positionsAreScaledUniformlyAndSymbolsNeverGrowFasterThanTheSpacing() {
        var view = graph().view(FilterCriteria.forYear(2024));
        var positions = new GeographicLayout().layout(view, Positions.empty());
        var m = new RenderModelBuilder().build(view, positions, LIGHT, ImageOptions.defaults());
        var fra = circle(m, "France");
        var deu = circle(m, "Germany");
        var pol = circle(m, "Poland");
        double layoutFraDeu = positions.of("FRA").orElseThrow().distance(positions.of("DEU").orElseThrow());
        double layoutDeuPol = positions.of("DEU").orElseThrow().distance(positions.of("POL").orElseThrow());
        double s = Math.hypot(fra.cx() - deu.cx(), fra.cy() - deu.cy()) / layoutFraDeu;
        assertEquals(layoutDeuPol * s, Math.hypot(deu.cx() - pol.cx(), deu.cy() - pol.cy()), 1e-6,
                "one scale for all positions");
        assertTrue(s <= SceneFit.MAX_ZOOM + 1e-9);
        double k = fra.r() / LIGHT.stateRadius();
        assertTrue(k <= SceneFit.MAX_SYMBOL_ZOOM + 1e-9, "discs grow at most MAX_SYMBOL_ZOOM times");
        assertTrue(k <= s + 1e-9, "discs never grow faster than the distances between them");
    }

    @Test
    void theArmsTransferEndsInAnArrowAtTheRecipientsOutline() {
        var m = build(graph().view(FilterCriteria.forYear(2024)), ImageOptions.defaults());
        var ukr = circle(m, "Ukraine");
        var arrows = m.layer("ties").items().stream().filter(d -> d instanceof Drawable.Line l && l.head() != null)
                .map(Drawable.Line.class::cast).toList();
        assertEquals(1, arrows.size());
        var a = arrows.get(0);
        double tipToCentre = Math.hypot(a.head().tipX() - ukr.cx(), a.head().tipY() - ukr.cy());
        assertEquals(ukr.r(), tipToCentre, 1e-6, "tip at the outline");
    }

    @Test
    void anEmptyViewSaysSo() {
        var view = graph().view(FilterCriteria.forYear(1900));
        var m = build(view, ImageOptions.defaults());
        assertTrue(texts(m, "labels").get(0).startsWith("Nothing to show"));
        assertTrue(m.layer("legend").items().isEmpty(), "no legend for nothing");
    }

    @Test
    void pageSizesParseFromPresetsAndCustomSizes() {
        assertEquals(PageSize.SLIDE, PageSize.parse("slide"));
        assertEquals(PageSize.A4_LANDSCAPE, PageSize.parse("A4"));
        assertEquals(1600, PageSize.parse("4:3").width());
        var custom = PageSize.parse("3840x2160");
        assertEquals(3840, custom.width());
        assertEquals(2160, custom.height());
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PageSize.parse("huge"));
        assertTrue(e.getMessage().contains("WIDTHxHEIGHT"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PageSize.parse("50x50"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ImageOptions.defaults().withScale(5));
    }

    private static Drawable.Circle circle(RenderModel m, String name) {
        return m.layer("vertices").items().stream().filter(d -> d instanceof Drawable.Circle c
                && name.equals(c.tooltip())).map(Drawable.Circle.class::cast).findFirst().orElseThrow();
    }

    private static Bounds union(List<Drawable> items) {
        Bounds b = null;
        for (var d : items) {
            b = b == null ? d.bounds() : b.union(d.bounds());
        }
        return b;
    }

    private static State state(String id, Subregion sub, double lat, double lon) {
        return new State(id, switch (id) {
            case "FRA" -> "France";
            case "DEU" -> "Germany";
            case "POL" -> "Poland";
            case "TUR" -> "Türkiye";
            default -> "Ukraine";
        }, sub.region(), sub, null, lat, lon, null, null, null);
    }

    private static Membership member(String state, int year) {
        return new Membership(state, "nato", YearSpan.from(PartialDate.ofYear(year)), Role.MEMBER, SRC, null, false);
    }
}

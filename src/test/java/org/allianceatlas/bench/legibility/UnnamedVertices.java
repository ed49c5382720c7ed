package org.allianceatlas.bench.legibility;

import java.util.HashSet;
import java.util.List;

import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.Region;
import org.allianceatlas.service.AtlasService;

/**
 * How many vertices of the five legibility slides go unnamed (their label found no room), organisations and states
 * apart, on a 1920 × 1080 slide with legend or on a bare page of the size given (the canvas's graph area, e.g.
 * {@code 800x700}). A measurement for docs/benchmarks.md, run by hand:
 * {@code java -cp target/test-classes:target/classes:CP org.allianceatlas.bench.legibility.UnnamedVertices [WxH]}.
 */
public final class UnnamedVertices {

    private UnnamedVertices() {
    }

    public static void main(String[] args) {
        var service = new AtlasService();
        service.loadShippedAnd(List.of());
        var style = VisualStyle.of(Theme.LIGHT);
        var options = args.length == 0 ? ImageOptions.defaults()
                : ImageOptions.defaults().withPage(PageSize.parse(args[0])).withLegend(false)
                .withTitle(false, null).withCaption(false, null);
        var all = FilterCriteria.forYear(2024);
        var slides = List.of(all, all.withRegions(List.of(Region.EUROPE)), all.withRegions(List.of(Region.ASIA)),
                all.withRegions(List.of(Region.AFRICA)),
                FilterCriteria.forYear(1985).withOrganisations(Selection.only(List.of("nato", "warsaw-pact"))));
        var names = List.of("world 2024", "Europe 2024", "Asia 2024", "Africa 2024", "NATO + Warsaw Pact 1985");
        for (int i = 0; i < slides.size(); i++) {
            var criteria = slides.get(i);
            var view = service.filter(criteria);
            var builder = new RenderModelBuilder();
            var area = builder.graphArea(view, style, options);
            var positions = service.layout(criteria, LayoutKind.GEOGRAPHIC, style::radius, area.width(),
                    area.height());
            var scene = builder.build(view, positions, style, options).scene();
            var named = new HashSet<String>();
            scene.labels().forEach(l -> named.add(l.actor().id()));
            int organisations = 0;
            int states = 0;
            int unnamedOrganisations = 0;
            int unnamedStates = 0;
            var which = new StringBuilder();
            for (var v : scene.vertices()) {
                boolean organisation = v.actor() instanceof Organisation;
                boolean unnamed = !named.contains(v.actor().id());
                if (organisation) {
                    organisations++;
                    if (unnamed) {
                        unnamedOrganisations++;
                        which.append(' ').append(v.name());
                    }
                } else {
                    states++;
                    unnamedStates += unnamed ? 1 : 0;
                }
            }
            System.out.printf("| %s | %d of %d | %d of %d |%s%n", names.get(i), unnamedOrganisations, organisations,
                    unnamedStates, states, which);
        }
    }
}

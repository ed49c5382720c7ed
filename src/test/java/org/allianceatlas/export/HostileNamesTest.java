package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.model.Clause;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Membership;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.Role;
import org.allianceatlas.model.Source;
import org.allianceatlas.model.State;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;
import org.junit.jupiter.api.Test;

/**
 * Names holding characters XML 1.0 cannot carry — C0 controls, U+FFFE, U+FFFF, lone surrogates — as a dataset built
 * in code could have them (the loader refuses them in files). Every XML export must still be well-formed: such a
 * character becomes U+FFFD, and nothing around it is lost.
 */
class HostileNamesTest {

    private static final List<Source> SRC = List.of(Source.of("Test source", "https://example.org/"));

    private static AlignmentView hostileView() {
        var states = List.of(
                state("AAA", "Ctrl\u0001State"),
                state("BBB", "Escape\u001B[31mred"),
                state("CCC", "Lone\uD800<tail"),
                state("DDD", "Rev\uFFFE\uFFFFerse"),
                state("EEE", "Low\uDC00end & \"quoted\""));
        var org = new Organisation("org", "Org\u0000Null", "O\u0007", OrganisationKind.ALLIANCE,
                YearSpan.from(PartialDate.parse("2000")), Set.of(TieType.MUTUAL_DEFENCE), false, null, null, null,
                SRC, null);
        var members = states.stream().limit(3).map(s -> new Membership(s.id(), "org",
                YearSpan.from(PartialDate.parse("2001")), Role.MEMBER, SRC, null, false)).toList();
        var clause = new Clause("c", "Clause\uD800\uDC00ok\uDBFF", List.of("DDD", "EEE"), TieType.MUTUAL_DEFENCE,
                PartialDate.parse("2005"), null, null, "Art.\u0002", true, null, SRC, null, false);
        var graph = new AlignmentGraph(Dataset.of(states, List.of(org), members, List.of(clause)));
        return graph.view(FilterCriteria.forYear(2010));
    }

    private static State state(String id, String name) {
        var sub = Subregion.WESTERN_EUROPE;
        return new State(id, name, sub.region(), sub, null, 48, 2 + id.charAt(0) - 'A', null, null, null);
    }

    private static String utf8(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void svgOfHostileNamesIsWellFormed() throws Exception {
        var view = hostileView();
        var model = new RenderModelBuilder().build(view, ExportFixtures.positions(view), VisualStyle.of(Theme.LIGHT),
                ImageOptions.defaults());
        var out = new ByteArrayOutputStream();
        new SvgWriter().write(model, out);
        var doc = XmlChecks.parse(utf8(out));
        assertTrue(doc.getDocumentElement().getTextContent().contains("Lone\uFFFD<tail"),
                "the character after a lone surrogate is kept");
    }

    @Test
    void gexfOfHostileNamesIsWellFormed() throws Exception {
        var view = hostileView();
        var out = new ByteArrayOutputStream();
        new GexfExporter().write(view, ExportFixtures.positions(view), out);
        var doc = XmlChecks.parse(utf8(out));
        var labels = doc.getElementsByTagNameNS("http://gexf.net/1.3", "node");
        assertEquals(6, labels.getLength());
        assertTrue(utf8(out).contains("label=\"Ctrl\uFFFDState\""), utf8(out));
    }

    @Test
    void graphMlOfHostileNamesIsWellFormed() throws Exception {
        var view = hostileView();
        var out = new ByteArrayOutputStream();
        new GraphMlExporter().write(view, ExportFixtures.positions(view), out);
        var doc = XmlChecks.parse(utf8(out));
        assertTrue(doc.getDocumentElement().getTextContent().contains("Clause\uD800\uDC00ok\uFFFD"),
                "a valid surrogate pair is kept, a lone one replaced");
    }
}

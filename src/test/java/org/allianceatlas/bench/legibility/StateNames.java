package org.allianceatlas.bench.legibility;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Which vertices are states, read from our GEXF export: the nodes whose {@code kind} attribute is {@code state}, by id
 * (Gephi's SVG keys its nodes by GEXF id) and by label (our tooltips and names-mode labels are the names).
 */
public final class StateNames {

    private StateNames() {
    }

    /** The ids and labels of the state nodes of a GEXF file. */
    public static Set<String> of(Path gexf) throws IOException {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            var doc = builder.parse(gexf.toFile());
            String kindId = null;
            var attributes = doc.getElementsByTagNameNS("*", "attribute");
            for (int i = 0; i < attributes.getLength(); i++) {
                var a = (Element) attributes.item(i);
                var parent = (Element) a.getParentNode();
                if ("node".equals(parent.getAttribute("class")) && "kind".equals(a.getAttribute("title"))) {
                    kindId = a.getAttribute("id");
                }
            }
            if (kindId == null) {
                throw new IOException(gexf + ": no node attribute titled \"kind\"; is this our GEXF export?");
            }
            var names = new HashSet<String>();
            var nodes = doc.getElementsByTagNameNS("*", "node");
            for (int i = 0; i < nodes.getLength(); i++) {
                var node = (Element) nodes.item(i);
                var values = node.getElementsByTagNameNS("*", "attvalue");
                for (int k = 0; k < values.getLength(); k++) {
                    var v = (Element) values.item(k);
                    if (kindId.equals(v.getAttribute("for")) && "state".equals(v.getAttribute("value"))) {
                        names.add(node.getAttribute("id"));
                        if (node.hasAttribute("label")) {
                            names.add(node.getAttribute("label"));
                        }
                    }
                }
            }
            return Set.copyOf(names);
        } catch (SAXParseException e) {
            throw new IOException(gexf + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage(),
                    e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(gexf + ": " + e.getMessage(), e);
        }
    }

    /** A vertex is a state when its key or its tooltip is one of {@code names}. */
    public static Predicate<SvgVertex> predicate(Set<String> names) {
        return v -> (v.key() != null && names.contains(v.key())) || (v.title() != null && names.contains(v.title()));
    }
}

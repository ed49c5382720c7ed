package org.allianceatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the view's graph (its year only) as GraphML with JGraphT's {@link GraphMLExporter}: vertex ids are actor ids,
 * edge ids tie ids, and every attribute of {@link ElementAttributes} plus {@code label} and the layout position
 * {@code x}, {@code y} (layout units, y downwards) is declared as a GraphML key.
 *
 * Ids are made XML name tokens as GraphML requires ({@link #token}); text XML cannot carry becomes U+FFFD
 * ({@link XmlChars}).
 *
 * <p>Two JGraphT habits matter here: attributes that are not registered are silently dropped, and registering one
 * name for nodes and then for edges keeps only the edge key; so every key is registered once for
 * {@code AttributeCategory.ALL} (our names never differ in type between vertices and ties). Without an edge id
 * provider edges would have no ids.
 */
public final class GraphMlExporter implements Exporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.GRAPHML;
    }

    @Override
    public void export(ExportJob job) throws org.allianceatlas.export.ExportException {
        AtomicFile.checkTarget(job.target(), job.overwrite());
        AtomicFile.write(job.target(), job.overwrite(), out -> write(job.view(), job.positions(), out));
    }

    /** Writes the GraphML document as UTF-8; does not close {@code out}. */
    public void write(AlignmentView view, Positions positions, OutputStream out) throws IOException {
        var vertexAttributes = ElementAttributes.VERTEX;
        var tieAttributes = ElementAttributes.tie(view.criteria().basis());
        var exporter = new GraphMLExporter<Actor, Tie>(a -> token(a.id()));
        exporter.setEdgeIdProvider(t -> token(t.id()));
        exporter.registerAttribute("tie_id", GraphMLExporter.AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute("x", GraphMLExporter.AttributeCategory.ALL, AttributeType.DOUBLE);
        exporter.registerAttribute("y", GraphMLExporter.AttributeCategory.ALL, AttributeType.DOUBLE);
        register(exporter, vertexAttributes);
        register(exporter, tieAttributes);
        exporter.setVertexAttributeProvider(a -> {
            var map = attributes(vertexAttributes, a);
            map.put("label", DefaultAttribute.createAttribute(XmlChars.clean(a.nameIn(view.criteria().year()))));
            positions.of(a.id()).ifPresent(p -> {
                map.put("x", DefaultAttribute.createAttribute(p.x()));
                map.put("y", DefaultAttribute.createAttribute(p.y()));
            });
            return map;
        });
        exporter.setEdgeAttributeProvider(t -> {
            var map = attributes(tieAttributes, t);
            map.put("label", DefaultAttribute.createAttribute(XmlChars.clean(ElementAttributes.label(t))));
            map.put("tie_id", DefaultAttribute.createAttribute(XmlChars.clean(t.id())));
            return map;
        });
        // Values are cleaned above: JGraphT's serializer would write a control character as "&#1;", which XML 1.0
        // forbids as much as the character itself, and stops at a lone surrogate. The writer is the backstop.
        var writer = XmlChars.cleaning(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            exporter.exportGraph(view.graph(), writer);
        } catch (ExportException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
        writer.flush();
    }

    /**
     * GraphML ids are XML name tokens: letters, digits and {@code . - _ :}. Membership tie ids contain {@code @}
     * ({@code m:SWE@nato@2024-03-07}), so other characters become {@code _}; the original id is kept in the
     * {@code tie_id} attribute.
     */
    static String token(String id) {
        var sb = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            sb.append(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ':' ? c : '_');
        }
        return sb.toString();
    }

    private static <T> void register(GraphMLExporter<Actor, Tie> exporter,
                                     List<ElementAttributes.Attribute<T>> attributes) {
        for (var a : attributes) {
            exporter.registerAttribute(a.key(), GraphMLExporter.AttributeCategory.ALL, switch (a.type()) {
                case STRING -> AttributeType.STRING;
                case DOUBLE -> AttributeType.DOUBLE;
                case INTEGER -> AttributeType.INT;
                case BOOLEAN -> AttributeType.BOOLEAN;
            });
        }
    }

    private static <T> Map<String, Attribute> attributes(List<ElementAttributes.Attribute<T>> attributes,
                                                         T element) {
        var map = new LinkedHashMap<String, Attribute>();
        for (var a : attributes) {
            var v = a.value().apply(element);
            if (v == null) {
                continue;
            }
            map.put(a.key(), switch (a.type()) {
                case DOUBLE -> DefaultAttribute.createAttribute(((Number) v).doubleValue());
                case INTEGER -> DefaultAttribute.createAttribute(((Number) v).intValue());
                case BOOLEAN -> DefaultAttribute.createAttribute((Boolean) v);
                case STRING -> DefaultAttribute.createAttribute(XmlChars.clean(v.toString()));
            });
        }
        return map;
    }
}

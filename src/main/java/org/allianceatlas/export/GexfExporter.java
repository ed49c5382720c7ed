package org.allianceatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;

/**
 * Writes a dynamic GEXF 1.3 file for Gephi's timeline: every vertex and tie the view's filters show in <em>any</em>
 * year of the data, each with {@code <spell>}s (integer years, both ends inclusive, as of 31 December) for the years
 * in which it is shown; a spell that reaches the last year of the data has no end (still in force). Vertices and ties
 * carry the attributes of {@link ElementAttributes}; vertices also the style's colour, size and shape, and their
 * position when one is given (y upwards, as Gephi draws it). Directed ties (arms transfers, assistance) are
 * {@code type="directed"} from supplier to recipient; a graph with any of them is mixed: it declares no
 * {@code defaultedgetype} and every edge carries its {@code type}, as Gephi's own exporter writes a mixed graph (Gephi
 * drops a directed edge from a graph whose default is undirected).
 *
 * <p>JGraphT's {@code GEXFExporter} writes GEXF 1.2 without time, hence this writer. Valid against the GEXF 1.3
 * schema (tested). Output is deterministic (no timestamps) so files can be compared.
 */
public final class GexfExporter implements Exporter {

    /** The dynamic node attribute with the name of each year. */
    static final String NAME_OF_YEAR = "name_of_year";


    private static final String NS = "http://gexf.net/1.3";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Override
    public ExportFormat format() {
        return ExportFormat.GEXF;
    }

    @Override
    public void export(ExportJob job) throws ExportException {
        AtomicFile.checkTarget(job.target(), job.overwrite());
        AtomicFile.write(job.target(), job.overwrite(), out -> write(job.view(), job.positions(), out));
    }

    /** Writes the GEXF document as UTF-8; does not close {@code out}. */
    public void write(AlignmentView view, Positions positions, OutputStream out) throws IOException {
        var timeline = new Timeline(view);
        var style = VisualStyle.of(Theme.LIGHT);
        var tieAttributes = ElementAttributes.tie(view.criteria().basis());
        var members = new HashMap<String, Set<String>>();
        for (var t : timeline.ties()) {
            if (t instanceof MembershipTie m) {
                members.computeIfAbsent(m.organisation().id(), k -> new HashSet<>())
                        .add(m.membership().stateId());
            }
        }
        try {
            var x = new Indenting(FACTORY.createXMLStreamWriter(
                    XmlChars.cleaning(new OutputStreamWriter(out, StandardCharsets.UTF_8))));
            x.w.writeStartDocument("UTF-8", "1.0");
            x.open(0, "gexf");
            x.w.writeDefaultNamespace(NS);
            x.w.writeAttribute("version", "1.3");
            x.open(1, "meta");
            x.text(2, "creator", "Alliance Atlas");
            x.text(2, "description", "Defence alignments " + timeline.firstYear() + "\u2013" + timeline.lastYear()
                    + "; spells are years as of 31 December");
            x.close(1);
            x.open(1, "graph");
            x.w.writeAttribute("mode", "dynamic");
            // A mixed graph declares no default and types every edge: Gephi rejects a directed edge in a graph
            // whose default is undirected (docs/benchmarks.md, "Gephi drops our directed ties on import").
            boolean mixed = timeline.ties().stream().anyMatch(GexfExporter::isDirected);
            if (!mixed) {
                x.w.writeAttribute("defaultedgetype", "undirected");
            }
            x.w.writeAttribute("timeformat", "integer");
            x.w.writeAttribute("timerepresentation", "interval");
            x.w.writeAttribute("start", Integer.toString(timeline.firstYear()));
            x.w.writeAttribute("end", Integer.toString(timeline.lastYear()));
            declare(x, "node", ElementAttributes.VERTEX);
            declareNameOfYear(x);
            declare(x, "edge", tieAttributes);
            x.open(2, "nodes");
            x.w.writeAttribute("count", Integer.toString(timeline.vertices().size()));
            for (var a : timeline.vertices()) {
                x.open(3, "node");
                x.w.writeAttribute("id", a.id());
                x.w.writeAttribute("label", a.name());
                values(x, ElementAttributes.VERTEX, a, () -> namesOfYears(x, a, timeline));
                spells(x, timeline.spells(a));
                viz(x, a, positions, style, members.getOrDefault(a.id(), Set.of()).size());
                x.close(3);
            }
            x.close(2);
            x.open(2, "edges");
            x.w.writeAttribute("count", Integer.toString(timeline.ties().size()));
            for (var t : timeline.ties()) {
                x.open(3, "edge");
                x.w.writeAttribute("id", t.id());
                x.w.writeAttribute("source", view.first(t).id());
                x.w.writeAttribute("target", view.second(t).id());
                if (mixed) {
                    x.w.writeAttribute("type", isDirected(t) ? "directed" : "undirected");
                }
                x.w.writeAttribute("label", ElementAttributes.label(t));
                values(x, tieAttributes, t, () -> { });
                spells(x, timeline.spells(t));
                x.close(3);
            }
            x.close(2);
            x.close(1);
            x.close(0);
            x.w.writeEndDocument();
            x.w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static <T> void declare(Indenting x, String kind, List<ElementAttributes.Attribute<T>> attributes)
            throws XMLStreamException {
        x.open(2, "attributes");
        x.w.writeAttribute("class", kind);
        x.w.writeAttribute("mode", "static");
        for (var a : attributes) {
            x.empty(3, "attribute");
            x.w.writeAttribute("id", a.key());
            x.w.writeAttribute("title", a.key());
            x.w.writeAttribute("type", switch (a.type()) {
                case STRING -> "string";
                case DOUBLE -> "double";
                case INTEGER -> "integer";
                case BOOLEAN -> "boolean";
            });
        }
        x.close(2);
    }

    /** The dynamic attribute of a node: its name in each year ("West Germany" 1949–1989, "Germany" after). */
    private static void declareNameOfYear(Indenting x) throws XMLStreamException {
        x.open(2, "attributes");
        x.w.writeAttribute("class", "node");
        x.w.writeAttribute("mode", "dynamic");
        x.empty(3, "attribute");
        x.w.writeAttribute("id", NAME_OF_YEAR);
        x.w.writeAttribute("title", NAME_OF_YEAR);
        x.w.writeAttribute("type", "string");
        x.close(2);
    }

    /** Writes more attribute values inside the element's {@code <attvalues>}. */
    private interface MoreValues {
        void write() throws XMLStreamException;
    }

    private static <T> void values(Indenting x, List<ElementAttributes.Attribute<T>> attributes, T element,
                                   MoreValues more) throws XMLStreamException {
        x.open(4, "attvalues");
        for (var a : attributes) {
            var v = a.valueOf(element);
            if (v != null) {
                x.empty(5, "attvalue");
                x.w.writeAttribute("for", a.key());
                x.w.writeAttribute("value", v);
            }
        }
        more.write();
        x.close(4);
    }

    /**
     * The actor's name of each year of the timeline, as runs of years (inclusive) with the same name: one value
     * without dates for an actor never renamed, else one per run, the last without an end when it reaches the last
     * year. Gephi can label nodes by it as the timeline plays.
     */
    private static void namesOfYears(Indenting x, Actor a, Timeline timeline) throws XMLStreamException {
        int first = timeline.firstYear();
        int last = timeline.lastYear();
        int runStart = first;
        String runName = a.nameIn(first);
        for (int y = first + 1; y <= last + 1; y++) {
            String name = y <= last ? a.nameIn(y) : null;
            if (name != null && name.equals(runName)) {
                continue;
            }
            x.empty(5, "attvalue");
            x.w.writeAttribute("for", NAME_OF_YEAR);
            x.w.writeAttribute("value", runName);
            boolean whole = runStart == first && y == last + 1;
            if (!whole) {
                x.w.writeAttribute("start", Integer.toString(runStart));
                if (y <= last) {
                    x.w.writeAttribute("end", Integer.toString(y - 1));
                }
            }
            runStart = y;
            runName = name;
        }
    }

    private static void spells(Indenting x, List<Timeline.Spell> spells) throws XMLStreamException {
        x.open(4, "spells");
        for (var s : spells) {
            x.empty(5, "spell");
            x.w.writeAttribute("start", Integer.toString(s.start()));
            if (!s.open()) {
                x.w.writeAttribute("end", Integer.toString(s.end()));
            }
        }
        x.close(4);
    }

    private static void viz(Indenting x, Actor a, Positions positions, VisualStyle style, int members)
            throws XMLStreamException {
        var fill = style.fill(a);
        x.empty(4, "color");
        x.w.writeAttribute("r", Integer.toString(fill.r()));
        x.w.writeAttribute("g", Integer.toString(fill.g()));
        x.w.writeAttribute("b", Integer.toString(fill.b()));
        var p = positions.of(a.id());
        if (p.isPresent()) {
            x.empty(4, "position");
            x.w.writeAttribute("x", SvgWriter.num(p.get().x()));
            x.w.writeAttribute("y", SvgWriter.num(-p.get().y()));
        }
        x.empty(4, "size");
        x.w.writeAttribute("value", String.format(Locale.ROOT, "%.1f", style.radius(a, members)));
        x.empty(4, "shape");
        x.w.writeAttribute("value", a instanceof Organisation ? "square" : "disc");
    }

    /** Pretty-printing around a stream writer, so that the file diffs and reads well. */
    private static final class Indenting {
        final XMLStreamWriter w;

        Indenting(XMLStreamWriter w) {
            this.w = w;
        }

        void open(int depth, String name) throws XMLStreamException {
            indent(depth);
            w.writeStartElement(name);
        }

        void empty(int depth, String name) throws XMLStreamException {
            indent(depth);
            w.writeEmptyElement(name);
        }

        void text(int depth, String name, String text) throws XMLStreamException {
            open(depth, name);
            w.writeCharacters(text);
            w.writeEndElement();
        }

        void close(int depth) throws XMLStreamException {
            indent(depth);
            w.writeEndElement();
        }

        private void indent(int depth) throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }
    }

    private static boolean isDirected(Tie t) {
        return t instanceof ClauseTie c && c.isDirected();
    }
}

package org.allianceatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.style.Rgb;

/**
 * Writes a {@link RenderModel} as SVG 1.1: one {@code <g>} per layer, shapes with a {@code <title>} tooltip, labels
 * as real {@code <text>} (selectable, searchable, editable) in the style's font families with generic fallbacks.
 * Every name and text goes through {@link XMLStreamWriter}, which escapes markup characters, so a state called
 * {@code <script>} or {@code A & B} is text, never markup. Stateless and thread-safe.
 */
public final class SvgWriter {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Writes the model as UTF-8; does not close {@code out}. */
    public void write(RenderModel model, OutputStream out) throws IOException {
        try {
            var x = FACTORY.createXMLStreamWriter(
                    XmlChars.cleaning(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("svg");
            x.writeDefaultNamespace(SVG_NS);
            x.writeAttribute("version", "1.1");
            x.writeAttribute("width", num(model.width()));
            x.writeAttribute("height", num(model.height()));
            x.writeAttribute("viewBox", "0 0 " + num(model.width()) + " " + num(model.height()));
            x.writeCharacters("\n");
            if (model.title() != null) {
                element(x, "title", model.title());
            }
            if (model.background() != null) {
                x.writeEmptyElement("rect");
                x.writeAttribute("width", "100%");
                x.writeAttribute("height", "100%");
                paint(x, "fill", model.background());
                x.writeCharacters("\n");
            }
            x.writeStartElement("g");
            x.writeAttribute("font-family", fontFamilies(model));
            x.writeCharacters("\n");
            for (var layer : model.layers()) {
                if (layer.items().isEmpty()) {
                    continue;
                }
                x.writeStartElement("g");
                x.writeAttribute("class", layer.name());
                x.writeCharacters("\n");
                for (var d : layer.items()) {
                    draw(x, d);
                    x.writeCharacters("\n");
                }
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write SVG: " + e.getMessage(), e);
        }
    }

    private static void draw(XMLStreamWriter x, Drawable d) throws XMLStreamException {
        if (d instanceof Drawable.Circle c) {
            start(x, "circle", c.tooltip());
            x.writeAttribute("cx", num(c.cx()));
            x.writeAttribute("cy", num(c.cy()));
            x.writeAttribute("r", num(c.r()));
            fillAndStroke(x, c.fill(), c.stroke(), c.strokeWidth());
            end(x, c.tooltip());
        } else if (d instanceof Drawable.RoundedSquare s) {
            start(x, "rect", s.tooltip());
            x.writeAttribute("x", num(s.cx() - s.half()));
            x.writeAttribute("y", num(s.cy() - s.half()));
            x.writeAttribute("width", num(2 * s.half()));
            x.writeAttribute("height", num(2 * s.half()));
            x.writeAttribute("rx", num(s.corner()));
            fillAndStroke(x, s.fill(), s.stroke(), s.strokeWidth());
            end(x, s.tooltip());
        } else if (d instanceof Drawable.Rect r) {
            x.writeEmptyElement("rect");
            x.writeAttribute("x", num(r.x()));
            x.writeAttribute("y", num(r.y()));
            x.writeAttribute("width", num(r.width()));
            x.writeAttribute("height", num(r.height()));
            if (r.corner() > 0) {
                x.writeAttribute("rx", num(r.corner()));
            }
            fillAndStroke(x, r.fill(), r.stroke(), r.strokeWidth());
        } else if (d instanceof Drawable.Line l) {
            line(x, l);
        } else if (d instanceof Drawable.Text t) {
            x.writeStartElement("text");
            x.writeAttribute("x", num(t.x()));
            x.writeAttribute("y", num(t.y()));
            x.writeAttribute("font-size", num(t.size()));
            if (t.bold()) {
                x.writeAttribute("font-weight", "bold");
            }
            switch (t.anchor()) {
                case MIDDLE -> x.writeAttribute("text-anchor", "middle");
                case END -> x.writeAttribute("text-anchor", "end");
                default -> { }
            }
            paint(x, "fill", t.colour());
            x.writeCharacters(t.text());
            x.writeEndElement();
        }
    }

    private static void line(XMLStreamWriter x, Drawable.Line l) throws XMLStreamException {
        double[] end = l.shaftEnd();
        if (l.arrow()) {
            x.writeStartElement("g");
        }
        x.writeEmptyElement("line");
        x.writeAttribute("x1", num(l.x1()));
        x.writeAttribute("y1", num(l.y1()));
        x.writeAttribute("x2", num(end[0]));
        x.writeAttribute("y2", num(end[1]));
        paint(x, "stroke", l.colour());
        x.writeAttribute("stroke-width", num(l.width()));
        if (!l.dash().isEmpty()) {
            x.writeAttribute("stroke-dasharray", l.dash().stream().map(SvgWriter::num)
                    .collect(Collectors.joining(" ")));
        }
        if (l.arrow()) {
            double[] h = l.arrowhead();
            x.writeEmptyElement("polygon");
            x.writeAttribute("points", num(h[0]) + "," + num(h[1]) + " " + num(h[2]) + "," + num(h[3]) + " "
                    + num(h[4]) + "," + num(h[5]));
            paint(x, "fill", l.colour());
            x.writeEndElement();
        }
    }

    private static void start(XMLStreamWriter x, String name, String tooltip) throws XMLStreamException {
        if (tooltip == null) {
            x.writeEmptyElement(name);
        } else {
            x.writeStartElement(name);
        }
    }

    /** Closes a shape; its tooltip goes in a {@code <title>} child, which browsers show on hover. */
    private static void end(XMLStreamWriter x, String tooltip) throws XMLStreamException {
        if (tooltip != null) {
            element(x, "title", tooltip);
            x.writeEndElement();
        }
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void fillAndStroke(XMLStreamWriter x, Rgb fill, Rgb stroke, double width)
            throws XMLStreamException {
        if (fill == null) {
            x.writeAttribute("fill", "none");
        } else {
            paint(x, "fill", fill);
        }
        if (stroke != null && width > 0) {
            paint(x, "stroke", stroke);
            x.writeAttribute("stroke-width", num(width));
        }
    }

    /** A colour as {@code #rrggbb} plus an opacity attribute when translucent (SVG 1.1 has no rgba()). */
    private static void paint(XMLStreamWriter x, String property, Rgb colour) throws XMLStreamException {
        x.writeAttribute(property, colour.toHex());
        if (colour.alpha() < 1) {
            x.writeAttribute(property + "-opacity", num(colour.alpha()));
        }
    }

    /** Families quoted where they contain spaces, generic families bare, as CSS wants them. */
    private static String fontFamilies(RenderModel model) {
        return model.fontFamilies().stream()
                .map(f -> f.contains(" ") ? "'" + f.replace("'", "") + "'" : f)
                .collect(Collectors.joining(", "));
    }

    /** A coordinate with at most two decimals and no trailing zeros; locale-independent. */
    static String num(double v) {
        var s = String.format(Locale.ROOT, "%.2f", v);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.equals("-0") ? "0" : s;
    }
}

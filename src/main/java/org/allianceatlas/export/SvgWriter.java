package org.allianceatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.style.Rgb;

/**
 * Writes a {@link RenderModel} as SVG 1.1: one {@code <g>} per layer, shapes grouped with a {@code <title>} tooltip, labels
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
            var x = FACTORY.createXMLStreamWriter(out, "UTF-8");
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
            // Browsers, librsvg and Inkscape take the style's list of families; ImageMagick's own renderer reads
            // only the attribute below and knows only a single installed family, the one the PNG and PDF use.
            element(x, "style", "text { font-family: " + fontFamilies(model) + "; }");
            x.writeCharacters("\n");
            if (model.background() != null) {
                x.writeEmptyElement("rect");
                x.writeAttribute("width", num(model.width()));
                x.writeAttribute("height", num(model.height()));
                paint(x, "fill", model.background());
                x.writeAttribute("stroke", "none");
                x.writeCharacters("\n");
            }
            var hatches = hatches(model);
            if (!hatches.isEmpty()) {
                writeHatches(x, hatches);
            }
            x.writeStartElement("g");
            x.writeAttribute("font-family", installedFamily(model));
            x.writeCharacters("\n");
            for (var layer : model.layers()) {
                if (layer.items().isEmpty()) {
                    continue;
                }
                x.writeStartElement("g");
                x.writeAttribute("class", layer.name());
                x.writeCharacters("\n");
                for (var d : layer.items()) {
                    draw(x, d, hatches);
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

    private static void draw(XMLStreamWriter x, Drawable d, Map<Drawable.Hatch, String> hatches)
            throws XMLStreamException {
        if (d instanceof Drawable.Area a) {
            x.writeEmptyElement("path");
            if (a.id() != null) {
                x.writeAttribute("id", a.id());
            }
            x.writeAttribute("d", pathData(a.rings(), true));
                        if (a.hatch() != null) {
                x.writeAttribute("fill", "url(#" + hatches.get(hatchKey(a)) + ")");
            } else if (a.fill() == null) {
                x.writeAttribute("fill", "none");
            } else {
                paint(x, "fill", a.fill());
            }
            x.writeAttribute("fill-rule", "evenodd");
            if (a.stroke() != null && a.strokeWidth() > 0) {
                paint(x, "stroke", a.stroke());
                x.writeAttribute("stroke-width", num(a.strokeWidth()));
                x.writeAttribute("stroke-linejoin", "round");
            } else {
                x.writeAttribute("stroke", "none");
            }
        } else if (d instanceof Drawable.Polyline l) {
            x.writeEmptyElement("path");
            x.writeAttribute("d", pathData(l.lines(), false));
            x.writeAttribute("fill", "none");
            paint(x, "stroke", l.colour());
            x.writeAttribute("stroke-width", num(l.width()));
            x.writeAttribute("stroke-linejoin", "round");
            x.writeAttribute("stroke-linecap", "round");
        } else if (d instanceof Drawable.Circle c) {
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
            if (t.halo() != null) {
                // A copy of the text in the halo colour, stroked, behind it (class "halo"): every viewer draws this
                // alike, which SVG 2's paint-order does not guarantee.
                text(x, t, t.halo(), t.halo());
            }
            text(x, t, t.colour(), null);
        }
    }

    private static void text(XMLStreamWriter x, Drawable.Text t, Rgb fill, Rgb halo) throws XMLStreamException {
        x.writeStartElement("text");
        if (halo != null) {
            x.writeAttribute("class", "halo");
        }
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
        paint(x, "fill", fill);
        if (halo != null) {
            paint(x, "stroke", halo);
            x.writeAttribute("stroke-width", num(Drawable.Text.HALO_WIDTH * t.size()));
            x.writeAttribute("stroke-linejoin", "round");
        } else {
            // Said, not left to the default: ImageMagick's renderer strokes text in black when nothing is said.
            x.writeAttribute("stroke", "none");
        }
        x.writeCharacters(t.text());
        x.writeEndElement();
    }

    /**
     * Compact path data: absolute move, then relative lines in tenths of a page unit (0.1 px on a slide: finer than
     * antialiasing shows), deltas taken between rounded points so that rounding never drifts; repeated points
     * dropped. A world map of about 48,000 points stays well under 1 MB.
     */
    static String pathData(List<double[]> parts, boolean close) {
        var sb = new StringBuilder();
        for (var p : parts) {
            if (p.length < 4) {
                continue;
            }
            long px = Math.round(p[0] * 10);
            long py = Math.round(p[1] * 10);
            sb.append('M').append(tenths(px)).append(' ').append(tenths(py)).append('l');
            boolean first = true;
            for (int i = 2; i + 1 < p.length; i += 2) {
                long qx = Math.round(p[i] * 10);
                long qy = Math.round(p[i + 1] * 10);
                if (qx == px && qy == py) {
                    continue;
                }
                var dx = tenths(qx - px);
                if (!first && !dx.startsWith("-")) {
                    sb.append(' ');
                }
                sb.append(dx);
                var dy = tenths(qy - py);
                if (!dy.startsWith("-")) {
                    sb.append(' ');
                }
                sb.append(dy);
                first = false;
                px = qx;
                py = qy;
            }
            if (first) {
                sb.append("0 0");
            }
            if (close) {
                sb.append('z');
            }
        }
        return sb.toString();
    }

    /** A number of tenths as a short decimal: 123 → 12.3, -5 → -.5, 40 → 4. */
    private static String tenths(long t) {
        long a = Math.abs(t);
        var s = new StringBuilder(t < 0 ? "-" : "");
        if (a >= 10) {
            s.append(a / 10);
        } else if (a % 10 == 0) {
            s.append('0');
        }
        if (a % 10 != 0) {
            s.append('.').append(a % 10);
        }
        return s.toString();
    }

    /** Every distinct hatch (with its area's base fill) in drawing order, named hatch-1, hatch-2 … */
    private static Map<Drawable.Hatch, String> hatches(RenderModel model) {
        var names = new LinkedHashMap<Drawable.Hatch, String>();
        for (var d : model.drawables()) {
            if (d instanceof Drawable.Area a && a.hatch() != null) {
                names.computeIfAbsent(hatchKey(a), k -> "hatch-" + (names.size() + 1));
            }
        }
        return names;
    }

    /** A hatch with its base fill as the first colour, so that one pattern draws both. */
    private static Drawable.Hatch hatchKey(Drawable.Area a) {
        var colours = new ArrayList<Rgb>();
        colours.add(a.fill());
        colours.addAll(a.hatch().colours());
        return new Drawable.Hatch(colours, a.hatch().spacing());
    }

    /**
     * One {@code <pattern>} per hatch, in user space so that the stripes of neighbouring countries line up: the base
     * fill (first colour, may be null for none), then one stripe per hatch colour, rotated by 45°.
     */
    private static void writeHatches(XMLStreamWriter x, Map<Drawable.Hatch, String> hatches)
            throws XMLStreamException {
        x.writeStartElement("defs");
        x.writeCharacters("\n");
        for (var e : hatches.entrySet()) {
            var h = e.getKey();
            int stripes = h.colours().size() - 1;
            double period = h.spacing() * stripes;
            x.writeStartElement("pattern");
            x.writeAttribute("id", e.getValue());
            x.writeAttribute("patternUnits", "userSpaceOnUse");
            x.writeAttribute("width", num(period));
            x.writeAttribute("height", num(h.spacing()));
            x.writeAttribute("patternTransform", "rotate(45)");
            if (h.colours().get(0) != null) {
                x.writeEmptyElement("rect");
                x.writeAttribute("width", num(period));
                x.writeAttribute("height", num(h.spacing()));
                paint(x, "fill", h.colours().get(0));
            }
            for (int i = 0; i < stripes; i++) {
                x.writeEmptyElement("rect");
                x.writeAttribute("x", num(i * h.spacing() + h.spacing() / 2));
                x.writeAttribute("width", num(h.spacing() / 2));
                x.writeAttribute("height", num(h.spacing()));
                paint(x, "fill", h.colours().get(i + 1));
            }
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void line(XMLStreamWriter x, Drawable.Line l) throws XMLStreamException {
        if (l.head() != null) {
            x.writeStartElement("g");
        }
        if (l.curved()) {
            x.writeEmptyElement("path");
            x.writeAttribute("d", "M" + num(l.x1()) + " " + num(l.y1()) + "Q" + num(l.cx()) + " " + num(l.cy())
                    + " " + num(l.x2()) + " " + num(l.y2()));
            x.writeAttribute("fill", "none");
        } else {
            x.writeEmptyElement("line");
            x.writeAttribute("x1", num(l.x1()));
            x.writeAttribute("y1", num(l.y1()));
            x.writeAttribute("x2", num(l.x2()));
            x.writeAttribute("y2", num(l.y2()));
            // ImageMagick's renderer fills a line (in black) unless told not to.
            x.writeAttribute("fill", "none");
        }
        paint(x, "stroke", l.colour());
        x.writeAttribute("stroke-width", num(l.width()));
        if (!l.dash().isEmpty()) {
            x.writeAttribute("stroke-dasharray", l.dash().stream().map(SvgWriter::num)
                    .collect(Collectors.joining(" ")));
        }
        var h = l.head();
        if (h != null) {
            x.writeEmptyElement("polygon");
            x.writeAttribute("points", num(h.tipX()) + "," + num(h.tipY()) + " " + num(h.leftX()) + ","
                    + num(h.leftY()) + " " + num(h.rightX()) + "," + num(h.rightY()));
            paint(x, "fill", l.colour());
            x.writeAttribute("stroke", "none");
            x.writeEndElement();
        }
    }

    /**
     * Opens a shape. A shape with a tooltip is wrapped in a group whose {@code <title>} browsers show on hover: a
     * {@code <title>} inside the shape itself makes ImageMagick drop the shape.
     */
    private static void start(XMLStreamWriter x, String name, String tooltip) throws XMLStreamException {
        if (tooltip != null) {
            x.writeStartElement("g");
            element(x, "title", tooltip);
        }
        x.writeEmptyElement(name);
    }

    /** Closes the group of a shape with a tooltip. */
    private static void end(XMLStreamWriter x, String tooltip) throws XMLStreamException {
        if (tooltip != null) {
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
        } else {
            x.writeAttribute("stroke", "none");
        }
    }

    /** A colour as {@code #rrggbb} plus an opacity attribute when translucent (SVG 1.1 has no rgba()). */
    /** A colour as {@code #rrggbb} plus an opacity attribute when translucent (SVG 1.1 has no rgba()). */
    private static void paint(XMLStreamWriter x, String property, Rgb colour) throws XMLStreamException {
        x.writeAttribute(property, colour.toHex());
        if (colour.alpha() < 1) {
            x.writeAttribute(property + "-opacity", num(colour.alpha()));
        }
    }

    /** Families quoted where they contain spaces, generic families bare, as CSS wants them. */
    /**
     * The one family of the model's list that this machine has (the one the PNG and PDF exports use), or the list's
     * generic last family when it has none.
     */
    private static String installedFamily(RenderModel model) {
        var face = FontFace.resolve(model.fontFamilies());
        return model.fontFamilies().contains(face.family()) ? face.family()
                : model.fontFamilies().get(model.fontFamilies().size() - 1);
    }

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

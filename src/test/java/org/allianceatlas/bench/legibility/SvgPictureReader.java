package org.allianceatlas.bench.legibility;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an SVG into an {@link SvgPicture}: vertex shapes and their labels in the pixels of a slide (1920 × 1080 unless
 * told otherwise) that the picture is fitted into, centred with its aspect ratio kept.
 *
 * <p><b>What is a vertex, what is a label.</b> By the groups that hold them: a {@code <g>} (or {@code <a>},
 * nested {@code <svg>}) whose {@code id} or {@code class} has a word (split at {@code -} and {@code _}) naming a role
 * gives it to everything inside, the innermost such group deciding. The words, in order of precedence:
 * {@code legend} (the legend), {@code outline, halo, edge(s), tie(s), map, background, …} (ignored: ties and the
 * outline copies of Gephi's labels), {@code title, subtitle} (the title block), {@code caption, source, footer},
 * {@code label(s)} (labels), {@code vertices, vertex, node(s), states, organisations} (vertices). Our exports use
 * {@code class="vertices"} and {@code class="labels"}; Gephi's {@code id="nodes"} and {@code id="node-labels"}. An SVG
 * with no vertex group at all has its loose circles, ellipses, rectangles, polygons and paths taken as vertices (a
 * rectangle covering most of the page is the background, not a vertex); one with no label group, its loose texts as
 * labels. Texts in a vertex group are labels.
 *
 * <p><b>Geometry.</b> Every {@code transform} is applied ({@code matrix, translate, scale, rotate, skewX, skewY},
 * nested); a rotated or skewed box becomes the box around it. A circle stays a circle under a transform that keeps
 * circles round. A label's box is the advance width of its text (with {@link FontMetricsCache}: this machine's fonts)
 * placed by {@code text-anchor}, from the font's ascent to its descent around the baseline, which {@code
 * dominant-baseline: central|middle|hanging} moves as browsers do; {@code x, y, dx, dy} take their first value;
 * {@code <tspan>}s with a position of their own are lines of the same label. Paths are bounded by their points and
 * control points (arcs by their end points). Style comes from presentation attributes and {@code style=""}, inherited.
 * Hidden elements ({@code display:none}, {@code visibility:hidden}) are skipped. External DTDs are never fetched.
 */
public final class SvgPictureReader {

    /** The 16:9 slide of issue 12: 1920 × 1080 pixels. */
    public static final Box SLIDE = new Box(0, 0, 1920, 1080);

    private static final Pattern TRANSFORM =
            Pattern.compile("(matrix|translate|scale|rotate|skewX|skewY)\\s*\\(([^)]*)\\)");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern PATH_TOKEN = Pattern.compile("[MmLlHhVvCcSsQqTtAaZz]|" + NUMBER.pattern());
    private static final Pattern LENGTH = Pattern.compile("\\s*(" + NUMBER.pattern() + ")\\s*([a-zA-Z%]*)\\s*");

    private final Box slide;
    private final FontMetricsCache fonts = new FontMetricsCache();

    public SvgPictureReader() {
        this(SLIDE);
    }

    /** A reader that fits pictures into {@code slide}. */
    public SvgPictureReader(Box slide) {
        this.slide = slide;
    }

    /** Reads an SVG file; a file that is not well-formed SVG is an {@link IOException} naming file, line and column. */
    public SvgPicture read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        }
    }

    /** Reads SVG from {@code in}; {@code source} names it in messages and in the picture. */
    public SvgPicture read(String source, InputStream in) throws IOException {
        Element root;
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Gephi's SVG names the SVG 1.1 DTD by URL: never fetch it (no network, and nothing in it is needed).
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            root = builder.parse(in, source).getDocumentElement();
        } catch (SAXParseException e) {
            throw new IOException(source + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not well-formed "
                    + "XML: " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(source + ": cannot read as XML: " + e.getMessage(), e);
        }
        if (!"svg".equals(localName(root))) {
            throw new IOException(source + ": the root element is <" + root.getNodeName() + ">, not <svg>");
        }
        return new Walk(source, root).picture();
    }

    enum Role { NONE, VERTICES, LABELS, LEGEND, TITLE, CAPTION, IGNORED }

    /** Inherited text style, in user units of the element it applies to. */
    private record Style(String families, double size, boolean bold, String anchor, String baseline) {

        static final Style INITIAL = new Style("sans-serif", 16, false, "start", "auto");
    }

    private final class Walk {

        private final String source;
        private final List<SvgLabel> labels = new ArrayList<>();
        private final List<SvgVertex> vertices = new ArrayList<>();
        private final List<SvgLabel> looseTexts = new ArrayList<>();
        private final List<SvgVertex> looseShapes = new ArrayList<>();
        private boolean vertexGroup;
        private boolean labelGroup;
        private Box legend;
        private Box title;
        private Box caption;
        private final Box page;
        private final double scale;

        Walk(String source, Element root) throws IOException {
            this.source = source;
            double[] viewBox = numbers(root.getAttribute("viewBox"));
            double w;
            double h;
            double minX = 0;
            double minY = 0;
            if (viewBox.length == 4 && viewBox[2] > 0 && viewBox[3] > 0) {
                minX = viewBox[0];
                minY = viewBox[1];
                w = viewBox[2];
                h = viewBox[3];
            } else {
                w = length(root.getAttribute("width"), 16, slide.width(), slide.width());
                h = length(root.getAttribute("height"), 16, slide.height(), slide.height());
            }
            if (!(w > 0 && h > 0)) {
                throw new IOException(source + ": the SVG has no usable size (viewBox or width and height)");
            }
            scale = Math.min(slide.width() / w, slide.height() / h);
            double offsetX = slide.minX() + (slide.width() - w * scale) / 2;
            double offsetY = slide.minY() + (slide.height() - h * scale) / 2;
            page = new Box(offsetX, offsetY, offsetX + w * scale, offsetY + h * scale);
            var ctm = new AffineTransform();
            ctm.translate(offsetX, offsetY);
            ctm.scale(scale, scale);
            ctm.translate(-minX, -minY);
            children(root, ctm, style(root, Style.INITIAL), Role.NONE, null);
        }

        SvgPicture picture() {
            if (!vertexGroup) {
                for (var s : looseShapes) {
                    if (!(s.box().area() >= 0.9 * page.area())) {
                        vertices.add(s);
                    }
                }
            }
            if (!labelGroup) {
                labels.addAll(looseTexts);
            }
            return new SvgPicture(source, slide, scale, labels, vertices, legend, title, caption);
        }

        private void children(Element parent, AffineTransform ctm, Style style, Role role, String key) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    element(e, ctm, style, role, key);
                }
            }
        }

        private void element(Element e, AffineTransform parentCtm, Style parentStyle, Role parentRole,
                             String parentKey) {
            var props = properties(e);
            if ("none".equals(props.display()) || "hidden".equals(props.visibility())) {
                return;
            }
            var ctm = new AffineTransform(parentCtm);
            ctm.concatenate(transform(e.getAttribute("transform")));
            var style = style(e, parentStyle);
            var key = e.hasAttribute("data-vertex") ? e.getAttribute("data-vertex") : parentKey;
            switch (localName(e)) {
                case "g", "a", "svg", "switch" -> {
                    var role = classify(e);
                    if (role == Role.VERTICES) {
                        vertexGroup = true;
                    } else if (role == Role.LABELS) {
                        labelGroup = true;
                    }
                    children(e, ctm, style, role == Role.NONE ? parentRole : role, key);
                }
                // A text whose own class says it is a halo (a stroked copy behind a label) is not a label.
                case "text" -> text(e, ctm, style, classify(e) == Role.IGNORED ? Role.IGNORED : parentRole,
                        ownKey(e, key));
                case "circle", "ellipse", "rect", "polygon", "polyline", "path", "line" ->
                        shape(e, ctm, parentRole, ownKey(e, key));
                default -> {
                    // defs, title, desc, style, metadata, clipPath, marker, symbol, images: not vertices or labels
                }
            }
        }

        private void text(Element e, AffineTransform ctm, Style style, Role role, String key) {
            if (role == Role.IGNORED) {
                return;
            }
            var runs = new ArrayList<Run>();
            double x = first(e, "x", style.size(), 0) + first(e, "dx", style.size(), 0);
            double y = first(e, "y", style.size(), 0) + first(e, "dy", style.size(), 0);
            var current = new Run(x, y, style, new StringBuilder());
            runs.add(current);
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    current.text().append(n.getNodeValue());
                } else if (n instanceof Element child && !"title".equals(localName(child))
                        && !"desc".equals(localName(child))) {
                    boolean positioned = "tspan".equals(localName(child)) && (child.hasAttribute("x")
                            || child.hasAttribute("y") || child.hasAttribute("dy"));
                    if (positioned) {
                        var childStyle = style(child, style);
                        double cx = child.hasAttribute("x") ? first(child, "x", childStyle.size(), 0) : x;
                        double cy = (child.hasAttribute("y") ? first(child, "y", childStyle.size(), 0) : current.y())
                                + first(child, "dy", childStyle.size(), 0);
                        current = new Run(cx, cy, childStyle, new StringBuilder(child.getTextContent()));
                        runs.add(current);
                    } else {
                        current.text().append(child.getTextContent());
                    }
                }
            }
            Box box = null;
            var words = new StringBuilder();
            double sizePx = Double.POSITIVE_INFINITY;
            double anchorX = 0;
            double anchorY = 0;
            String family = null;
            for (var run : runs) {
                var text = run.text().toString().strip().replaceAll("\\s+", " ");
                if (text.isEmpty()) {
                    continue;
                }
                var s = run.style();
                family = fonts.resolve(s.families());
                double width = fonts.width(family, s.bold(), text, s.size());
                double ascent = fonts.ascent(family, s.bold(), s.size());
                double descent = fonts.descent(family, s.bold(), s.size());
                double left = switch (s.anchor()) {
                    case "middle" -> run.x() - width / 2;
                    case "end" -> run.x() - width;
                    default -> run.x();
                };
                double top = switch (s.baseline()) {
                    case "central", "middle" -> run.y() - (ascent + descent) / 2;
                    case "hanging", "text-before-edge", "text-top" -> run.y();
                    case "text-after-edge", "ideographic", "text-bottom" -> run.y() - ascent - descent;
                    default -> run.y() - ascent;
                };
                var runBox = transformed(ctm, left, top, left + width, top + ascent + descent);
                if (runBox == null) {
                    continue;
                }
                if (box == null) {
                    double[] a = {run.x(), top + (ascent + descent) / 2};
                    ctm.transform(a, 0, a, 0, 1);
                    anchorX = a[0];
                    anchorY = a[1];
                }
                box = runBox.union(box);
                words.append(words.isEmpty() ? "" : " ").append(text);
                sizePx = Math.min(sizePx, s.size() * Math.hypot(ctm.getShearX(), ctm.getScaleY()));
            }
            if (box == null) {
                return;
            }
            var label = new SvgLabel(words.toString(), key, box, anchorX, anchorY, sizePx, family);
            switch (role) {
                case LABELS, VERTICES -> labels.add(label);
                case NONE -> looseTexts.add(label);
                default -> extend(role, box);
            }
        }

        private void shape(Element e, AffineTransform ctm, Role role, String key) {
            if (role == Role.IGNORED || role == Role.LABELS) {
                return;
            }
            String name = localName(e);
            if (name.equals("line")) {
                // Ties are lines; a line is never a vertex, but it does belong to the legend it is drawn in.
                var box = transformed(ctm, d(e, "x1"), d(e, "y1"), d(e, "x2"), d(e, "y2"));
                if (box != null) {
                    extend(role, box);
                }
                return;
            }
            var vertex = vertex(e, name, ctm, key);
            if (vertex == null) {
                return;
            }
            switch (role) {
                case VERTICES -> vertices.add(vertex);
                case NONE -> looseShapes.add(vertex);
                default -> extend(role, vertex.box());
            }
        }

        private SvgVertex vertex(Element e, String name, AffineTransform ctm, String key) {
            var tooltip = tooltip(e);
            switch (name) {
                case "circle", "ellipse" -> {
                    double cx = d(e, "cx");
                    double cy = d(e, "cy");
                    double rx = name.equals("circle") ? d(e, "r") : d(e, "rx");
                    double ry = name.equals("circle") ? rx : d(e, "ry");
                    if (!(rx > 0 && ry > 0)) {
                        return null;
                    }
                    if (Math.abs(rx - ry) < 1e-9 && keepsCircles(ctm)) {
                        double[] c = {cx, cy};
                        ctm.transform(c, 0, c, 0, 1);
                        double r = rx * Math.sqrt(Math.abs(ctm.getDeterminant()));
                        return Double.isFinite(c[0]) && Double.isFinite(c[1]) ? SvgVertex.circle(key, tooltip, c[0],
                                c[1], r) : null;
                    }
                    var box = transformed(ctm, cx - rx, cy - ry, cx + rx, cy + ry);
                    return box == null ? null : SvgVertex.box(key, tooltip, box);
                }
                case "rect" -> {
                    double x = d(e, "x");
                    double y = d(e, "y");
                    double w = length(e.getAttribute("width"), 16, page.width() / scale, 0);
                    double h = length(e.getAttribute("height"), 16, page.height() / scale, 0);
                    if (!(w > 0 && h > 0)) {
                        return null;
                    }
                    var box = transformed(ctm, x, y, x + w, y + h);
                    return box == null ? null : SvgVertex.box(key, tooltip, box);
                }
                default -> {
                    double[] points = name.equals("path") ? pathPoints(e.getAttribute("d"))
                            : numbers(e.getAttribute("points"));
                    if (points.length < 2) {
                        return null;
                    }
                    ctm.transform(points, 0, points, 0, points.length / 2);
                    var box = Box.around(points);
                    return box == null ? null : SvgVertex.box(key, tooltip, box);
                }
            }
        }

        private void extend(Role role, Box box) {
            switch (role) {
                case LEGEND -> legend = box.union(legend);
                case TITLE -> title = box.union(title);
                case CAPTION -> caption = box.union(caption);
                default -> { }
            }
        }
    }

    private record Run(double x, double y, Style style, StringBuilder text) {
    }

    /** The element's vertex key: {@code data-vertex}, else Gephi's {@code class="id_…"}, else the inherited one. */
    private static String ownKey(Element e, String inherited) {
        if (e.hasAttribute("data-vertex")) {
            return e.getAttribute("data-vertex");
        }
        for (var token : e.getAttribute("class").split("\\s+")) {
            if (token.startsWith("id_") && token.length() > 3) {
                return token.substring(3);
            }
        }
        return inherited;
    }

    static Role classify(Element e) {
        var words = new ArrayList<String>();
        for (var token : (e.getAttribute("id") + " " + e.getAttribute("class")).toLowerCase(Locale.ROOT)
                .split("\\s+")) {
            words.addAll(List.of(token.split("[-_]")));
        }
        if (words.contains("legend")) {
            return Role.LEGEND;
        }
        for (var w : List.of("outline", "outlines", "halo", "halos", "shadow", "edge", "edges", "tie", "ties", "map",
                "background", "graticule", "countries")) {
            if (words.contains(w)) {
                return Role.IGNORED;
            }
        }
        if (words.contains("title") || words.contains("subtitle")) {
            return Role.TITLE;
        }
        if (words.contains("caption") || words.contains("source") || words.contains("footer")) {
            return Role.CAPTION;
        }
        if (words.contains("label") || words.contains("labels")) {
            return Role.LABELS;
        }
        for (var w : List.of("vertices", "vertex", "nodes", "node", "states", "organisations", "organizations")) {
            if (words.contains(w)) {
                return Role.VERTICES;
            }
        }
        return Role.NONE;
    }

    private record Properties(String display, String visibility) {
    }

    private static Properties properties(Element e) {
        return new Properties(property(e, "display"), property(e, "visibility"));
    }

    /** A presentation property: the {@code style=""} declaration wins over the attribute, as in CSS. */
    private static String property(Element e, String name) {
        var style = e.getAttribute("style");
        if (!style.isEmpty()) {
            for (var declaration : style.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0 && declaration.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return declaration.substring(colon + 1).replace("!important", "").strip();
                }
            }
        }
        var value = e.getAttribute(name).strip();
        return value.isEmpty() ? null : value;
    }

    private Style style(Element e, Style inherited) {
        var families = property(e, "font-family");
        var size = property(e, "font-size");
        var weight = property(e, "font-weight");
        var anchor = property(e, "text-anchor");
        var baseline = property(e, "dominant-baseline");
        if (baseline == null) {
            baseline = property(e, "alignment-baseline");
        }
        boolean bold = inherited.bold();
        if (weight != null) {
            bold = switch (weight) {
                case "bold", "bolder", "600", "700", "800", "900" -> true;
                case "inherit" -> inherited.bold();
                default -> false;
            };
        }
        return new Style(families == null || families.equals("inherit") ? inherited.families() : families,
                size == null || size.equals("inherit") ? inherited.size()
                        : length(size, inherited.size(), inherited.size(), inherited.size()),
                bold,
                anchor == null || anchor.equals("inherit") ? inherited.anchor() : anchor,
                baseline == null || baseline.equals("inherit") ? inherited.baseline() : baseline);
    }

    /** A length in user units: px (or none), pt, pc, mm, cm, in, em, ex, %; {@code fallback} when absent or odd. */
    static double length(String value, double em, double percentOf, double fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        var m = LENGTH.matcher(value);
        if (!m.matches()) {
            return fallback;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "px" -> v;
            case "pt" -> v * 4 / 3;
            case "pc" -> v * 16;
            case "mm" -> v * 96 / 25.4;
            case "cm" -> v * 96 / 2.54;
            case "in" -> v * 96;
            case "em" -> v * em;
            case "ex" -> v * em / 2;
            case "%" -> v * percentOf / 100;
            default -> fallback;
        };
    }

    /** The first value of a length-list attribute ({@code x="10 20"} is 10). */
    private static double first(Element e, String attribute, double em, double fallback) {
        var value = e.getAttribute(attribute).strip();
        if (value.isEmpty()) {
            return fallback;
        }
        return length(value.split("[\\s,]+")[0], em, 0, fallback);
    }

    private static double d(Element e, String attribute) {
        return length(e.getAttribute(attribute), 16, 0, 0);
    }

    static double[] numbers(String text) {
        if (text == null || text.isBlank()) {
            return new double[0];
        }
        var m = NUMBER.matcher(text);
        var values = new ArrayList<Double>();
        while (m.find()) {
            values.add(Double.parseDouble(m.group()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The SVG {@code transform} attribute as one affine transform (functions applied left to right). */
    static AffineTransform transform(String text) {
        var result = new AffineTransform();
        if (text == null || text.isBlank()) {
            return result;
        }
        var m = TRANSFORM.matcher(text);
        while (m.find()) {
            double[] a = numbers(m.group(2));
            switch (m.group(1)) {
                case "matrix" -> {
                    if (a.length == 6) {
                        result.concatenate(new AffineTransform(a[0], a[1], a[2], a[3], a[4], a[5]));
                    }
                }
                case "translate" -> result.translate(a.length > 0 ? a[0] : 0, a.length > 1 ? a[1] : 0);
                case "scale" -> result.scale(a.length > 0 ? a[0] : 1, a.length > 1 ? a[1] : a.length > 0 ? a[0] : 1);
                case "rotate" -> {
                    if (a.length >= 3) {
                        result.rotate(Math.toRadians(a[0]), a[1], a[2]);
                    } else if (a.length == 1) {
                        result.rotate(Math.toRadians(a[0]));
                    }
                }
                case "skewX" -> result.shear(a.length > 0 ? Math.tan(Math.toRadians(a[0])) : 0, 0);
                case "skewY" -> result.shear(0, a.length > 0 ? Math.tan(Math.toRadians(a[0])) : 0);
                default -> { }
            }
        }
        return result;
    }

    /** True when the transform maps circles to circles (a similarity: uniform scale, rotation, reflection). */
    private static boolean keepsCircles(AffineTransform t) {
        double xLength = Math.hypot(t.getScaleX(), t.getShearY());
        double yLength = Math.hypot(t.getShearX(), t.getScaleY());
        double dot = t.getScaleX() * t.getShearX() + t.getShearY() * t.getScaleY();
        return Math.abs(xLength - yLength) <= 1e-6 * Math.max(xLength, yLength) && Math.abs(dot) <= 1e-6 * xLength
                * yLength;
    }

    /** The box around a user-space rectangle after {@code ctm}, or null when a coordinate is not a number. */
    private static Box transformed(AffineTransform ctm, double x0, double y0, double x1, double y1) {
        double[] p = {x0, y0, x1, y0, x1, y1, x0, y1};
        ctm.transform(p, 0, p, 0, 4);
        for (double v : p) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return Box.around(p);
    }

    /** End points and control points of a path, absolute: enough to bound a vertex marker. */
    static double[] pathPoints(String d) {
        var m = PATH_TOKEN.matcher(d == null ? "" : d);
        var tokens = new ArrayList<String>();
        while (m.find()) {
            tokens.add(m.group());
        }
        var points = new ArrayList<Double>();
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        char command = 'M';
        int i = 0;
        while (i < tokens.size()) {
            var token = tokens.get(i);
            if (Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
                i++;
                if (command == 'Z' || command == 'z') {
                    x = startX;
                    y = startY;
                    continue;
                }
            }
            boolean relative = Character.isLowerCase(command);
            int arity = switch (Character.toUpperCase(command)) {
                case 'H', 'V' -> 1;
                case 'M', 'L', 'T' -> 2;
                case 'S', 'Q' -> 4;
                case 'C' -> 6;
                case 'A' -> 7;
                default -> 0;
            };
            if (arity == 0 || i + arity > tokens.size() || Character.isLetter(tokens.get(i).charAt(0))) {
                i++;
                continue;
            }
            double[] a = new double[arity];
            for (int k = 0; k < arity; k++) {
                a[k] = Double.parseDouble(tokens.get(i + k));
            }
            i += arity;
            double ox = relative ? x : 0;
            double oy = relative ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'H' -> x = a[0] + ox;
                case 'V' -> y = a[0] + oy;
                case 'A' -> {
                    x = a[5] + ox;
                    y = a[6] + oy;
                }
                default -> {
                    for (int k = 0; k + 1 < arity - 2; k += 2) {
                        points.add(a[k] + ox);
                        points.add(a[k + 1] + oy);
                    }
                    x = a[arity - 2] + ox;
                    y = a[arity - 1] + oy;
                }
            }
            points.add(x);
            points.add(y);
            if (Character.toUpperCase(command) == 'M') {
                startX = x;
                startY = y;
                command = relative ? 'l' : 'L';
            }
        }
        return points.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A shape's tooltip: its own {@code <title>} child, or that of a group around it alone (our SVG wraps each vertex
     * with its title in a group, since ImageMagick drops shapes that have a title inside).
     */
    private static String tooltip(Element e) {
        var own = titleChild(e);
        if (own != null || !(e.getParentNode() instanceof Element parent) || !"g".equals(localName(parent))) {
            return own;
        }
        int shapes = 0;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && !"title".equals(localName(child))) {
                shapes++;
            }
        }
        return shapes == 1 ? titleChild(parent) : null;
    }

    private static String titleChild(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && "title".equals(localName(child))) {
                var text = child.getTextContent().strip();
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    private static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    }
}

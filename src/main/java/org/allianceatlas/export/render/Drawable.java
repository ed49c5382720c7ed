package org.allianceatlas.export.render;

import java.util.List;
import java.util.Objects;

import org.allianceatlas.export.style.Rgb;

/**
 * One element of a {@link RenderModel}, in page units (y downwards). Renderers draw drawables in order and need no
 * other knowledge of the graph: geometry (arrowheads, text boxes) is computed here once for all of them.
 */
public sealed interface Drawable permits Drawable.Circle, Drawable.RoundedSquare, Drawable.Rect, Drawable.Line,
        Drawable.Text, Drawable.Area, Drawable.Polyline {

    /** The box the drawn element covers, strokes and text included. */
    Bounds bounds();

    /**
     * A filled, outlined circle (a state).
     *
     * @param fill    null for no fill
     * @param stroke  null for no outline
     * @param tooltip a description shown on hover where the format supports it (SVG {@code <title>}), or null
     */
    record Circle(double cx, double cy, double r, Rgb fill, Rgb stroke, double strokeWidth, String tooltip)
            implements Drawable {
        @Override
        public Bounds bounds() {
            double e = r + (stroke == null ? 0 : strokeWidth / 2);
            return new Bounds(cx - e, cy - e, cx + e, cy + e);
        }
    }

    /**
     * A square with rounded corners centred on (cx, cy) (an organisation).
     *
     * @param half   half the side
     * @param corner corner radius
     */
    record RoundedSquare(double cx, double cy, double half, double corner, Rgb fill, Rgb stroke, double strokeWidth,
                         String tooltip) implements Drawable {
        @Override
        public Bounds bounds() {
            double e = half + (stroke == null ? 0 : strokeWidth / 2);
            return new Bounds(cx - e, cy - e, cx + e, cy + e);
        }
    }

    /** A rectangle from its top-left corner (page background, legend frame). Null fill or stroke: none. */
    record Rect(double x, double y, double width, double height, double corner, Rgb fill, Rgb stroke,
                double strokeWidth) implements Drawable {
        @Override
        public Bounds bounds() {
            double e = stroke == null ? 0 : strokeWidth / 2;
            return new Bounds(x - e, y - e, x + width + e, y + height + e);
        }
    }

    /**
     * A stroked line — straight, or a quadratic curve through the control point ({@code cx}, {@code cy}) — optionally
     * dashed, optionally ending in a filled arrowhead. The geometry is final: where the stroke stops short of the tip
     * and where the arrowhead lies are decided once, by {@link TieGeometry}, for every renderer.
     *
     * @param cx   x of the control point of a quadratic curve, NaN for a straight line
     * @param cy   y of the control point, NaN for a straight line
     * @param x2   where the stroke ends (the base of the arrowhead when there is one)
     * @param dash on/off lengths in page units; empty for solid
     * @param head the arrowhead, filled in {@code colour}, or null
     */
    record Line(double x1, double y1, double cx, double cy, double x2, double y2, Rgb colour, double width,
                List<Double> dash, Arrowhead head) implements Drawable {

        public Line {
            Objects.requireNonNull(colour, "colour");
            dash = List.copyOf(dash);
        }

        /** A straight, undirected line. */
        public static Line straight(double x1, double y1, double x2, double y2, Rgb colour, double width,
                                    List<Double> dash) {
            return new Line(x1, y1, Double.NaN, Double.NaN, x2, y2, colour, width, dash, null);
        }

        /** True for a quadratic curve, false for a straight line. */
        public boolean curved() {
            return !Double.isNaN(cx);
        }

        @Override
        public Bounds bounds() {
            double e = width / 2;
            double minX = Math.min(x1, x2);
            double minY = Math.min(y1, y2);
            double maxX = Math.max(x1, x2);
            double maxY = Math.max(y1, y2);
            if (curved()) {
                // The curve lies within the triangle of its end and control points.
                minX = Math.min(minX, cx);
                minY = Math.min(minY, cy);
                maxX = Math.max(maxX, cx);
                maxY = Math.max(maxY, cy);
            }
            var box = new Bounds(minX - e, minY - e, maxX + e, maxY + e);
            return head == null ? box : box.union(head.bounds());
        }
    }

    /** A filled triangle at the end of a directed tie: its tip and the two corners of its base. */
    record Arrowhead(double tipX, double tipY, double leftX, double leftY, double rightX, double rightY) {

        public Bounds bounds() {
            return new Bounds(Math.min(tipX, Math.min(leftX, rightX)), Math.min(tipY, Math.min(leftY, rightY)),
                    Math.max(tipX, Math.max(leftX, rightX)), Math.max(tipY, Math.max(leftY, rightY)));
        }
    }

    /**
     * One line of text; (x, y) is the baseline point named by {@code anchor}.
     *
     * @param size font size in page units (em height)
     * @param halo colour of a thin outline drawn behind the glyphs so that the text reads over lines (a map
     *             label's halo), or null for none
     */
    record Text(double x, double y, String text, double size, Rgb colour, Anchor anchor, boolean bold, Rgb halo)
            implements Drawable {

        /** Width of a halo, as a share of the font size (on each side of the glyphs' outline, half of it). */
        public static final double HALO_WIDTH = 0.28;

        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(anchor, "anchor");
        }

        /** Text without a halo. */
        public Text(double x, double y, String text, double size, Rgb colour, Anchor anchor, boolean bold) {
            this(x, y, text, size, colour, anchor, bold, null);
        }

        @Override
        public Bounds bounds() {
            double w = TextMetrics.width(text, size, bold);
            double left = switch (anchor) {
                case START -> x;
                case MIDDLE -> x - w / 2;
                case END -> x - w;
            };
            return new Bounds(left, y - TextMetrics.ascent(size), left + w, y + TextMetrics.descent(size));
        }
    }

    /**
     * Stripes over a fill, for a country in two or more organisations: stripes at 45°, one every {@code spacing}
     * (page units, measured across them), each half a period wide, their colours cycling through {@code colours};
     * the fill shows between them. The pattern's phase is fixed to the page origin, so neighbouring areas line up.
     */
    record Hatch(List<Rgb> colours, double spacing) {

        public Hatch {
            colours = List.copyOf(colours);
            if (colours.isEmpty() || !(spacing > 0)) {
                throw new IllegalArgumentException("a hatch needs a colour and a positive spacing");
            }
        }
    }

    /**
     * A filled multi-polygon (a country on the map): rings of {@code x0, y0, x1, y1, …} in page units, not repeating
     * their first point, filled with the even-odd rule (holes are rings inside rings).
     *
     * @param id     an identifier for formats that keep one (SVG {@code id}: the state's ISO 3166 code), or null
     * @param fill   null for no fill
     * @param hatch  stripes over the fill, or null
     * @param stroke null for no outline
     */
    record Area(String id, List<double[]> rings, Rgb fill, Hatch hatch, Rgb stroke, double strokeWidth)
            implements Drawable {

        public Area {
            rings = List.copyOf(rings);
        }

        @Override
        public Bounds bounds() {
            return extent(rings, stroke == null ? 0 : strokeWidth / 2);
        }
    }

    /** Open lines (borders, coasts): parts of {@code x0, y0, x1, y1, …} in page units, stroked with round joins. */
    record Polyline(List<double[]> lines, Rgb colour, double width) implements Drawable {

        public Polyline {
            Objects.requireNonNull(colour, "colour");
            lines = List.copyOf(lines);
        }

        @Override
        public Bounds bounds() {
            return extent(lines, width / 2);
        }
    }

    private static Bounds extent(List<double[]> parts, double e) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (var p : parts) {
            for (int i = 0; i + 1 < p.length; i += 2) {
                minX = Math.min(minX, p[i]);
                maxX = Math.max(maxX, p[i]);
                minY = Math.min(minY, p[i + 1]);
                maxY = Math.max(maxY, p[i + 1]);
            }
        }
        return minX > maxX ? new Bounds(0, 0, 0, 0) : new Bounds(minX - e, minY - e, maxX + e, maxY + e);
    }
}

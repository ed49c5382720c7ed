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
     * A straight line, optionally dashed, optionally ending in an arrowhead whose tip is (x2, y2).
     *
     * @param dash on/off lengths in page units; empty for solid
     */
    record Line(double x1, double y1, double x2, double y2, Rgb colour, double width, List<Double> dash,
                boolean arrow) implements Drawable {

        public Line {
            Objects.requireNonNull(colour, "colour");
            dash = List.copyOf(dash);
        }

        /** Length of the arrowhead along the line: grows with the stroke so it stays visible on thick lines. */
        public double arrowLength() {
            return arrow ? 3 + 3.5 * width : 0;
        }

        /** Where the stroked part ends: at the base of the arrowhead, or at (x2, y2) without one. */
        public double[] shaftEnd() {
            double len = Math.hypot(x2 - x1, y2 - y1);
            if (!arrow || len < 1e-9) {
                return new double[] {x2, y2};
            }
            double t = Math.max(0, len - arrowLength()) / len;
            return new double[] {x1 + (x2 - x1) * t, y1 + (y2 - y1) * t};
        }

        /** The arrowhead triangle {tipX, tipY, leftX, leftY, rightX, rightY}, or an empty array. */
        public double[] arrowhead() {
            double len = Math.hypot(x2 - x1, y2 - y1);
            if (!arrow || len < 1e-9) {
                return new double[0];
            }
            double ux = (x2 - x1) / len;
            double uy = (y2 - y1) / len;
            double l = arrowLength();
            double half = l * 0.45;
            double bx = x2 - ux * l;
            double by = y2 - uy * l;
            return new double[] {x2, y2, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half};
        }

        @Override
        public Bounds bounds() {
            double e = Math.max(width / 2, arrow ? arrowLength() * 0.45 : 0);
            return new Bounds(Math.min(x1, x2) - e, Math.min(y1, y2) - e, Math.max(x1, x2) + e,
                    Math.max(y1, y2) + e);
        }
    }

    /**
     * One line of text; (x, y) is the baseline point named by {@code anchor}.
     *
     * @param size font size in page units (em height)
     */
    record Text(double x, double y, String text, double size, Rgb colour, Anchor anchor, boolean bold)
            implements Drawable {

        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(anchor, "anchor");
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

package org.allianceatlas.export;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.style.Rgb;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a {@link RenderModel} straight into a PDF page's content stream: the same drawables, in the same order and
 * with the same geometry as {@link Java2dRenderer} draws them for PNG, written as PDF path, colour and text operators.
 *
 * <ul>
 *   <li><b>Coordinates</b> are page units, y downwards, as in the model: one transformation at the start scales them
 *       to points (72 per 96 units) and flips the y axis; text is flipped back by its text matrix.</li>
 *   <li><b>Text</b> is real text in the embedded fonts ({@link PdfFonts}): selectable and searchable. A label's halo
 *       is the same text drawn first with text render mode <i>stroke</i> (a stroke {@link Drawable.Text#HALO_WIDTH}
 *       of the size wide, round joins, as Java2D strokes the glyph outline) and marked as an artifact, then filled
 *       on top. Only a string with a character the font lacks, or one that needs shaping, is drawn as glyph
 *       outlines from the AWT font.</li>
 *   <li><b>Translucency</b> (membership lines) is an extended graphics state per alpha value, made once a document.
 *   </li>
 *   <li>Runs of alike lines (colour, width, dash) are stroked as one path and their arrowheads filled as one, as
 *       {@link Java2dRenderer#drawAll} does: the content stream sets each style once per run.</li>
 * </ul>
 * Graphics state that is already set (colours, alphas, line width, caps, joins, dashes) is not written again, which
 * keeps the content stream short.
 */
final class PdfPageWriter {

    /** PDF points per page unit: 72 points per inch over 96 page units per inch. */
    static final float POINTS_PER_UNIT = 0.75f;

    /** The control-point distance of a quarter circle of radius 1 drawn as one cubic Bézier curve. */
    private static final double KAPPA = 0.5522847498307936;

    private static final int CAP_BUTT = 0;
    private static final int CAP_ROUND = 1;
    private static final int JOIN_MITER = 0;
    private static final int JOIN_ROUND = 1;

    private final PDPageContentStream out;
    private final PdfFonts fonts;
    private final FontFace face;
    private final Map<Long, PDExtendedGraphicsState> alphas = new HashMap<>();

    /** The graphics state written so far (-1 or NaN: unknown, always written). */
    private int fill = -1;
    private int stroke = -1;
    private long fillAlpha = 255;
    private long strokeAlpha = 255;
    private float lineWidth = Float.NaN;
    private int cap = -1;
    private int join = -1;
    private List<Double> dash = List.of();

    PdfPageWriter(PDPageContentStream out, PdfFonts fonts, FontFace face) {
        this.out = out;
        this.fonts = fonts;
        this.face = face;
    }

    /** Draws the background (unless transparent) and every drawable of {@code model} on a page of its size. */
    void write(RenderModel model) throws IOException {
        float h = (float) model.height() * POINTS_PER_UNIT;
        out.transform(new Matrix(POINTS_PER_UNIT, 0, 0, -POINTS_PER_UNIT, 0, h));
        if (model.background() != null) {
            fillColour(model.background());
            out.addRect(0, 0, r(model.width()), r(model.height()));
            out.fill();
        }
        var drawables = model.drawables();
        int i = 0;
        while (i < drawables.size()) {
            var d = drawables.get(i);
            if (!(d instanceof Drawable.Line first)) {
                draw(d);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < drawables.size() && drawables.get(end) instanceof Drawable.Line next
                    && Java2dRenderer.alike(first, next)) {
                end++;
            }
            lines(drawables.subList(i, end));
            i = end;
        }
    }

    private void draw(Drawable d) throws IOException {
        if (d instanceof Drawable.Area a) {
            area(a);
        } else if (d instanceof Drawable.Polyline l) {
            if (path(l.lines(), false)) {
                strokeStyle(l.colour(), l.width(), CAP_ROUND, JOIN_ROUND, List.of());
                out.stroke();
            }
        } else if (d instanceof Drawable.Circle c) {
            if (invisible(c.fill(), c.stroke(), c.strokeWidth())) {
                return;
            }
            circle(c.cx(), c.cy(), c.r());
            paint(c.fill(), c.stroke(), c.strokeWidth());
        } else if (d instanceof Drawable.RoundedSquare s) {
            if (invisible(s.fill(), s.stroke(), s.strokeWidth())) {
                return;
            }
            roundRect(s.cx() - s.half(), s.cy() - s.half(), 2 * s.half(), 2 * s.half(), s.corner());
            paint(s.fill(), s.stroke(), s.strokeWidth());
        } else if (d instanceof Drawable.Rect r) {
            if (invisible(r.fill(), r.stroke(), r.strokeWidth())) {
                return;
            }
            roundRect(r.x(), r.y(), r.width(), r.height(), r.corner());
            paint(r.fill(), r.stroke(), r.strokeWidth());
        } else if (d instanceof Drawable.Text t) {
            text(t);
        }
    }

    /** Lines drawn alike: one stroked path of their centre lines, then one filled path of their arrowheads. */
    private void lines(List<Drawable> run) throws IOException {
        var first = (Drawable.Line) run.get(0);
        boolean heads = false;
        for (var d : run) {
            var l = (Drawable.Line) d;
            out.moveTo(r(l.x1()), r(l.y1()));
            if (l.curved()) {
                // The quadratic curve as the cubic that is the same curve (degree elevation).
                out.curveTo(r(l.x1() + 2 * (l.cx() - l.x1()) / 3), r(l.y1() + 2 * (l.cy() - l.y1()) / 3),
                        r(l.x2() + 2 * (l.cx() - l.x2()) / 3), r(l.y2() + 2 * (l.cy() - l.y2()) / 3),
                        r(l.x2()), r(l.y2()));
            } else {
                out.lineTo(r(l.x2()), r(l.y2()));
            }
            heads |= l.head() != null;
        }
        strokeStyle(first.colour(), first.width(), CAP_BUTT, JOIN_ROUND, first.dash());
        out.stroke();
        if (heads) {
            for (var d : run) {
                var h = ((Drawable.Line) d).head();
                if (h != null) {
                    out.moveTo(r(h.tipX()), r(h.tipY()));
                    out.lineTo(r(h.leftX()), r(h.leftY()));
                    out.lineTo(r(h.rightX()), r(h.rightY()));
                    out.closePath();
                }
            }
            fillColour(first.colour());
            out.fill();
        }
    }

    private void area(Drawable.Area a) throws IOException {
        if (a.fill() != null && path(a.rings(), true)) {
            fillColour(a.fill());
            out.fillEvenOdd();
        }
        if (a.hatch() != null) {
            hatch(a);
        }
        if (a.stroke() != null && a.strokeWidth() > 0 && path(a.rings(), true)) {
            strokeStyle(a.stroke(), a.strokeWidth(), CAP_ROUND, JOIN_ROUND, List.of());
            out.stroke();
        }
    }

    /**
     * Stripes at 45° clipped to the area, in the page-anchored phase of {@code Java2dRenderer}'s hatch and SVG's
     * pattern: in the rotated frame, stripe k covers x from k·spacing + spacing/2 for spacing/2.
     */
    private void hatch(Drawable.Area a) throws IOException {
        if (!path(a.rings(), true)) {
            return;
        }
        var box = a.bounds();
        saveState();
        out.clipEvenOdd(); // "W* n": PDFBox ends the path itself
        double cos = Math.cos(Math.PI / 4);
        out.transform(new Matrix((float) cos, (float) cos, (float) -cos, (float) cos, 0, 0));
        // The box's corners in the rotated frame (the inverse rotation), and their extent.
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double x : new double[] {box.minX(), box.maxX()}) {
            for (double y : new double[] {box.minY(), box.maxY()}) {
                double rx = cos * x + cos * y;
                double ry = -cos * x + cos * y;
                minX = Math.min(minX, rx);
                maxX = Math.max(maxX, rx);
                minY = Math.min(minY, ry);
                maxY = Math.max(maxY, ry);
            }
        }
        var h = a.hatch();
        double s = h.spacing();
        long first = (long) Math.floor(minX / s) - 1;
        long last = (long) Math.ceil(maxX / s) + 1;
        int n = h.colours().size();
        for (int c = 0; c < n; c++) {
            // One path per colour: every n-th stripe.
            boolean any = false;
            for (long k = first; k <= last; k++) {
                if (Math.floorMod(k, (long) n) == c) {
                    out.addRect(r(k * s + s / 2), r(minY - s), r(s / 2),
                            r(maxY - minY + 2 * s));
                    any = true;
                }
            }
            if (any) {
                fillColour(h.colours().get(c));
                out.fill();
            }
        }
        restoreState();
    }

    /** Builds a path of {@code x0, y0, x1, y1, …} parts; false (and no path) when no part has two points. */
    private boolean path(List<double[]> parts, boolean closed) throws IOException {
        boolean any = false;
        for (var p : parts) {
            if (p.length < 4) {
                continue;
            }
            out.moveTo(r(p[0]), r(p[1]));
            for (int i = 2; i + 1 < p.length; i += 2) {
                out.lineTo(r(p[i]), r(p[i + 1]));
            }
            if (closed) {
                out.closePath();
            }
            any = true;
        }
        return any;
    }

    private void circle(double cx, double cy, double r) throws IOException {
        double k = KAPPA * r;
        out.moveTo(r(cx + r), r(cy));
        out.curveTo(r(cx + r), r(cy + k), r(cx + k), r(cy + r), r(cx),
                r(cy + r));
        out.curveTo(r(cx - k), r(cy + r), r(cx - r), r(cy + k), r(cx - r),
                r(cy));
        out.curveTo(r(cx - r), r(cy - k), r(cx - k), r(cy - r), r(cx),
                r(cy - r));
        out.curveTo(r(cx + k), r(cy - r), r(cx + r), r(cy - k), r(cx + r),
                r(cy));
        out.closePath();
    }

    /** A rectangle whose corners are quarter circles of radius {@code corner} (0: square corners). */
    private void roundRect(double x, double y, double w, double h, double corner) throws IOException {
        double r = Math.min(corner, Math.min(w, h) / 2);
        if (!(r > 0)) {
            out.addRect(r(x), r(y), r(w), r(h));
            return;
        }
        double k = KAPPA * r;
        double x2 = x + w;
        double y2 = y + h;
        out.moveTo(r(x + r), r(y));
        out.lineTo(r(x2 - r), r(y));
        out.curveTo(r(x2 - r + k), r(y), r(x2), r(y + r - k), r(x2), r(y + r));
        out.lineTo(r(x2), r(y2 - r));
        out.curveTo(r(x2), r(y2 - r + k), r(x2 - r + k), r(y2), r(x2 - r), r(y2));
        out.lineTo(r(x + r), r(y2));
        out.curveTo(r(x + r - k), r(y2), r(x), r(y2 - r + k), r(x), r(y2 - r));
        out.lineTo(r(x), r(y + r));
        out.curveTo(r(x), r(y + r - k), r(x + r - k), r(y), r(x + r), r(y));
        out.closePath();
    }

    /**
     * Fills and then strokes the current path (at least one of the two is drawn), as Java2D's fill-then-draw of a
     * shape with a plain {@code BasicStroke} (miter joins).
     */
    private void paint(Rgb fillColour, Rgb strokeColour, double width) throws IOException {
        boolean stroked = strokeColour != null && width > 0;
        if (fillColour != null) {
            fillColour(fillColour);
        }
        if (stroked) {
            strokeStyle(strokeColour, width, CAP_BUTT, JOIN_MITER, List.of());
        }
        if (fillColour != null && stroked) {
            out.fillAndStroke();
        } else if (fillColour != null) {
            out.fill();
        } else {
            out.stroke();
        }
    }

    /**
     * A coordinate to a hundredth of a page unit (under a hundredth of a point): the content stream is a third
     * shorter than with PDFBox's five decimals, and so faster to write and compress, for no visible change.
     */
    private static float r(double v) {
        return (float) (Math.round(v * 100) / 100.0);
    }

    private static boolean invisible(Rgb fillColour, Rgb strokeColour, double width) {
        return fillColour == null && (strokeColour == null || !(width > 0));
    }

    private void text(Drawable.Text t) throws IOException {
        var font = fonts.font(t.bold());
        var chars = t.text().toCharArray();
        if (Font.textRequiresLayout(chars, 0, chars.length) || !encodable(font, t.text())) {
            outlines(t);
            return;
        }
        double w = font.getStringWidth(t.text()) / 1000 * t.size();
        double x = left(t, w);
        if (t.halo() != null) {
            strokeStyle(t.halo(), Drawable.Text.HALO_WIDTH * t.size(), CAP_ROUND, JOIN_ROUND, List.of());
        }
        // Flips the glyphs back upright in the page's y-down frame.
        var matrix = new Matrix(1, 0, 0, -1, r(x), r(t.y()));
        if (t.halo() != null) {
            // Marked as an artifact (decoration, not content): tools that read the structure, such as screen readers
            // and Acrobat's search, then read the word once.
            out.beginMarkedContent(COSName.ARTIFACT);
            out.beginText();
            out.setFont(font, (float) t.size());
            out.setRenderingMode(RenderingMode.STROKE);
            out.setTextMatrix(matrix);
            out.showText(t.text());
            out.setRenderingMode(RenderingMode.FILL);
            out.endText();
            out.endMarkedContent();
        }
        fillColour(t.colour());
        out.beginText();
        out.setFont(font, (float) t.size());
        out.setTextMatrix(matrix);
        out.showText(t.text());
        out.endText();
    }

    private static double left(Drawable.Text t, double width) {
        return switch (t.anchor()) {
            case START -> t.x();
            case MIDDLE -> t.x() - width / 2;
            case END -> t.x() - width;
        };
    }

    /**
     * True when the font has every character of {@code text}: the embedded font's glyphs, or the standard
     * Helvetica's WinAnsi encoding (Latin-1 and a few more).
     */
    private static boolean encodable(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A string the PDF font cannot show, or that needs shaping (right-to-left or joined scripts), drawn as the glyph
     * outlines of the AWT font the PNG draws with, shaped as Java2D shapes it: a halo stroked under them as for real
     * text. Not searchable, but never missing.
     */
    private void outlines(Drawable.Text t) throws IOException {
        var awt = face.at(t.size(), t.bold());
        var frc = new FontRenderContext(null, true, true);
        var layout = new TextLayout(t.text(), awt, frc);
        double w = awt.getStringBounds(t.text(), frc).getWidth();
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(left(t, w), t.y()));
        if (t.halo() != null) {
            if (shape(outline)) {
                strokeStyle(t.halo(), Drawable.Text.HALO_WIDTH * t.size(), CAP_ROUND, JOIN_ROUND, List.of());
                out.stroke();
            }
        }
        if (shape(outline)) {
            fillColour(t.colour());
            out.fill();
        }
    }

    /** Builds the path of an AWT shape; false (and no path) when it is empty. */
    private boolean shape(Shape shape) throws IOException {
        var it = shape.getPathIterator(new AffineTransform());
        var c = new float[6];
        float lastX = 0;
        float lastY = 0;
        boolean any = false;
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    out.moveTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                    any = true;
                }
                case PathIterator.SEG_LINETO -> {
                    out.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    out.curveTo(lastX + 2 * (c[0] - lastX) / 3, lastY + 2 * (c[1] - lastY) / 3,
                            c[2] + 2 * (c[0] - c[2]) / 3, c[3] + 2 * (c[1] - c[3]) / 3, c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> out.closePath();
            }
        }
        return any;
    }

    private void fillColour(Rgb c) throws IOException {
        int rgb = (c.r() << 16) | (c.g() << 8) | c.b();
        if (rgb != fill) {
            out.setNonStrokingColor(c.r() / 255f, c.g() / 255f, c.b() / 255f);
            fill = rgb;
        }
        long alpha = Math.round(c.alpha() * 255);
        if (alpha != fillAlpha) {
            out.setGraphicsStateParameters(alpha(alpha, false));
            fillAlpha = alpha;
        }
    }

    private void strokeStyle(Rgb c, double width, int capStyle, int joinStyle, List<Double> dashes)
            throws IOException {
        int rgb = (c.r() << 16) | (c.g() << 8) | c.b();
        if (rgb != stroke) {
            out.setStrokingColor(c.r() / 255f, c.g() / 255f, c.b() / 255f);
            stroke = rgb;
        }
        long alpha = Math.round(c.alpha() * 255);
        if (alpha != strokeAlpha) {
            out.setGraphicsStateParameters(alpha(alpha, true));
            strokeAlpha = alpha;
        }
        if ((float) width != lineWidth) {
            out.setLineWidth((float) width);
            lineWidth = (float) width;
        }
        if (capStyle != cap) {
            out.setLineCapStyle(capStyle);
            cap = capStyle;
        }
        if (joinStyle != join) {
            out.setLineJoinStyle(joinStyle);
            join = joinStyle;
        }
        if (!dashes.equals(dash)) {
            var pattern = new float[dashes.size()];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = (float) Math.max(0.01, dashes.get(i));
            }
            out.setLineDashPattern(pattern, 0);
            dash = dashes;
        }
    }

    /** The extended graphics state of one alpha (0–255) for fills or strokes, made once a document. */
    private PDExtendedGraphicsState alpha(long alpha, boolean forStroke) {
        return alphas.computeIfAbsent(forStroke ? alpha | 0x100 : alpha, k -> {
            var gs = new PDExtendedGraphicsState();
            if (forStroke) {
                gs.setStrokingAlphaConstant(alpha / 255f);
            } else {
                gs.setNonStrokingAlphaConstant(alpha / 255f);
            }
            return gs;
        });
    }

    private Snapshot saved;

    private record Snapshot(int fill, int stroke, long fillAlpha, long strokeAlpha, float lineWidth, int cap,
                            int join, List<Double> dash) {
    }

    private void saveState() throws IOException {
        out.saveGraphicsState();
        saved = new Snapshot(fill, stroke, fillAlpha, strokeAlpha, lineWidth, cap, join, dash);
    }

    private void restoreState() throws IOException {
        out.restoreGraphicsState();
        fill = saved.fill();
        stroke = saved.stroke();
        fillAlpha = saved.fillAlpha();
        strokeAlpha = saved.strokeAlpha();
        lineWidth = saved.lineWidth();
        cap = saved.cap();
        join = saved.join();
        dash = saved.dash();
    }
}

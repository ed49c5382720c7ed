package org.allianceatlas.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.style.Rgb;

/**
 * Draws a {@link RenderModel} on any {@link Graphics2D}: a {@code BufferedImage}'s for PNG, PDFBox's for PDF. Works
 * with {@code java.awt.headless=true}. Coordinates are page units; scale the graphics beforehand for more pixels.
 */
public final class Java2dRenderer {

    private final FontFace font;

    public Java2dRenderer(FontFace font) {
        this.font = font;
    }

    /** Draws the page background (unless transparent) and every layer. */
    public void render(RenderModel model, Graphics2D g) {
        setHints(g);
        if (model.background() != null) {
            g.setColor(awt(model.background()));
            g.fill(new Rectangle2D.Double(0, 0, model.width(), model.height()));
        }
        drawAll(g, model.drawables());
    }

    /**
     * Draws drawables in order; runs of lines drawn alike (colour, width, dash) are stroked as one path and their
     * arrowheads filled as one: far fewer stroke set-ups than one per tie, and the same pixels.
     */
    public void drawAll(Graphics2D g, List<Drawable> drawables) {
        int i = 0;
        while (i < drawables.size()) {
            var d = drawables.get(i);
            if (!(d instanceof Drawable.Line first)) {
                draw(g, d);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < drawables.size() && drawables.get(end) instanceof Drawable.Line next && alike(first, next)) {
                end++;
            }
            lines(g, drawables.subList(i, end));
            i = end;
        }
    }

    /** True when two lines are drawn alike (width, colour, dash), so that a run of them is stroked as one path. */
    static boolean alike(Drawable.Line a, Drawable.Line b) {
        return a.width() == b.width() && a.colour().equals(b.colour()) && a.dash().equals(b.dash());
    }

    /** Lines drawn alike, as one stroked path and one filled path of arrowheads. */
    private static void lines(Graphics2D g, List<Drawable> run) {
        var first = (Drawable.Line) run.get(0);
        if (run.size() == 1) {
            line(g, first);
            return;
        }
        var strokes = new Path2D.Double();
        Path2D.Double heads = null;
        for (var d : run) {
            var l = (Drawable.Line) d;
            appendPath(strokes, l);
            if (l.head() != null) {
                if (heads == null) {
                    heads = new Path2D.Double();
                }
                appendHead(heads, l.head());
            }
        }
        g.setStroke(stroke(first.width(), first.dash()));
        g.setColor(awt(first.colour()));
        g.draw(strokes);
        if (heads != null) {
            g.fill(heads);
        }
    }

    /** The rendering hints every picture is drawn with: antialiased shapes and text, pure strokes. */
    public static void setHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /**
     * Draws one drawable. The canvas's scene bitmap draws its ties and labels with this too, so screen and export
     * draw alike.
     */
    public void draw(Graphics2D g, Drawable d) {
        if (d instanceof Drawable.Area a) {
            area(g, a);
        } else if (d instanceof Drawable.Polyline l) {
            var path = path(l.lines(), false);
            g.setStroke(new BasicStroke((float) l.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(awt(l.colour()));
            g.draw(path);
        } else if (d instanceof Drawable.Circle c) {
            var shape = new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
            fillAndStroke(g, shape, c.fill(), c.stroke(), c.strokeWidth());
        } else if (d instanceof Drawable.RoundedSquare s) {
            var shape = new RoundRectangle2D.Double(s.cx() - s.half(), s.cy() - s.half(), 2 * s.half(),
                    2 * s.half(), 2 * s.corner(), 2 * s.corner());
            fillAndStroke(g, shape, s.fill(), s.stroke(), s.strokeWidth());
        } else if (d instanceof Drawable.Rect r) {
            var shape = new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * r.corner(),
                    2 * r.corner());
            fillAndStroke(g, shape, r.fill(), r.stroke(), r.strokeWidth());
        } else if (d instanceof Drawable.Line l) {
            line(g, l);
        } else if (d instanceof Drawable.Text t) {
            text(g, t);
        }
    }

    /**
     * A line of text, its halo first. Simple text (no bidi or shaping: {@link Font#textRequiresLayout}) is laid out
     * once, as one glyph vector that gives the width, the halo's outline and the glyphs drawn; other text goes
     * through {@link TextLayout}, which shapes it.
     */
    private void text(Graphics2D g, Drawable.Text t) {
        var f = font.at(t.size(), t.bold());
        var frc = g.getFontRenderContext();
        var chars = t.text().toCharArray();
        GlyphVector glyphs = Font.textRequiresLayout(chars, 0, chars.length) ? null : f.createGlyphVector(frc, chars);
        double w = glyphs == null ? f.getStringBounds(t.text(), frc).getWidth()
                : glyphs.getLogicalBounds().getWidth();
        double x = switch (t.anchor()) {
            case START -> t.x();
            case MIDDLE -> t.x() - w / 2;
            case END -> t.x() - w;
        };
        if (t.halo() != null) {
            var outline = glyphs != null ? glyphs.getOutline((float) x, (float) t.y())
                    : new TextLayout(t.text(), f, frc).getOutline(AffineTransform.getTranslateInstance(x, t.y()));
            g.setColor(awt(t.halo()));
            g.setStroke(new BasicStroke((float) (Drawable.Text.HALO_WIDTH * t.size()), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(awt(t.colour()));
        if (glyphs != null) {
            g.drawGlyphVector(glyphs, (float) x, (float) t.y());
        } else {
            g.setFont(f);
            g.drawString(t.text(), (float) x, (float) t.y());
        }
    }

    private static void area(Graphics2D g, Drawable.Area a) {
        var shape = path(a.rings(), true);
        if (a.fill() != null) {
            g.setColor(awt(a.fill()));
            g.fill(shape);
        }
        if (a.hatch() != null) {
            hatch(g, shape, a.hatch());
        }
        if (a.stroke() != null && a.strokeWidth() > 0) {
            g.setStroke(new BasicStroke((float) a.strokeWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(awt(a.stroke()));
            g.draw(shape);
        }
    }

    /**
     * Stripes at 45° clipped to the shape, in the same page-anchored phase as SVG's {@code <pattern>} with
     * {@code rotate(45)}: in the rotated frame, stripe k covers x from k·spacing + spacing/2 for spacing/2.
     */
    private static void hatch(Graphics2D g, Shape shape, Drawable.Hatch h) {
        var saved = g.getTransform();
        var clip = g.getClip();
        g.clip(shape);
        g.rotate(Math.PI / 4);
        Rectangle2D box;
        try {
            box = AffineTransform.getRotateInstance(Math.PI / 4).createInverse()
                    .createTransformedShape(shape.getBounds2D()).getBounds2D();
        } catch (NoninvertibleTransformException impossible) {
            throw new IllegalStateException(impossible);
        }
        double s = h.spacing();
        long first = (long) Math.floor(box.getMinX() / s) - 1;
        long last = (long) Math.ceil(box.getMaxX() / s) + 1;
        int n = h.colours().size();
        for (long k = first; k <= last; k++) {
            g.setColor(awt(h.colours().get((int) Math.floorMod(k, (long) n))));
            g.fill(new Rectangle2D.Double(k * s + s / 2, box.getMinY() - s, s / 2, box.getHeight() + 2 * s));
        }
        g.setTransform(saved);
        g.setClip(clip);
    }

    /** Parts of {@code x0, y0, x1, y1, …} as one path: rings closed and filled even-odd, or open lines. */
    private static Path2D path(List<double[]> parts, boolean closed) {
        var path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (var p : parts) {
            if (p.length < 4) {
                continue;
            }
            path.moveTo(p[0], p[1]);
            for (int i = 2; i + 1 < p.length; i += 2) {
                path.lineTo(p[i], p[i + 1]);
            }
            if (closed) {
                path.closePath();
            }
        }
        return path;
    }

    /**
     * Strokes a line and fills its arrowhead. The canvas's tie bitmap draws its ties with this too, so screen and
     * export stroke alike.
     */
    public static void line(Graphics2D g, Drawable.Line l) {
        g.setStroke(stroke(l.width(), l.dash()));
        g.setColor(awt(l.colour()));
        g.draw(path(l));
        if (l.head() != null) {
            g.fill(head(l.head()));
        }
    }

    /** The stroke of a line of {@code width} with a dash pattern (empty: solid), butt caps, round joins. */
    public static BasicStroke stroke(double width, java.util.List<Double> dash) {
        float[] pattern = null;
        if (!dash.isEmpty()) {
            pattern = new float[dash.size()];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = (float) Math.max(0.01, dash.get(i));
            }
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    /** The centre line of a line: straight or a quadratic curve. */
    public static Path2D path(Drawable.Line l) {
        var p = new Path2D.Double();
        appendPath(p, l);
        return p;
    }

    /** Appends the centre line of {@code l} to {@code p} as a new sub-path. */
    public static void appendPath(Path2D p, Drawable.Line l) {
        p.moveTo(l.x1(), l.y1());
        if (l.curved()) {
            p.quadTo(l.cx(), l.cy(), l.x2(), l.y2());
        } else {
            p.lineTo(l.x2(), l.y2());
        }
    }

    /** The filled triangle of an arrowhead. */
    public static Path2D head(Drawable.Arrowhead h) {
        var p = new Path2D.Double();
        appendHead(p, h);
        return p;
    }

    /** Appends an arrowhead's triangle to {@code p} as a new closed sub-path. */
    public static void appendHead(Path2D p, Drawable.Arrowhead h) {
        p.moveTo(h.tipX(), h.tipY());
        p.lineTo(h.leftX(), h.leftY());
        p.lineTo(h.rightX(), h.rightY());
        p.closePath();
    }

    private static void fillAndStroke(Graphics2D g, java.awt.Shape shape, Rgb fill, Rgb stroke, double width) {
        if (fill != null) {
            g.setColor(awt(fill));
            g.fill(shape);
        }
        if (stroke != null && width > 0) {
            g.setStroke(new BasicStroke((float) width));
            g.setColor(awt(stroke));
            g.draw(shape);
        }
    }

    /** An AWT colour with the alpha of {@code c}. */
    public static Color awt(Rgb c) {
        return new Color(c.r(), c.g(), c.b(), (int) Math.round(c.alpha() * 255));
    }
}

package org.allianceatlas.export.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.TieType;

/**
 * The one place that decides how a tie is drawn, for the canvas and every exporter: whether it is directed, whether it
 * is minor (hidden in a zoomed-out view), how parallel ties between the same two vertices fan out, where an arrowhead
 * sits and where the stroke stops short of it. Stateless.
 */
public final class TieGeometry {

    /** Space between parallel ties at their middle, symbol units. */
    public static final double PARALLEL_GAP = 6;
    /** Arrowhead length and half width, symbol units. */
    public static final double ARROW_LENGTH = 9;
    public static final double ARROW_HALF_WIDTH = 3.8;
    /** How far into the arrowhead the stroke runs, as a share of its length: no gap between shaft and head. */
    private static final double SHAFT_INTO_HEAD = 0.4;

    /** Tie types that carry no obligation to assist, fight or arm. */
    static final Set<TieType> MINOR_TYPES = EnumSet.of(TieType.CONSULTATION, TieType.STRATEGIC_PARTNERSHIP,
            TieType.DEFENCE_COOPERATION);

    /** What a legend says while minor ties are hidden. */
    public static final String MINOR_HIDDEN_NOTE = "Zoomed out: consultation, partnership, defence-cooperation and "
            + "non-binding ties are hidden; zoom in to see them.";

    private TieGeometry() {
    }

    /**
     * True when {@code tie} is drawn with an arrowhead from supplier to recipient: a clause with a direction whose
     * type is a directed one (arms transfer, security assistance).
     */
    public static boolean isDirected(Tie tie) {
        return tie instanceof ClauseTie c && c.isDirected() && c.clause().type().isDirected();
    }

    /**
     * True when {@code tie} is <em>minor</em>: it obliges nobody to fight or to arm anybody — consultation, strategic
     * partnership and defence cooperation (clauses of those types, and memberships of organisations whose strongest
     * type is one of them), and any clause that is a political declaration rather than a treaty, unless it is a
     * mutual-defence promise or a directed transfer. In a zoomed-out world view they are most of the lines and read
     * as a grey haze over the ties that matter.
     */
    public static boolean isMinor(Tie tie) {
        if (tie instanceof MembershipTie m) {
            return MINOR_TYPES.contains(VisualStyle.primaryType(m.types()));
        }
        var clause = ((ClauseTie) tie).clause();
        var type = clause.type();
        if (MINOR_TYPES.contains(type)) {
            return true;
        }
        return !clause.binding() && type != TieType.MUTUAL_DEFENCE && !type.isDirected();
    }

    /**
     * Offset of the {@code index}-th of {@code count} parallel ties from the straight line between their ends, at the
     * middle, in symbol units: 0 for a single tie, symmetric about 0 for several.
     */
    public static double parallelOffset(int index, int count) {
        return (index - (count - 1) / 2.0) * PARALLEL_GAP;
    }

    /**
     * The line of a tie from (x0, y0) to (x1, y1), in frame units.
     *
     * @param bend     how far the middle of the tie lies from the straight line, frame units, along the normal
     *                 (nx, ny); 0 for a straight line
     * @param nx       unit normal of the pair's canonical direction (the same for ties drawn either way, so that
     *                 parallel ties fan out consistently)
     * @param radius1  radius of the vertex at (x1, y1), frame units: an arrowhead's tip touches its rim
     * @param directed draw an arrowhead at (x1, y1)
     * @param symbol   frame units per symbol unit (the arrowhead's size)
     */
    public static Drawable.Line line(double x0, double y0, double x1, double y1, double bend, double nx, double ny,
                                     double radius1, boolean directed, double symbol, Rgb colour, double width,
                                     List<Double> dash) {
        double cx = Double.NaN;
        double cy = Double.NaN;
        if (bend != 0) {
            // A quadratic's middle lies half way to its control point.
            cx = (x0 + x1) / 2 + nx * bend * 2;
            cy = (y0 + y1) / 2 + ny * bend * 2;
        }
        if (!directed) {
            return new Drawable.Line(x0, y0, cx, cy, x1, y1, colour, width, dash, null);
        }
        // Tangent at the recipient's end; the tip touches its rim and the stroke stops inside the head.
        double tx = x1 - (Double.isNaN(cx) ? x0 : cx);
        double ty = y1 - (Double.isNaN(cy) ? y0 : cy);
        double len = Math.hypot(tx, ty);
        if (len < 1e-9) {
            return new Drawable.Line(x0, y0, cx, cy, x1, y1, colour, width, dash, null);
        }
        double ux = tx / len;
        double uy = ty / len;
        double length = ARROW_LENGTH * symbol;
        double half = ARROW_HALF_WIDTH * symbol;
        double tipX = x1 - ux * radius1;
        double tipY = y1 - uy * radius1;
        double baseX = tipX - ux * length;
        double baseY = tipY - uy * length;
        var head = new Drawable.Arrowhead(tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half,
                baseY - ux * half);
        double endX = tipX - ux * length * (1 - SHAFT_INTO_HEAD);
        double endY = tipY - uy * length * (1 - SHAFT_INTO_HEAD);
        return new Drawable.Line(x0, y0, cx, cy, endX, endY, colour, width, dash, head);
    }
}

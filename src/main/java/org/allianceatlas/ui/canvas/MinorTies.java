package org.allianceatlas.ui.canvas;

import java.util.EnumSet;
import java.util.Set;

import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.TieType;

/**
 * Level of detail for ties: which ties are <em>minor</em> and hidden when the canvas is zoomed out below
 * {@link #MIN_ZOOM}. The one place that decides it.
 *
 * <p>Minor are the ties that oblige nobody to fight or to arm anybody: consultation, strategic partnership and defence
 * cooperation (clauses of those types, and memberships of organisations whose strongest type is one of them — the
 * consultative formats and partnership frameworks), and any clause that is a political declaration rather than a
 * treaty, unless it is a mutual-defence promise or a directed transfer. In a zoomed-out world view they are most of
 * the lines and read as a grey haze over the ties that matter; mutual defence, alliances (memberships of
 * organisations with an assistance or pact obligation), non-aggression and neutrality, arms transfers and security
 * assistance always stay. Highlighted and selected ties are never hidden.
 */
public final class MinorTies {

    /**
     * Zoom below which minor ties are hidden: the same threshold as state labels
     * ({@link GraphCanvas#STATE_LABEL_MIN_ZOOM}), so that zooming out simplifies the picture in one step.
     */
    public static final double MIN_ZOOM = GraphCanvas.STATE_LABEL_MIN_ZOOM;

    /** Tie types that carry no obligation to assist, fight or arm. */
    static final Set<TieType> MINOR_TYPES = EnumSet.of(TieType.CONSULTATION, TieType.STRATEGIC_PARTNERSHIP,
            TieType.DEFENCE_COOPERATION);

    /** What the legend says while minor ties are hidden. */
    public static final String HIDDEN_NOTE = "Zoomed out: consultation, partnership, defence-cooperation and "
            + "non-binding ties are hidden; zoom in to see them.";

    private MinorTies() {
    }

    /** True when {@code tie} is hidden while the canvas is zoomed out (see the class comment). */
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
}

package org.allianceatlas.ui.canvas;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.allianceatlas.export.style.TieStyle;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.State;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;

/**
 * The theme stylesheet of the graph canvas, generated from a {@link VisualStyle} so that the screen draws with the
 * colours the image exporters use, and the tie looks ({@link #tieStyle}) of the tie layer. Also the one place that
 * names the style classes the canvas puts on SmartGraph's nodes. SmartGraph draws vertices and labels only: ties are
 * drawn by {@link TieLayer} with the same {@link TieStyle}s (colours, widths, dashes), set on its paths in code.
 *
 * <p>The sheet is <b>effect-free</b>: no {@code -fx-effect}, no {@code -fx-opacity}. In JavaFX's software pipeline
 * each costs an offscreen pass per node per frame (field notes: 175 ms vs 24 ms per frame at 50 vertices / 150
 * edges).
 *
 * <p>Highlighting works by two class switches: {@link #HIGHLIGHTING} on the panel dims everything, and
 * {@link #HIGHLIGHTED} on the few nodes of the neighbourhood restores their own colours.
 *
 * <p>Colouring states by community is one more class per state node ({@link #communityClass}): the sheet fills each
 * community class after the region classes, so that it wins over them, and before the dimming, so that highlighting
 * still dims. Taking the class off restores the region colour.
 */
public final class CanvasStylesheet {

    /** SmartGraph's own class on the panel, vertex shapes, labels, edges and arrows (edges: live layout only). */
    public static final String GRAPH = "graph";
    public static final String VERTEX = "vertex";
    public static final String VERTEX_LABEL = "vertex-label";
    public static final String EDGE = "edge";
    public static final String ARROW = "arrow";

    /** Classes the canvas adds. */
    public static final String STATE = "state";
    public static final String ORGANISATION = "organisation";
    public static final String STATE_LABEL = "state-label";
    public static final String ORGANISATION_LABEL = "organisation-label";
    /** The scene layer's group of ties and labels (no rule in the sheet: tests find it by it). */
    public static final String SCENE_LAYER = "scene-layer";
    /** The name shown over a hovered vertex whose label found no room. */
    public static final String HOVER_LABEL = "hover-label";
    public static final String HIGHLIGHTING = "highlighting";
    public static final String HIGHLIGHTED = "highlighted";

    /** The class of a state in no community or in one beyond the palette: {@link VisualStyle#communityNeutral()}. */
    public static final String COMMUNITY_OTHER = "community-other";

    /** Font size floor for labels on screen, in px: below it labels are scaled up or hidden. */
    static final double MIN_LABEL_PX = 9;

    // VisualStyle sizes labels by the kind of actor; these two stand for "a state" and "an organisation".
    private static final State PROBE_STATE = new State("XXX", "State", Region.EUROPE, Subregion.WESTERN_EUROPE, null,
            0, 0, null, null, null);
    private static final Organisation PROBE_ORGANISATION = new Organisation("probe", "Organisation", null,
            OrganisationKind.ALLIANCE, YearSpan.from(PartialDate.ofYear(2000)), Set.of(TieType.MUTUAL_DEFENCE),
            false, null, null, null, List.of(), null);

    private CanvasStylesheet() {
    }

    /** {@code region-europe}: the class of a state vertex of that region. */
    public static String regionClass(Region region) {
        return "region-" + region.name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code community-3}: the class that fills a state of community 3 (1 = the largest) with
     * {@link VisualStyle#communityColour}; {@link #COMMUNITY_OTHER} beyond {@link VisualStyle#COMMUNITY_COLOURS}.
     */
    public static String communityClass(int community) {
        return community >= 1 && community <= VisualStyle.COMMUNITY_COLOURS ? "community-" + community
                : COMMUNITY_OTHER;
    }

    /**
     * The theme stylesheet.
     *
     * @param style            colours and sizes
     * @param installedFonts   font families available on this machine; the first of
     *                         {@link VisualStyle#fontFamilies()} that is installed is used, else the generic last one
     */
    public static String css(VisualStyle style, Collection<String> installedFonts) {
        var css = new StringBuilder(4096);
        css.append("/* Generated from VisualStyle (").append(style.theme().key()).append(") by CanvasStylesheet. */\n");
        var font = fontFamily(style.fontFamilies(), Set.copyOf(installedFonts));

        // Base colours, each paired with the selector that restores it on a highlighted node while the panel dims.
        for (var region : Region.values()) {
            rule(css, ".vertex." + regionClass(region),
                    "-fx-fill: " + style.regionColour(region).toCss() + ";");
        }
        rule(css, ".vertex." + STATE, "-fx-stroke: " + style.stateStroke().toCss() + ";");
        rule(css, ".vertex." + ORGANISATION, "-fx-fill: " + style.organisationFill().toCss() + "; -fx-stroke: "
                + style.organisationStroke().toCss() + "; -fx-stroke-width: 1.5; -fx-stroke-line-join: round;");
        rule(css, "Text." + VERTEX_LABEL, "-fx-fill: " + style.foreground().toCss() + ";");
        communityRules(css, style);

        // Sizes do not change with highlighting.
        plain(css, ".graph Text." + VERTEX_LABEL, "-fx-font-family: \"" + font + "\";");
        plain(css, ".graph Text." + STATE_LABEL, "-fx-font-size: " + px(stateLabelSize(style)) + ";");
        plain(css, ".graph Text." + ORGANISATION_LABEL, "-fx-font-size: " + px(organisationLabelSize(style))
                + "; -fx-font-weight: bold;");

        // Dimmed: later than the base rules so that equal specificity resolves to the dimmed colour.
        var dim = style.dimmed().toCss();
        plain(css, ".graph." + HIGHLIGHTING + " .vertex", "-fx-fill: " + dim + "; -fx-stroke: " + dim + ";");
        plain(css, ".graph." + HIGHLIGHTING + " Text." + VERTEX_LABEL, "-fx-fill: "
                + style.mutedForeground().withAlpha(0.6).toCss() + ";");
        return css.toString();
    }

    /** The sheet as a {@code data:} URL for {@code Parent.getStylesheets()} (JavaFX 17+), so no file is written. */
    public static String dataUrl(VisualStyle style, Collection<String> installedFonts) {
        var bytes = css(style, installedFonts).getBytes(StandardCharsets.UTF_8);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * How a tie is drawn by the tie layer ({@link TieLayer}): a clause in the style of its type, a membership in the
     * style of its organisation's strongest type (thinner, translucent). Ties are not SmartGraph nodes, so they are
     * not in the sheet: the tie layer sets these values on its paths directly.
     */
    public static TieStyle tieStyle(VisualStyle style, Tie tie) {
        if (tie instanceof MembershipTie m) {
            return style.membershipStyle(m.types());
        }
        return style.tieStyle(((ClauseTie) tie).clause().type());
    }

    /** Community fills: after the region rules, which they replace on a state that has a community class. */
    private static void communityRules(StringBuilder css, VisualStyle style) {
        for (int k = 1; k <= VisualStyle.COMMUNITY_COLOURS; k++) {
            rule(css, ".vertex." + communityClass(k), "-fx-fill: " + style.communityColour(k).toCss() + ";");
        }
        rule(css, ".vertex." + COMMUNITY_OTHER, "-fx-fill: " + style.communityNeutral().toCss() + ";");
    }

    /**
     * Writes {@code .graph SEL} and {@code .graph.highlighting SEL.highlighted}: the second outranks the dimming
     * rules ({@code .graph.highlighting .vertex}), so a highlighted node keeps its own colour.
     */
    private static void rule(StringBuilder css, String selector, String body) {
        var highlighted = ".graph." + HIGHLIGHTING + " " + selector + "." + HIGHLIGHTED;
        css.append(".graph ").append(selector).append(",\n").append(highlighted).append(" {\n    ")
                .append(body).append("\n}\n");
    }

    private static void plain(StringBuilder css, String selector, String body) {
        css.append(selector).append(" {\n    ").append(body).append("\n}\n");
    }

    static String fontFamily(List<String> preferred, Set<String> installed) {
        for (var family : preferred) {
            if (installed.contains(family)) {
                return family;
            }
        }
        return preferred.get(preferred.size() - 1);
    }

    private static String px(double size) {
        return num(size) + "px";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static double stateLabelSize(VisualStyle style) {
        return style.labelSize(PROBE_STATE);
    }

    static double organisationLabelSize(VisualStyle style) {
        return style.labelSize(PROBE_ORGANISATION);
    }
}

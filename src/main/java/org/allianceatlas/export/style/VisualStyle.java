package org.allianceatlas.export.style;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;

/**
 * The visual vocabulary of Alliance Atlas for one theme. Region colours are the Okabe–Ito palette (distinguishable
 * with the common colour-vision deficiencies); community colours, used instead of them while the app colours states by
 * community, are Paul Tol's qualitative schemes, also made for colour-blind readers and unlike Okabe–Ito, so that the
 * two never read as the same legend. Tie types differ by dash pattern and width first and colour second, so they read
 * apart in greyscale print too. All sizes are in layout units (1 unit = 1 px at 100 % zoom).
 */
public final class VisualStyle {

    private static final Map<Region, Rgb> REGION_COLOURS = new EnumMap<>(Map.of(
            Region.EUROPE, Rgb.hex("#0072B2"),
            Region.AMERICAS, Rgb.hex("#D55E00"),
            Region.ASIA, Rgb.hex("#009E73"),
            Region.AFRICA, Rgb.hex("#E69F00"),
            Region.OCEANIA, Rgb.hex("#CC79A7")));

    /** How many communities get a colour of their own; the rest share {@link #communityNeutral()}. */
    public static final int COMMUNITY_COLOURS = 8;

    /**
     * Paul Tol's "muted" scheme (https://personal.sron.nl/~pault/, fig. 4) in his order, its first eight of nine:
     * strong enough on white, and readable for the common colour-vision deficiencies.
     */
    private static final List<Rgb> COMMUNITIES_LIGHT = hexes("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE",
            "#882255", "#44AA99", "#999933");
    /** Paul Tol's "light" scheme without its grey: the muted colours' dark ones vanish on the dark background. */
    private static final List<Rgb> COMMUNITIES_DARK = hexes("#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF",
            "#44BB99", "#BBCC33", "#AAAA00");

    /**
     * Alliance map fills on a light page: Paul Tol's "bright" scheme (https://personal.sron.nl/~pault/, fig. 1) in
     * his order, its first four (blue, red, green, yellow): apart for the common colour-vision deficiencies, and apart
     * from both the muted community colours and the Okabe–Ito region colours.
     */
    private static final List<Rgb> ALLIANCES_LIGHT = hexes("#4477AA", "#EE6677", "#228833", "#CCBB44");
    /** On a dark page: Paul Tol's "light" scheme (fig. 6), first four, bright enough on the dark sea and land. */
    private static final List<Rgb> ALLIANCES_DARK = hexes("#77AADD", "#EE8866", "#44BB99", "#EEDD88");

    private final Theme theme;
    private final Map<TieType, TieStyle> tieStyles = new EnumMap<>(TieType.class);

    private VisualStyle(Theme theme) {
        this.theme = theme;
        boolean dark = theme == Theme.DARK;
        Rgb strong = dark ? Rgb.hex("#E8E8E8") : Rgb.hex("#2B2B2B");
        Rgb mid = dark ? Rgb.hex("#B0B0B0") : Rgb.hex("#5A5A5A");
        Rgb soft = dark ? Rgb.hex("#8C8C8C") : Rgb.hex("#8A8A8A");
        tie(TieType.MUTUAL_DEFENCE, strong, 2.4, List.of(), false);
        tie(TieType.OFFENSIVE_PACT, strong, 1.8, List.of(12.0, 3.0, 2.0, 3.0), false);
        tie(TieType.NON_AGGRESSION, mid, 1.4, List.of(7.0, 4.0), false);
        tie(TieType.NEUTRALITY, mid, 1.4, List.of(2.0, 4.0), false);
        tie(TieType.CONSULTATION, soft, 1.3, List.of(1.0, 3.0), false);
        tie(TieType.STRATEGIC_PARTNERSHIP, mid, 1.5, List.of(), false);
        tie(TieType.SECURITY_ASSISTANCE, dark ? Rgb.hex("#56B4E9") : Rgb.hex("#1B6CA8"), 1.6, List.of(), true);
        tie(TieType.DEFENCE_INDUSTRIAL, dark ? Rgb.hex("#E0B070") : Rgb.hex("#8B5A2B"), 1.5, List.of(10.0, 4.0), false);
        tie(TieType.ARMS_TRANSFER, dark ? Rgb.hex("#FF7F6E") : Rgb.hex("#C0392B"), 1.7, List.of(), true);
        tie(TieType.DEFENCE_COOPERATION, soft, 1.2, List.of(), false);
        tie(TieType.INTELLIGENCE_SHARING, dark ? Rgb.hex("#C3A6E8") : Rgb.hex("#6A3D9A"), 1.4, List.of(4.0, 2.0),
                false);
    }

    private void tie(TieType type, Rgb colour, double width, List<Double> dash, boolean arrow) {
        tieStyles.put(type, new TieStyle(colour, width, dash, arrow));
    }

    public static VisualStyle of(Theme theme) {
        return new VisualStyle(theme);
    }

    public Theme theme() {
        return theme;
    }

    public Rgb background() {
        return theme == Theme.DARK ? Rgb.hex("#1E2228") : Rgb.hex("#FFFFFF");
    }

    public Rgb foreground() {
        return theme == Theme.DARK ? Rgb.hex("#ECEFF4") : Rgb.hex("#1A1A1A");
    }

    public Rgb mutedForeground() {
        return theme == Theme.DARK ? Rgb.hex("#9AA3AE") : Rgb.hex("#666666");
    }

    /** Fill of a state of the given region. */
    public Rgb regionColour(Region region) {
        return REGION_COLOURS.get(region);
    }

    public Rgb stateStroke() {
        return background();
    }

    public Rgb organisationFill() {
        return theme == Theme.DARK ? Rgb.hex("#3B4252") : Rgb.hex("#F2F2F2");
    }

    public Rgb organisationStroke() {
        return foreground();
    }

    public VertexShape shape(Actor a) {
        return a instanceof Organisation ? VertexShape.ROUNDED_SQUARE : VertexShape.CIRCLE;
    }

    public Rgb fill(Actor a) {
        return a instanceof State s ? regionColour(s.region()) : organisationFill();
    }

    public Rgb stroke(Actor a) {
        return a instanceof State ? stateStroke() : organisationStroke();
    }

    public double stateRadius() {
        return 7;
    }

    /** Half the side of an organisation's square: grows with the square root of its visible members. */
    public double organisationRadius(int visibleMembers) {
        return Math.min(20, 8 + 1.7 * Math.sqrt(Math.max(0, visibleMembers)));
    }

    public double radius(Actor a, int visibleMembers) {
        return a instanceof Organisation ? organisationRadius(visibleMembers) : stateRadius();
    }

    /** Label font size in layout units. */
    public double labelSize(Actor a) {
        return a instanceof Organisation ? 11 : 9.5;
    }

    /** Preferred font families, first available wins; the last is a generic family. */
    public List<String> fontFamilies() {
        return List.of("Inter", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "sans-serif");
    }

    /** The style of a clause tie of the given type. */
    public TieStyle tieStyle(TieType type) {
        return tieStyles.get(type);
    }

    /**
     * The style of a membership tie: that of the organisation's strongest type (declaration order of
     * {@link TieType}), thinner and translucent, so that the many membership spokes recede behind clauses.
     */
    public TieStyle membershipStyle(Set<TieType> organisationTypes) {
        var base = tieStyle(primaryType(organisationTypes));
        return new TieStyle(base.colour().withAlpha(0.45), Math.max(0.8, base.width() * 0.6), base.dash(), false);
    }

    /**
     * The style of a tie between an organisation and a state that stands beside it without belonging to it (an
     * observer, partner, associate or beneficiary, see {@code Role#isFull}): the membership style of the
     * organisation's strongest type, fainter and in short dashes, so that it never reads as membership.
     */
    public TieStyle associateStyle(Set<TieType> organisationTypes) {
        var m = membershipStyle(organisationTypes);
        return new TieStyle(m.colour().withAlpha(Math.min(0.35, m.colour().alpha())), Math.max(0.8, m.width() * 0.8),
                ASSOCIATE_DASH, false);
    }

    /** The dash of {@link #associateStyle}: short dashes, unlike any tie type's. */
    private static final List<Double> ASSOCIATE_DASH = List.of(3.0, 3.0);

    /** The first of the given types in declaration order (mutual defence before consultation …). */
    public static TieType primaryType(Set<TieType> types) {
        for (var t : TieType.values()) {
            if (types.contains(t)) {
                return t;
            }
        }
        return TieType.DEFENCE_COOPERATION;
    }

    /**
     * The community palette of this theme, {@link #COMMUNITY_COLOURS} colours: community 1 (the largest) takes the
     * first.
     */
    public List<Rgb> communityColours() {
        return theme == Theme.DARK ? COMMUNITIES_DARK : COMMUNITIES_LIGHT;
    }

    /**
     * A mid grey for states in no community and in communities beyond the palette: no hue, so it does not read as one
     * more community, and apart from both the background and {@link #dimmed()}.
     */
    public Rgb communityNeutral() {
        return theme == Theme.DARK ? Rgb.hex("#777777") : Rgb.hex("#BBBBBB");
    }

    /**
     * Fill of a state of community {@code community} (1 = the largest, as the blocs number them): the palette's
     * colour, or {@link #communityNeutral()} beyond it.
     */
    public Rgb communityColour(int community) {
        var palette = communityColours();
        return community >= 1 && community <= palette.size() ? palette.get(community - 1) : communityNeutral();
    }

    /** Colour of dimmed (not highlighted) elements. */
    public Rgb dimmed() {
        return theme == Theme.DARK ? Rgb.hex("#3A3F47") : Rgb.hex("#E3E3E3");
    }

    /** Colour for "added" and "ended" in year comparisons (blue/orange: safe for colour-blind readers). */
    public Rgb added() {
        return Rgb.hex("#0072B2");
    }

    public Rgb ended() {
        return Rgb.hex("#E69F00");
    }

    /** The sea of the map: a quiet tint of the page. */
    public Rgb mapSea() {
        return theme == Theme.DARK ? Rgb.hex("#1A2633") : Rgb.hex("#EAF1F6");
    }

    /** Land under the graph (and land of no state), quiet so that vertices and ties read above it. */
    public Rgb mapLand() {
        return theme == Theme.DARK ? Rgb.hex("#2C3139") : Rgb.hex("#F3F1EC");
    }

    /** Borders between states under the graph. */
    public Rgb mapBorder() {
        return theme == Theme.DARK ? Rgb.hex("#4F5763") : Rgb.hex("#C4C0B8");
    }

    /** Coastlines. */
    public Rgb mapCoast() {
        return theme == Theme.DARK ? Rgb.hex("#3C4856") : Rgb.hex("#B7C8D6");
    }

    /** On the alliance map: states in none of the organisations shown. */
    public Rgb mapNeutral() {
        return theme == Theme.DARK ? Rgb.hex("#3A3F47") : Rgb.hex("#DEDEDE");
    }

    /** On the alliance map: borders between filled states (the page colour, so neighbours read apart). */
    public Rgb mapFillBorder() {
        return theme == Theme.DARK ? Rgb.hex("#1E2228") : Rgb.hex("#FFFFFF");
    }

    /** In compare mode on the alliance map: states in the same organisations in both years. */
    public Rgb mapUnchanged() {
        return theme == Theme.DARK ? Rgb.hex("#5A616B") : Rgb.hex("#B5B5B5");
    }

    /** The alliance map's fills, one per organisation shown, in order; the first for the first. */
    public List<Rgb> allianceColours() {
        return theme == Theme.DARK ? ALLIANCES_DARK : ALLIANCES_LIGHT;
    }

    private static List<Rgb> hexes(String... hex) {
        return Arrays.stream(hex).map(Rgb::hex).toList();
    }
}

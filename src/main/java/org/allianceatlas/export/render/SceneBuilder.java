package org.allianceatlas.export.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.TieStyle;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.ClauseTie;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.layout.EqualEarthProjection;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.map.MapShape;
import org.allianceatlas.map.WorldMap;
import org.allianceatlas.map.YearMap;
import org.allianceatlas.model.Actor;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;

/**
 * Builds the {@link Scene} of a view: the one description of the graph part of a picture that the canvas and every
 * exporter draw. Everything that decides what the reader sees is here, once: sizes, colours and the overlay's
 * highlight, dimming, comparison colours and community fills; each tie's geometry ({@link TieGeometry}); and the
 * labels, placed by importance so that none overlaps another or a vertex ({@link LabelPlacer}).
 *
 * <p><b>Label priority</b>: highlighted actors first; then organisations, the largest (most visible members) first;
 * then states by the metric vertices are sized by, else by their number of visible ties. Ties broken by id, so the
 * result does not depend on iteration order.
 *
 * <p><b>Names</b> ({@link LabelMode#NAMES}): a state's name where it fits, else its ISO code; an organisation's
 * acronym (or name) as of the year shown. {@link LabelMode#CODES}: ISO codes and acronyms.
 *
 * <p><b>The alliance map</b> ({@link MapMode#ALLIANCES}): the countries' fills say who belongs to what, so
 * organisations are not vertices and memberships are not ties; states are small capital dots with their names, and
 * clause ties are drawn as arcs on top only when asked ({@link SceneOptions#clauseArcs()}). The largest countries
 * are named first.
 *
 * <p>Stateless and thread-safe; a view of the shipped data builds in about a millisecond.
 */
public final class SceneBuilder {

    /** Draw ranks, lowest first. */
    static final int DIMMED = 0;
    static final int MEMBERSHIP = 1;
    static final int CLAUSE = 2;
    static final int HIGHLIGHTED = 3;
    static final int OVERLAY = 4;

    /** Organisation labels are this much larger than the smallest label: they name what the picture is about. */
    static final double ORGANISATION_LABEL_FACTOR = 1.1;

    /** Radius of a capital dot on the alliance map, symbol units. */
    static final double CAPITAL_RADIUS = 2.8;

    /** How far an arc on the alliance map bulges, as a share of its chord (towards the north). */
    static final double ARC_BEND = 0.16;

    /** True when organisations are drawn as vertices: as vertices, and not on the alliance map. */
    static boolean drawsOrganisations(SceneOptions options) {
        return options.organisations() == OrganisationDisplay.VERTICES && !options.allianceMap();
    }

    /** True when a scene with {@code options} draws a vertex for {@code a} (if it has a position). */
    static boolean drawsVertexOf(Actor a, SceneOptions options) {
        return !(a instanceof Organisation) || drawsOrganisations(options);
    }

    /**
     * Builds the scene of {@code view} at {@code positions} (layout units) in {@code frame}; vertices without a
     * position are left out, with their ties.
     */
    public Scene build(AlignmentView view, Positions positions, VisualStyle style, SceneOptions options,
                       SceneFrame frame) {
        var overlay = options.overlay();
        boolean hideOrganisations = !drawsOrganisations(options);
        var members = visibleMembers(view);
        var vertices = new ArrayList<Scene.Vertex>();
        var byActor = new HashMap<Actor, Scene.Vertex>();
        for (var a : view.vertices()) {
            if (hideOrganisations && a instanceof Organisation) {
                continue;
            }
            var p = positions.of(a.id());
            if (p.isEmpty()) {
                continue;
            }
            var v = options.allianceMap() && a instanceof State
                    ? capital(a, frame.x(p.get().x()), frame.y(p.get().y()), style, overlay, frame.symbol(),
                    view.criteria().year())
                    : vertex(a, frame.x(p.get().x()), frame.y(p.get().y()), members.getOrDefault(a, 0), style,
                    overlay, frame.symbol(), view.criteria().year());
            vertices.add(v);
            byActor.put(a, v);
        }
        if (options.allianceMap()) {
            var land = WorldMap.shipped().year(view.criteria().year(), view.source().dataset());
            vertices.replaceAll(v -> onOwnLand(v, land, frame));
            vertices.forEach(v -> byActor.put(v.actor(), v));
        }
        var ties = ties(view, byActor, members, style, options, frame.symbol(), hideOrganisations);
        var requests = labelRequests(view, vertices, ties, style, options, frame);
        var labels = new ArrayList<Scene.Label>();
        if (options.labelsShown()) {
            var obstacles = vertices.stream()
                    .map(v -> new LabelPlacer.Obstacle(v.x(), v.y(), v.radius(), v.square())).toList();
            for (var placed : LabelPlacer.place(new ArrayList<>(requests.values()), obstacles, frame.clip())) {
                var v = byId(vertices, placed.key());
                var colour = v.emphasis() == Scene.Emphasis.DIMMED ? style.mutedForeground() : style.foreground();
                labels.add(new Scene.Label(v.actor(), placed, colour, style.background(), v.emphasis()));
            }
        }
        return new Scene(vertices, ties, labels, requests, frame);
    }

    private static Scene.Vertex byId(List<Scene.Vertex> vertices, String id) {
        for (var v : vertices) {
            if (v.actor().id().equals(id)) {
                return v;
            }
        }
        throw new IllegalStateException("a label without a vertex: " + id);
    }

    private static Scene.Vertex vertex(Actor a, double x, double y, int members, VisualStyle style, Overlay overlay,
                                       double symbol, int year) {
        var emphasis = !overlay.highlighting() ? Scene.Emphasis.NORMAL
                : overlay.highlightedActors().contains(a) ? Scene.Emphasis.HIGHLIGHTED : Scene.Emphasis.DIMMED;
        if (a instanceof Organisation) {
            double half = overlay.organisationSizes().getOrDefault(a, style.organisationRadius(members));
            var fill = emphasis == Scene.Emphasis.DIMMED ? style.dimmed() : style.organisationFill();
            var stroke = emphasis == Scene.Emphasis.DIMMED ? style.mutedForeground() : style.organisationStroke();
            return new Scene.Vertex(a, x, y, half * symbol, true, fill, stroke, 1.4 * symbol, emphasis,
                    a.nameIn(year));
        }
        double r = overlay.stateRadii().getOrDefault(a, style.stateRadius());
        Rgb fill;
        if (emphasis == Scene.Emphasis.DIMMED) {
            fill = style.dimmed();
        } else if (!overlay.communities().isEmpty()) {
            var k = overlay.communities().get((State) a);
            fill = k == null ? style.communityNeutral() : style.communityColour(k);
        } else {
            fill = style.fill(a);
        }
        return new Scene.Vertex(a, x, y, r * symbol, false, fill, style.stateStroke(), 1.2 * symbol, emphasis,
                a.nameIn(year));
    }

    /**
     * The capital dot of a state whose capital lies outside its land this year, moved inside its land: on the alliance
     * map a dot in the wrong country would be read as that country's (Germany's one capital in the data is Berlin,
     * inside East Germany until 1990).
     */
    private static Scene.Vertex onOwnLand(Scene.Vertex v, YearMap land, SceneFrame frame) {
        if (!(v.actor() instanceof State s)) {
            return v;
        }
        var capital = EqualEarthProjection.project(s.lat(), s.lon());
        var home = land.stateAt(capital);
        if (home.isEmpty() || home.get().equals(s.id())) {
            return v;
        }
        return land.pointInside(s.id()).map(p -> new Scene.Vertex(s, frame.x(p.x()), frame.y(p.y()), v.radius(),
                v.square(), v.fill(), v.stroke(), v.strokeWidth(), v.emphasis(), v.name())).orElse(v);
    }

    /** A state on the alliance map: a small dot at its capital in the text colour, ringed in the page colour. */
    private static Scene.Vertex capital(Actor a, double x, double y, VisualStyle style, Overlay overlay,
                                        double symbol, int year) {
        var emphasis = !overlay.highlighting() ? Scene.Emphasis.NORMAL
                : overlay.highlightedActors().contains(a) ? Scene.Emphasis.HIGHLIGHTED : Scene.Emphasis.DIMMED;
        var fill = emphasis == Scene.Emphasis.DIMMED ? style.mutedForeground() : style.foreground();
        return new Scene.Vertex(a, x, y, CAPITAL_RADIUS * symbol, false, fill, style.background(), symbol,
                emphasis, a.nameIn(year));
    }

    // --- ties -------------------------------------------------------------------------------------------------

    /**
     * A line to draw before it is fanned out: a tie, or (organisations hidden) the memberships two states share. The
     * order of parallel lines is by {@link #sortKey()}: a tie's id, which is only worked out for a pair with more
     * than one line (a membership's id formats its dates, a third of a scene's cost when done for every tie).
     */
    private record Link(Tie tie, List<Organisation> shared, Actor from, Actor to, boolean directed, boolean minor,
                        String sharedKey) {

        String sortKey() {
            return tie != null ? tie.id() : sharedKey;
        }
    }

    private static List<Scene.TieLine> ties(AlignmentView view, Map<Actor, Scene.Vertex> byActor,
                                             Map<Actor, Integer> members, VisualStyle style, SceneOptions options,
                                             double symbol, boolean hideOrganisations) {
        var overlay = options.overlay();
        boolean arcs = options.allianceMap();
        var links = new ArrayList<Link>();
        for (var t : view.ties()) {
            if (hideOrganisations && t instanceof MembershipTie || arcs && !options.clauseArcs()) {
                continue;
            }
            var from = view.first(t);
            var to = view.second(t);
            if (!byActor.containsKey(from) || !byActor.containsKey(to)) {
                continue;
            }
            links.add(new Link(t, List.of(), from, to, TieGeometry.isDirected(t), TieGeometry.isMinor(t), null));
        }
        if (hideOrganisations && !arcs) {
            links.addAll(sharedMemberships(view, byActor));
        }
        // Parallel lines between one pair fan out; the pair's canonical order keeps the fan the same either way.
        var byPair = new LinkedHashMap<String, List<Link>>();
        for (var l : links) {
            if (options.minorTiesHidden() && l.minor() && !highlighted(l, overlay)) {
                continue;
            }
            byPair.computeIfAbsent(pairKey(l.from(), l.to()), k -> new ArrayList<>(1)).add(l);
        }
        var lines = new ArrayList<Scene.TieLine>(links.size());
        for (var group : byPair.values()) {
            if (group.size() > 1) {
                group.sort(Comparator.comparing(Link::sortKey));
            }
            double arc = arcs ? arcBend(group.get(0), byActor) : 0;
            for (int i = 0; i < group.size(); i++) {
                double offset = TieGeometry.parallelOffset(i, group.size()) * symbol;
                lines.add(line(group.get(i), arc == 0 ? offset : arc + Math.signum(arc) * offset, byActor, style,
                        overlay, symbol));
            }
        }
        // Stable: ties of one rank keep the view's order.
        lines.sort(Comparator.comparingInt(Scene.TieLine::rank));
        return lines;
    }

    /**
     * The bend of an arc between a pair on the alliance map, towards the north: {@value #ARC_BEND} of the chord, signed
     * for the normal of the pair's canonical direction that {@link #line} uses.
     */
    private static double arcBend(Link l, Map<Actor, Scene.Vertex> byActor) {
        double[] d = canonical(l, byActor);
        // The normal is (-dy, dx) / len: its y is negative (north, y grows downwards) when dx is positive.
        return d[2] == 0 ? 0 : (d[0] >= 0 ? 1 : -1) * ARC_BEND * d[2];
    }

    /** The pair's canonical direction (from the smaller id to the larger): dx, dy and length, frame units. */
    private static double[] canonical(Link l, Map<Actor, Scene.Vertex> byActor) {
        var a = byActor.get(l.from());
        var b = byActor.get(l.to());
        var lo = l.from().id().compareTo(l.to().id()) <= 0 ? a : b;
        var hi = lo == a ? b : a;
        double dx = hi.x() - lo.x();
        double dy = hi.y() - lo.y();
        return new double[] {dx, dy, Math.hypot(dx, dy)};
    }

    private static Scene.TieLine line(Link l, double bend, Map<Actor, Scene.Vertex> byActor, VisualStyle style,
                                      Overlay overlay, double symbol) {
        var a = byActor.get(l.from());
        var b = byActor.get(l.to());
        // The normal of the pair's canonical direction.
        double[] direction = canonical(l, byActor);
        double len = direction[2];
        double nx = len == 0 ? 0 : -direction[1] / len;
        double ny = len == 0 ? 0 : direction[0] / len;
        TieStyle base = baseStyle(l, style);
        Rgb colour = base.colour();
        double width = base.width() * symbol;
        int rank = l.tie() instanceof MembershipTie || l.tie() == null ? MEMBERSHIP : CLAUSE;
        var emphasis = Scene.Emphasis.NORMAL;
        var look = l.tie() == null ? null : overlay.tieLooks().get(l.tie());
        if (look != null) {
            colour = look.colour();
            width = Double.isNaN(look.width()) ? width : look.width() * symbol;
            rank = OVERLAY;
        } else if (overlay.highlighting() && highlighted(l, overlay)) {
            rank = HIGHLIGHTED;
            emphasis = Scene.Emphasis.HIGHLIGHTED;
        } else if (overlay.highlighting()) {
            rank = DIMMED;
            colour = style.dimmed();
            emphasis = Scene.Emphasis.DIMMED;
        }
        double radius = b.square() ? b.radius() * 1.08 : b.radius();
        var drawn = TieGeometry.line(a.x(), a.y(), b.x(), b.y(), bend, nx, ny, radius, l.directed(), symbol, colour,
                width, base.dash().stream().map(d -> d * symbol).toList());
        return new Scene.TieLine(l.tie(), l.shared(), l.from(), l.to(), drawn, rank, emphasis);
    }

    private static TieStyle baseStyle(Link l, VisualStyle style) {
        if (l.tie() instanceof ClauseTie c) {
            return style.tieStyle(c.clause().type());
        }
        if (l.tie() instanceof MembershipTie m) {
            return m.membership().role().isFull() ? style.membershipStyle(m.organisation().tieTypes())
                    : style.associateStyle(m.organisation().tieTypes());
        }
        var types = new TreeSet<TieType>();
        l.shared().forEach(o -> types.addAll(o.tieTypes()));
        var s = style.membershipStyle(types);
        // Thicker for states that share more: a pair in five organisations reads as closer than a pair in one.
        double width = s.width() * (1 + 0.35 * Math.log(l.shared().size()) / Math.log(2));
        return new TieStyle(s.colour(), width, s.dash(), false);
    }

    private static boolean highlighted(Link l, Overlay overlay) {
        if (l.tie() != null) {
            return overlay.highlightedTies().contains(l.tie());
        }
        return overlay.highlightedActors().contains(l.from()) && overlay.highlightedActors().contains(l.to());
    }

    /** One link per pair of visible states that are visible members of one or more visible organisations. */
    private static List<Link> sharedMemberships(AlignmentView view, Map<Actor, Scene.Vertex> byActor) {
        var membersOf = new TreeMap<String, TreeMap<String, State>>();
        var organisations = new HashMap<String, Organisation>();
        for (var t : view.membershipTies()) {
            var s = (State) view.first(t);
            // Observers, partners and beneficiaries do not share the organisation: they stand beside it.
            if (byActor.containsKey(s) && t.membership().role().isFull()) {
                membersOf.computeIfAbsent(t.organisation().id(), k -> new TreeMap<>()).put(s.id(), s);
                organisations.put(t.organisation().id(), t.organisation());
            }
        }
        var shared = new TreeMap<String, List<Organisation>>();
        var ends = new HashMap<String, State[]>();
        for (var e : membersOf.entrySet()) {
            var states = new ArrayList<>(e.getValue().values());
            for (int i = 0; i < states.size(); i++) {
                for (int j = i + 1; j < states.size(); j++) {
                    var key = states.get(i).id() + "|" + states.get(j).id();
                    shared.computeIfAbsent(key, k -> new ArrayList<>()).add(organisations.get(e.getKey()));
                    ends.putIfAbsent(key, new State[] {states.get(i), states.get(j)});
                }
            }
        }
        var links = new ArrayList<Link>(shared.size());
        for (var e : shared.entrySet()) {
            var pair = ends.get(e.getKey());
            boolean minor = e.getValue().stream().allMatch(o -> TieGeometry.MINOR_TYPES.contains(
                    VisualStyle.primaryType(o.tieTypes())));
            links.add(new Link(null, e.getValue(), pair[0], pair[1], false, minor, "shared:" + e.getKey()));
        }
        return links;
    }

    private static String pairKey(Actor a, Actor b) {
        return a.id().compareTo(b.id()) <= 0 ? a.id() + "|" + b.id() : b.id() + "|" + a.id();
    }

    // --- labels -----------------------------------------------------------------------------------------------

    private static Map<String, LabelPlacer.Request> labelRequests(AlignmentView view, List<Scene.Vertex> vertices,
                                                                   List<Scene.TieLine> ties, VisualStyle style,
                                                                   SceneOptions options, SceneFrame frame) {
        var degree = new HashMap<Actor, Integer>();
        if (options.allianceMap()) {
            // On a map the largest countries are named first, as atlases do: their names fit their land and anchor
            // the reader; then (few or no ties are drawn) the states most tied in the view.
            var land = WorldMap.shipped().year(view.criteria().year(), view.source().dataset());
            for (var v : vertices) {
                degree.put(v.actor(), (int) Math.min(Integer.MAX_VALUE / 2,
                        land.shape(v.actor().id()).map(MapShape::area).orElse(0.0) * 16));
            }
        } else {
            for (var t : ties) {
                degree.merge(t.from(), 1, Integer::sum);
                degree.merge(t.to(), 1, Integer::sum);
            }
        }
        var overlay = options.overlay();
        var ordered = new ArrayList<>(vertices);
        ordered.sort(Comparator.<Scene.Vertex>comparingInt(v -> v.emphasis() == Scene.Emphasis.HIGHLIGHTED ? 0 : 1)
                .thenComparingInt(v -> v.square() ? 0 : 1)
                .thenComparingDouble(v -> v.square() ? -v.radius()
                        : -overlay.stateRadii().getOrDefault(v.actor(), 0.0))
                .thenComparingInt(v -> -degree.getOrDefault(v.actor(), 0))
                .thenComparing(v -> v.actor().id()));
        int year = view.criteria().year();
        var requests = new LinkedHashMap<String, LabelPlacer.Request>();
        for (var v : ordered) {
            var a = v.actor();
            boolean organisation = a instanceof Organisation;
            double size = Math.max(style.labelSize(a) * frame.symbol(),
                    frame.minLabelSize() * (organisation ? ORGANISATION_LABEL_FACTOR : 1));
            requests.put(a.id(), new LabelPlacer.Request(a.id(), texts(a, options.labels(), year), size,
                    organisation, v.x(), v.y(), v.radius(), v.square(),
                    organisation ? LabelPlacer.AROUND_ORGANISATION : LabelPlacer.AROUND_STATE));
        }
        return requests;
    }

    /** The texts a label may take, preferred first (see the class comment). */
    static List<String> texts(Actor a, LabelMode mode, int year) {
        if (a instanceof Organisation o) {
            return List.of(organisationLabel(o, year));
        }
        var name = a.nameIn(year);
        if (mode == LabelMode.CODES || name.equals(a.id())) {
            return List.of(a.id());
        }
        return List.of(name, a.id());
    }

    /** An organisation's label as of {@code year}: its acronym (or name) then (EEC in 1960, EU in 2000). */
    static String organisationLabel(Organisation o, int year) {
        return o.shortLabelIn(year);
    }

    private static Map<Actor, Integer> visibleMembers(AlignmentView view) {
        var members = new HashMap<Actor, Set<String>>();
        for (var t : view.membershipTies()) {
            members.computeIfAbsent(t.organisation(), k -> new HashSet<>()).add(t.membership().stateId());
        }
        var counts = new HashMap<Actor, Integer>();
        members.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }
}

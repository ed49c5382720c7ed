package org.allianceatlas.export.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Places vertex labels so that none overlaps another label or any vertex, the most important first — the way map
 * engines place symbols (MapLibre's collision index, QGIS's PAL): each label tries its candidate positions around its
 * vertex in order of preference, and for each candidate box a grid index answers whether it hits a vertex or a label
 * placed before it; the first free candidate wins. A label with no free candidate is not placed (the canvas shows it on
 * hover or when zoomed in). Labels may offer several texts, the preferred first ("France", then "FRA"): every
 * position of the first text is tried before the next text.
 *
 * <p>An organisation's square is a named anchor of the picture (organisations come first in the order): when none of
 * its eight positions is free, its label is set farther out in the same eight directions (one to eight label heights
 * further) with a thin leader line from the square to it, as cartographers call out a crowded symbol. A leader crosses
 * no vertex and no label placed before it, and later labels keep off it.
 *
 * <p>Coordinates are frame units (page units in an export, panel units on the canvas); text boxes come from
 * {@link TextMetrics}, whose estimates err on the wide side, so labels that do not overlap here do not overlap when a
 * real font draws them. Costs O(labels · candidates) grid look-ups: well under a millisecond for a few hundred labels.
 * Stateless.
 */
public final class LabelPlacer {

    /** Where a label sits relative to its vertex. */
    public enum Position {
        RIGHT, TOP_RIGHT, BOTTOM_RIGHT, LEFT, TOP, BOTTOM, TOP_LEFT, BOTTOM_LEFT
    }

    /** Candidate order for a state: to the right first, as cartographers label point symbols. */
    public static final List<Position> AROUND_STATE = List.of(Position.RIGHT, Position.TOP_RIGHT,
            Position.BOTTOM_RIGHT, Position.LEFT, Position.TOP, Position.BOTTOM, Position.TOP_LEFT,
            Position.BOTTOM_LEFT);

    /** Candidate order for an organisation: centred below its square first, then above, beside, at the corners. */
    public static final List<Position> AROUND_ORGANISATION = List.of(Position.BOTTOM, Position.TOP, Position.RIGHT,
            Position.LEFT, Position.BOTTOM_RIGHT, Position.TOP_RIGHT, Position.BOTTOM_LEFT, Position.TOP_LEFT);

    /** Space between a vertex's rim and its label, as a share of the font size. */
    static final double GAP = 0.3;
    /** Free space kept around every label, as a share of the font size. */
    static final double PADDING = 0.12;

    /**
     * A label to place.
     *
     * @param key       identifies the label in the result (an actor id)
     * @param texts     the texts to try, preferred first; at least one
     * @param size      font size, frame units
     * @param x         the vertex's centre
     * @param radius    the vertex's radius (a square's half side)
     * @param square    the vertex is a square, not a disc
     * @param positions the candidate positions in order of preference
     */
    public record Request(String key, List<String> texts, double size, boolean bold, double x, double y,
                          double radius, boolean square, List<Position> positions) {
        public Request {
            Objects.requireNonNull(key, "key");
            texts = List.copyOf(texts);
            positions = List.copyOf(positions);
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("a label needs a text: " + key);
            }
        }
    }

    /** Something labels must not cover: a vertex, a disc or a square (then {@code radius} is half its side). */
    public record Obstacle(double x, double y, double radius, boolean square) {
    }

    /**
     * A placed label: its text drawn at ({@code x}, {@code baseline}) with {@code anchor}, covering {@code box}; a
     * label set away from its vertex has a {@code leader} from the vertex's rim to the box (null: none).
     */
    public record Placed(String key, String text, double x, double baseline, Anchor anchor, double size, boolean bold,
                         Bounds box, Position position, Leader leader) {
    }

    /** A leader line from ({@code x1}, {@code y1}) on a vertex's rim to ({@code x2}, {@code y2}) on its label. */
    public record Leader(double x1, double y1, double x2, double y2) {
    }

    /** How much farther out, in label heights, a called-out label may sit than its adjacent positions. */
    static final double[] CALLOUT_STEPS = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0};
    /** Points along a leader that must be free of vertices and labels. */
    private static final int LEADER_PROBES = 8;

    private LabelPlacer() {
    }

    /**
     * Places {@code requests}, the first the most important, so that no two placed labels overlap (with
     * {@value #PADDING} em around each), none overlaps an obstacle and all lie within {@code clip}.
     *
     * @return the placed labels, in the order of {@code requests}; labels that found no room are left out
     */
    public static List<Placed> place(List<Request> requests, List<Obstacle> obstacles, Bounds clip) {
        double cell = 48;
        if (!requests.isEmpty()) {
            double sum = 0;
            for (var r : requests) {
                sum += r.size();
            }
            cell = Math.max(1e-3, 4 * sum / requests.size());
        }
        var index = new CollisionIndex(cell);
        for (var o : obstacles) {
            index.add(o);
        }
        var placed = new ArrayList<Placed>(requests.size());
        for (var r : requests) {
            var p = placeOne(r, index, clip);
            if (p == null && r.square()) {
                p = callOut(r, index, clip);
            }
            if (p != null) {
                placed.add(p);
                index.add(padded(p.box(), r.size() * PADDING));
                if (p.leader() != null) {
                    for (var probe : leaderProbes(p.leader(), r.size() * PADDING)) {
                        index.add(probe);
                    }
                }
            }
        }
        return placed;
    }

    /**
     * Where the label of {@code r} with text {@code text} would sit at {@code position}, ignoring collisions (the
     * hover label of a vertex whose label found no room).
     */
    public static Placed at(Request r, String text, Position position) {
        return at(r, text, position, 0);
    }

    /** The box of the label of {@code r} with {@code text} at {@code position}, {@code away} farther out. */
    private static Bounds box(Request r, String text, Position position, double away) {
        double w = TextMetrics.width(text, r.size(), r.bold());
        double a = TextMetrics.ascent(r.size());
        double h = a + TextMetrics.descent(r.size());
        double g = GAP * r.size() + away;
        // Diagonal candidates touch a disc at 45 degrees; a square's corner sits at the full half side.
        double d = r.square() ? r.radius() : r.radius() * Math.sqrt(0.5);
        double left;
        double top;
        switch (position) {
            case RIGHT -> {
                left = r.x() + r.radius() + g;
                top = r.y() - h / 2;
            }
            case LEFT -> {
                left = r.x() - r.radius() - g - w;
                top = r.y() - h / 2;
            }
            case TOP -> {
                left = r.x() - w / 2;
                top = r.y() - r.radius() - g - h;
            }
            case BOTTOM -> {
                left = r.x() - w / 2;
                top = r.y() + r.radius() + g;
            }
            case TOP_RIGHT -> {
                left = r.x() + d + g / 2;
                top = r.y() - d - g / 2 - h;
            }
            case BOTTOM_RIGHT -> {
                left = r.x() + d + g / 2;
                top = r.y() + d + g / 2;
            }
            case TOP_LEFT -> {
                left = r.x() - d - g / 2 - w;
                top = r.y() - d - g / 2 - h;
            }
            case BOTTOM_LEFT -> {
                left = r.x() - d - g / 2 - w;
                top = r.y() + d + g / 2;
            }
            default -> throw new IllegalArgumentException(String.valueOf(position));
        }
        return new Bounds(left, top, left + w, top + h);
    }

    /** Like {@link #at(Request, String, Position)}, {@code away} frame units farther from the vertex. */
    private static Placed at(Request r, String text, Position position, double away) {
        double w = TextMetrics.width(text, r.size(), r.bold());
        double a = TextMetrics.ascent(r.size());
        var box = box(r, text, position, away);
        double left = box.minX();
        double top = box.minY();
        // Anchored on the side that faces the vertex, so that a real font, narrower than the estimate, keeps the
        // label as close to its vertex as planned.
        var anchor = switch (position) {
            case LEFT, TOP_LEFT, BOTTOM_LEFT -> Anchor.END;
            case TOP, BOTTOM -> Anchor.MIDDLE;
            default -> Anchor.START;
        };
        double x = switch (anchor) {
            case START -> left;
            case MIDDLE -> left + w / 2;
            case END -> left + w;
        };
        return new Placed(r.key(), text, x, top + a, anchor, r.size(), r.bold(), box, position,
                away > 0 ? leader(r, box) : null);
    }

    /** From the vertex's rim towards the nearest point of the label's box, ending a little short of the text. */
    private static Leader leader(Request r, Bounds box) {
        double nx = Math.max(box.minX(), Math.min(r.x(), box.maxX()));
        double ny = Math.max(box.minY(), Math.min(r.y(), box.maxY()));
        double dx = nx - r.x();
        double dy = ny - r.y();
        double length = Math.hypot(dx, dy);
        // A square's rim lies at its half side along the larger component; a disc's at its radius.
        double rim = r.square() ? r.radius() / Math.max(Math.abs(dx), Math.abs(dy)) : r.radius() / length;
        double shortBy = PADDING * r.size() / length;
        return new Leader(r.x() + dx * rim, r.y() + dy * rim, r.x() + dx * (1 - shortBy), r.y() + dy * (1 - shortBy));
    }

    private static Placed callOut(Request r, CollisionIndex index, Bounds clip) {
        double height = TextMetrics.ascent(r.size()) + TextMetrics.descent(r.size());
        for (var text : r.texts()) {
            for (double step : CALLOUT_STEPS) {
                for (var position : r.positions()) {
                    // The box first: most candidates fail on it, and the leader is only worked out for those that
                    // do not.
                    var box = box(r, text, position, step * height);
                    if (box.within(clip, 0) && !index.hits(box)) {
                        var p = at(r, text, position, step * height);
                        if (leaderIsFree(p.leader(), index)) {
                            return p;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static boolean leaderIsFree(Leader leader, CollisionIndex index) {
        for (var probe : leaderProbes(leader, 0.5)) {
            if (index.hits(probe)) {
                return false;
            }
        }
        return true;
    }

    /** Small boxes along a leader, its ends left out (it starts on its own vertex and ends at its own label). */
    private static List<Bounds> leaderProbes(Leader leader, double half) {
        var probes = new ArrayList<Bounds>(LEADER_PROBES);
        for (int i = 1; i <= LEADER_PROBES; i++) {
            double t = 0.04 + 0.92 * i / (LEADER_PROBES + 1);
            double x = leader.x1() + (leader.x2() - leader.x1()) * t;
            double y = leader.y1() + (leader.y2() - leader.y1()) * t;
            probes.add(new Bounds(x - half, y - half, x + half, y + half));
        }
        return probes;
    }

    private static Placed placeOne(Request r, CollisionIndex index, Bounds clip) {
        for (var text : r.texts()) {
            for (var position : r.positions()) {
                var box = box(r, text, position, 0);
                if (box.within(clip, 0) && !index.hits(box)) {
                    return at(r, text, position);
                }
            }
        }
        return null;
    }

    private static Bounds padded(Bounds b, double pad) {
        return new Bounds(b.minX() - pad, b.minY() - pad, b.maxX() + pad, b.maxY() + pad);
    }

    /** Boxes and obstacles in a uniform grid: a query looks only at the cells its box covers. */
    private static final class CollisionIndex {
        private final double cell;
        private final Map<Long, List<Object>> cells = new HashMap<>();

        CollisionIndex(double cell) {
            this.cell = cell;
        }

        void add(Obstacle o) {
            insert(o, o.x() - o.radius(), o.y() - o.radius(), o.x() + o.radius(), o.y() + o.radius());
        }

        void add(Bounds box) {
            insert(box, box.minX(), box.minY(), box.maxX(), box.maxY());
        }

        boolean hits(Bounds box) {
            int x0 = cellOf(box.minX());
            int x1 = cellOf(box.maxX());
            int y0 = cellOf(box.minY());
            int y1 = cellOf(box.maxY());
            for (int cx = x0; cx <= x1; cx++) {
                for (int cy = y0; cy <= y1; cy++) {
                    var items = cells.get(key(cx, cy));
                    if (items == null) {
                        continue;
                    }
                    for (var item : items) {
                        if (item instanceof Bounds b ? overlaps(box, b) : overlaps(box, (Obstacle) item)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private void insert(Object item, double minX, double minY, double maxX, double maxY) {
            for (int cx = cellOf(minX); cx <= cellOf(maxX); cx++) {
                for (int cy = cellOf(minY); cy <= cellOf(maxY); cy++) {
                    cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(item);
                }
            }
        }

        private int cellOf(double v) {
            return (int) Math.floor(v / cell);
        }

        private static long key(int cx, int cy) {
            return ((long) cx << 32) ^ (cy & 0xffffffffL);
        }

        private static boolean overlaps(Bounds a, Bounds b) {
            return a.minX() < b.maxX() && b.minX() < a.maxX() && a.minY() < b.maxY() && b.minY() < a.maxY();
        }

        private static boolean overlaps(Bounds a, Obstacle o) {
            if (o.square()) {
                return a.minX() < o.x() + o.radius() && o.x() - o.radius() < a.maxX()
                        && a.minY() < o.y() + o.radius() && o.y() - o.radius() < a.maxY();
            }
            double nx = Math.max(a.minX(), Math.min(o.x(), a.maxX()));
            double ny = Math.max(a.minY(), Math.min(o.y(), a.maxY()));
            double dx = o.x() - nx;
            double dy = o.y() - ny;
            return dx * dx + dy * dy < o.radius() * o.radius();
        }
    }
}

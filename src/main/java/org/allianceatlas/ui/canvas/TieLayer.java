package org.allianceatlas.ui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javafx.animation.FadeTransition;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.MembershipTie;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.model.Actor;

/**
 * Draws the shown ties of the canvas outside SmartGraph: the ties are grouped into batches that are drawn alike (one
 * per visual style — colour, width, dash — and one per arrowhead colour), and the batches are rasterised by Java2D
 * into a bitmap ({@link TieRaster}) instead of being one SmartGraph edge node per tie. A year change, a full repaint
 * and the first frame then pay neither for a node, a CSS pass and an antialiased curve per tie, nor for JavaFX
 * scanning the whole window once per path (docs/decisions/0004-ties-drawn-outside-smartgraph.md and
 * 0006-ties-as-a-bitmap-labels-as-texts.md).
 *
 * <p>The ties' geometry is in panel coordinates (those of the SmartGraph panel, where the vertices are); the layer's
 * node is the panel's sibling in the viewport, below it, and shows the ties as images drawn at the panel's current
 * zoom and placed where its transform puts them ({@link TieRaster}), so zoom, pan, fit and spread apply to the ties as
 * to the vertices. Ties are straight from centre to centre; parallel ties
 * between the same two actors are gentle quadratic curves fanned out by {@link #PARALLEL_GAP}; directed ties end in
 * a filled arrowhead at the rim of the recipient.
 *
 * <p><b>One rebuild and one rasterisation per change.</b> Every change (a view, a highlight, styles, a vertex that
 * moved, from the canvas or from SmartGraph's live layout or a drag) only marks the layer dirty; {@link #flush()}
 * rebuilds the batches and the tie geometry (for hit tests) in one pass over the drawn ties. A post-layout pulse
 * listener ({@link #paint()}) flushes once per pulse, after every change of the pulse and before the frame is drawn,
 * and rasterises the batches when they changed or when the image no longer matches the zoom or no longer covers what
 * the viewport shows; queries between pulses (a hit test) flush first.
 *
 * <p><b>Looks.</b> Colours, widths and dashes come from {@link CanvasStylesheet#tieStyle}; while something is
 * highlighted every other tie is drawn in {@link VisualStyle#dimmed()} (dashes kept); inline styles of
 * {@link #setInlineStyles} (compare colours: {@code -fx-stroke}, {@code -fx-stroke-width}) outrank both. Highlighted
 * ties are drawn above normal ones, dimmed ones below.
 *
 * <p><b>Fades.</b> With a fade duration, the ties that a {@link #show} adds are drawn in a separate group that fades
 * in, and the ties it removes in one that fades out; each change set is two opacity animations of one image, not one
 * per tie. FX thread only.
 */
final class TieLayer {

    /** Space between parallel ties at their middle, panel units. */
    static final double PARALLEL_GAP = 7;
    /** Arrowhead length and half width, panel units. */
    static final double ARROW_LENGTH = 9;
    static final double ARROW_HALF_WIDTH = 3.8;

    /** Where a tie's ends are drawn now: centres and radii of the vertex nodes, panel coordinates. */
    interface Ends {
        double x(Actor a);

        double y(Actor a);

        double radius(Actor a);
    }

    /** A tie as drawn: from {@code from} to {@code to} (the recipient, for a directed tie). */
    record Drawn(Actor from, Actor to, boolean directed, boolean minor) {
    }

    /** Draw order: dimmed below memberships below clauses below highlighted below compare-coloured ties. */
    private static final int DIMMED = 0;
    private static final int MEMBERSHIP = 1;
    private static final int CLAUSE = 2;
    private static final int HIGHLIGHTED = 3;
    private static final int INLINE = 4;

    /** Which group a path belongs to: settled ties, ties fading in, ties fading out. */
    private static final int SETTLED = 0;
    private static final int ARRIVING = 1;
    private static final int LEAVING = 2;

    private static final Pattern STROKE = Pattern.compile("-fx-stroke\\s*:\\s*([^;]+)");
    private static final Pattern STROKE_WIDTH = Pattern.compile("-fx-stroke-width\\s*:\\s*([0-9.]+)");

    /** How a batch of ties is drawn. {@code fill}: arrowheads (filled, no stroke). */
    record Look(int group, int rank, Color colour, double width, List<Double> dash, boolean fill) {
    }

    /** Ties drawn alike: their look and their coordinates, six per tie (see {@link TieRaster.Batch}). */
    record Batch(Look look, double[] coordinates, int count) implements TieRaster.Batch {
        @Override
        public Color colour() {
            return look.colour();
        }

        @Override
        public double width() {
            return look.width();
        }

        @Override
        public List<Double> dash() {
            return look.dash();
        }

        @Override
        public boolean fill() {
            return look.fill();
        }
    }

    /** A growing array of coordinates, six per tie. */
    private static final class Coordinates {
        double[] values = new double[48];
        int size;

        void add(double a, double b, double c, double d, double e, double f) {
            if (size + 6 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = a;
            values[size++] = b;
            values[size++] = c;
            values[size++] = d;
            values[size++] = e;
            values[size++] = f;
        }
    }

    private record Pair(Actor a, Actor b) {
        static Pair of(Actor x, Actor y) {
            return x.id().compareTo(y.id()) <= 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }

    private final Ends ends;
    private final Node drawing;
    private final Group root = new Group();
    private final TieRaster[] rasters = {new TieRaster(), new TieRaster(), new TieRaster()};
    /** Per group: the batches in draw order and their bounds (panel coordinates, null when empty). */
    private final List<List<Batch>> batches = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
    private final Bounds[] extents = new Bounds[3];
    private boolean rasterDirty;
    private final Map<Tie, Drawn> shown = new LinkedHashMap<>();
    private final Map<Tie, Drawn> fadingOut = new LinkedHashMap<>();
    private final Set<Tie> fadingIn = new HashSet<>();
    /** Geometry of the last rebuild, panel units: {x0, y0, cx, cy, x1, y1}; cx is NaN for a straight tie. */
    private final Map<Tie, double[]> geometry = new HashMap<>();
    private final Map<Tie, String> inlineStyles = new HashMap<>();
    /** Each tie's own look ({@link #ownLook}), kept until the style changes: a rebuild looks up every drawn tie's. */
    private final Map<Tie, Look> ownLooks = new HashMap<>();
    private final Set<Tie> highlighted = new HashSet<>();
    private final Runnable pulseListener = this::paint;
    private final FadeTransition[] fades = new FadeTransition[3];
    private boolean highlighting;
    private boolean minorHidden;
    private boolean dirty;
    private VisualStyle style;
    private Duration fade = Duration.ZERO;

    /**
     * @param drawing the node whose coordinates {@code ends} gives (the SmartGraph panel); the layer's node must be
     *                added to the same parent, below it, and is drawn unscaled in that parent's coordinates
     */
    TieLayer(VisualStyle style, Ends ends, Node drawing) {
        this.style = style;
        this.ends = ends;
        this.drawing = drawing;
        for (var raster : rasters) {
            root.getChildren().add(raster.node());
        }
        root.getStyleClass().add(CanvasStylesheet.TIE_LAYER);
        // Clicks go through to the panel, where the canvas hit-tests ties itself (see GraphCanvas).
        root.setMouseTransparent(true);
        // Not laid out by the viewport: the images move with every pan and must not ask for a layout pass.
        root.setManaged(false);
        root.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(pulseListener);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(pulseListener);
            }
        });
    }

    Node node() {
        return root;
    }

    /**
     * Draws exactly {@code ties} from now on. With a fade duration the difference to what was drawn fades in and
     * out (a fade still running from the previous show is finished first).
     */
    void show(Map<Tie, Drawn> ties) {
        finishFades();
        if (fade.greaterThan(Duration.ZERO)) {
            for (var e : shown.entrySet()) {
                if (!ties.containsKey(e.getKey())) {
                    fadingOut.put(e.getKey(), e.getValue());
                }
            }
            for (var t : ties.keySet()) {
                if (!shown.containsKey(t)) {
                    fadingIn.add(t);
                }
            }
        }
        shown.clear();
        shown.putAll(ties);
        if (!fadingIn.isEmpty()) {
            startFade(ARRIVING, 0, 1, fadingIn::clear);
        }
        if (!fadingOut.isEmpty()) {
            startFade(LEAVING, 1, 0, fadingOut::clear);
        }
        invalidate();
    }

    /** Draws {@code ties} in addition to what is drawn (compare mode's ended ties); no fade. */
    void add(Map<Tie, Drawn> ties) {
        shown.putAll(ties);
        invalidate();
    }

    /** Ties drawn now (leaving ties that still fade out are not counted), honouring the level of detail. */
    int drawnCount() {
        int n = 0;
        for (var e : shown.entrySet()) {
            if (visible(e.getKey(), e.getValue())) {
                n++;
            }
        }
        return n;
    }

    boolean isDrawn(Tie tie) {
        var d = shown.get(tie);
        return d != null && visible(tie, d);
    }

    boolean isShown(Tie tie) {
        return shown.containsKey(tie);
    }

    Collection<Tie> shownTies() {
        return shown.keySet();
    }

    void setStyle(VisualStyle newStyle) {
        style = newStyle;
        ownLooks.clear();
        invalidate();
    }

    /** Highlights {@code ties} and dims every other tie; {@code on = false} draws every tie in its own style. */
    void setHighlight(boolean on, Set<Tie> ties) {
        highlighting = on;
        highlighted.clear();
        highlighted.addAll(ties);
        invalidate();
    }

    /** Inline styles ({@code -fx-stroke: …; -fx-stroke-width: …}) that replace the previous call's. */
    void setInlineStyles(Map<Tie, String> styles) {
        inlineStyles.clear();
        inlineStyles.putAll(styles);
        invalidate();
    }

    String inlineStyle(Tie tie) {
        return shown.containsKey(tie) ? inlineStyles.getOrDefault(tie, "") : "";
    }

    /** Level of detail: hides minor ties ({@link MinorTies}) except highlighted ones. */
    void setMinorHidden(boolean hidden) {
        if (hidden != minorHidden) {
            minorHidden = hidden;
            invalidate();
        }
    }

    void setFade(Duration duration) {
        fade = duration == null ? Duration.ZERO : duration;
    }

    /** Something the drawing depends on changed (a vertex moved): rebuild before the next frame. */
    void invalidate() {
        if (!dirty) {
            dirty = true;
            Platform.requestNextPulse();
        }
    }

    /** Rebuilds the batches and the geometry if anything changed since the last rebuild (no rasterising). */
    void flush() {
        if (dirty) {
            dirty = false;
            rebuild();
        }
    }

    /**
     * Brings the images up to date: flushes, then rasterises each group whose batches changed or whose image no
     * longer matches the zoom or covers the viewport. Called once per pulse, after layout; nothing before the layer is
     * in a scene.
     */
    void paint() {
        flush();
        var parent = root.getParent();
        if (parent == null || parent != drawing.getParent() || root.getScene() == null) {
            return;
        }
        var window = root.getScene().getWindow();
        double renderScale = window == null ? 1 : window.getRenderScaleX();
        var toLayer = drawing.getLocalToParentTransform();
        var visible = parent.getLayoutBounds();
        for (int i = 0; i < rasters.length; i++) {
            if (rasterDirty || !rasters[i].covers(extents[i], toLayer, renderScale, visible)) {
                rasters[i].draw(batches.get(i), extents[i], toLayer, renderScale, visible);
            } else {
                rasters[i].place(toLayer, renderScale);
            }
        }
        rasterDirty = false;
    }

    /**
     * The drawn tie nearest to ({@code x}, {@code y}) (panel coordinates) within {@code tolerance} panel units of its
     * centre line, or null. Ties fading out are not hit.
     */
    Tie tieAt(double x, double y, double tolerance) {
        flush();
        Tie best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (var t : shown.keySet()) {
            var g = geometry.get(t);
            if (g == null) {
                continue;
            }
            double d = distance(g, x, y);
            if (d <= tolerance + width(t) / 2 && d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Geometry of a drawn tie after the last rebuild ({x0, y0, cx, cy, x1, y1}, cx NaN when straight), or null. */
    double[] geometryOf(Tie tie) {
        flush();
        var g = geometry.get(tie);
        return g == null ? null : g.clone();
    }

    /** Ties fading in or out now (for tests). */
    int fadingCount() {
        return fadingIn.size() + fadingOut.size();
    }

    /** The batches of every group in draw order (settled, arriving, leaving), for tests. */
    List<Batch> batches() {
        flush();
        var all = new ArrayList<Batch>();
        batches.forEach(all::addAll);
        return all;
    }

    /**
     * The ARGB colour (not premultiplied) the settled ties' image has at a panel point, after bringing it up to
     * date; 0 where no tie is drawn or the point is not in the image. For tests.
     */
    int settledPixelAt(double x, double y) {
        paint();
        return rasters[SETTLED].pixelAt(x, y);
    }

    /** The settled ties' image node and the part of the drawing it shows (panel coordinates), for tests. */
    TieRaster settledRaster() {
        paint();
        return rasters[SETTLED];
    }

    /** The colour a drawn tie's stroke has now, or null when it is not drawn. */
    Color colourOf(Tie tie) {
        flush();
        var d = shown.get(tie);
        if (d == null || !visible(tie, d)) {
            return null;
        }
        return look(tie, SETTLED, false).colour();
    }

    void dispose() {
        finishFades();
        for (var raster : rasters) {
            raster.clear();
        }
        var scene = root.getScene();
        if (scene != null) {
            scene.removePostLayoutPulseListener(pulseListener);
        }
    }

    private boolean visible(Tie tie, Drawn d) {
        return !minorHidden || !d.minor() || highlighting && highlighted.contains(tie);
    }

    private void startFade(int group, double from, double to, Runnable done) {
        var node = rasters[group].node();
        node.setOpacity(from);
        var transition = new FadeTransition(fade, node);
        transition.setFromValue(from);
        transition.setToValue(to);
        transition.setOnFinished(e -> {
            fades[group] = null;
            node.setOpacity(1);
            done.run();
            invalidate();
            flush();
        });
        fades[group] = transition;
        transition.play();
    }

    private void finishFades() {
        for (int i = 0; i < fades.length; i++) {
            if (fades[i] != null) {
                fades[i].stop();
                fades[i] = null;
                rasters[i].node().setOpacity(1);
            }
        }
        if (!fadingIn.isEmpty() || !fadingOut.isEmpty()) {
            fadingIn.clear();
            fadingOut.clear();
            invalidate();
        }
    }

    private void rebuild() {
        geometry.clear();
        var all = new LinkedHashMap<Tie, Drawn>(shown);
        fadingOut.forEach(all::putIfAbsent);

        // Parallel ties: only pairs with more than one drawn tie are curved.
        var byPair = new HashMap<Pair, List<Tie>>();
        for (var e : all.entrySet()) {
            if (visible(e.getKey(), e.getValue())) {
                byPair.computeIfAbsent(Pair.of(e.getValue().from(), e.getValue().to()), p -> new ArrayList<>(1))
                        .add(e.getKey());
            }
        }
        var elements = new HashMap<Look, Coordinates>();
        for (var entry : byPair.entrySet()) {
            var pair = entry.getKey();
            var ties = entry.getValue();
            if (ties.size() > 1) {
                ties.sort(Comparator.comparing(Tie::id));
            }
            for (int i = 0; i < ties.size(); i++) {
                var t = ties.get(i);
                double offset = (i - (ties.size() - 1) / 2.0) * PARALLEL_GAP;
                int group = fadingOut.containsKey(t) && !shown.containsKey(t) ? LEAVING
                        : fadingIn.contains(t) ? ARRIVING : SETTLED;
                draw(t, all.get(t), pair, offset, group, elements);
            }
        }
        apply(elements);
    }

    private void draw(Tie t, Drawn d, Pair pair, double offset, int group, Map<Look, Coordinates> elements) {
        double x0 = ends.x(d.from());
        double y0 = ends.y(d.from());
        double x1 = ends.x(d.to());
        double y1 = ends.y(d.to());
        double cx = Double.NaN;
        double cy = Double.NaN;
        if (offset != 0) {
            // The normal of the pair's canonical direction, so that ties drawn either way fan out consistently.
            double ax = ends.x(pair.a());
            double ay = ends.y(pair.a());
            double dx = ends.x(pair.b()) - ax;
            double dy = ends.y(pair.b()) - ay;
            double len = Math.hypot(dx, dy);
            if (len > 0) {
                // A quadratic's middle lies half way to its control point.
                cx = (x0 + x1) / 2 - dy / len * offset * 2;
                cy = (y0 + y1) / 2 + dx / len * offset * 2;
            }
        }
        var look = look(t, group, false);
        var list = elements.computeIfAbsent(look, k -> new Coordinates());
        double ex = x1;
        double ey = y1;
        if (d.directed()) {
            // Tangent at the recipient's end; the tip touches its rim and the line stops inside the head.
            double tx = x1 - (Double.isNaN(cx) ? x0 : cx);
            double ty = y1 - (Double.isNaN(cy) ? y0 : cy);
            double len = Math.hypot(tx, ty);
            if (len > 0) {
                double ux = tx / len;
                double uy = ty / len;
                double r = ends.radius(d.to());
                double tipX = x1 - ux * r;
                double tipY = y1 - uy * r;
                double baseX = tipX - ux * ARROW_LENGTH;
                double baseY = tipY - uy * ARROW_LENGTH;
                ex = tipX - ux * ARROW_LENGTH * 0.6;
                ey = tipY - uy * ARROW_LENGTH * 0.6;
                elements.computeIfAbsent(look(t, group, true), k -> new Coordinates()).add(tipX, tipY,
                        baseX - uy * ARROW_HALF_WIDTH, baseY + ux * ARROW_HALF_WIDTH,
                        baseX + uy * ARROW_HALF_WIDTH, baseY - ux * ARROW_HALF_WIDTH);
            }
        }
        list.add(x0, y0, cx, cy, ex, ey);
        if (group != LEAVING || !shown.containsKey(t)) {
            geometry.put(t, new double[] {x0, y0, cx, cy, x1, y1});
        }
    }

    private Look look(Tie t, int group, boolean arrowhead) {
        var own = ownLooks.computeIfAbsent(t, this::ownLook);
        var inline = inlineStyles.get(t);
        int rank;
        Color colour;
        double width = own.width();
        if (inline != null) {
            rank = INLINE;
            colour = own.colour();
            var stroke = STROKE.matcher(inline);
            if (stroke.find()) {
                try {
                    colour = Color.web(stroke.group(1).trim());
                } catch (IllegalArgumentException e) {
                    // Not a colour JavaFX knows: keep the theme's.
                }
            }
            var w = STROKE_WIDTH.matcher(inline);
            if (w.find()) {
                width = Double.parseDouble(w.group(1));
            }
        } else if (highlighting && !highlighted.contains(t)) {
            rank = DIMMED;
            colour = FxColours.of(style.dimmed());
        } else if (highlighting) {
            rank = HIGHLIGHTED;
            colour = own.colour();
        } else {
            if (!arrowhead && group == SETTLED) {
                return own;
            }
            rank = own.rank();
            colour = own.colour();
        }
        if (arrowhead) {
            return new Look(group, rank, colour, 0, List.of(), true);
        }
        return new Look(group, rank, colour, width, own.dash(), false);
    }

    /** A tie's own look when nothing is highlighted, settled: its style's colour, width and dash. */
    private Look ownLook(Tie t) {
        var base = CanvasStylesheet.tieStyle(style, t);
        return new Look(SETTLED, t instanceof MembershipTie ? MEMBERSHIP : CLAUSE, FxColours.of(base.colour()),
                base.width(), base.dash(), false);
    }

    private double width(Tie t) {
        return look(t, SETTLED, false).width();
    }

    /** Orders the batches of each group for drawing and computes their bounds; the images are redrawn next pulse. */
    private void apply(Map<Look, Coordinates> elements) {
        var order = new ArrayList<>(elements.keySet());
        order.sort(Comparator.comparingInt(Look::rank).thenComparing(Look::fill)
                .thenComparingDouble(Look::width).thenComparing(l -> l.colour().toString())
                .thenComparing(l -> l.dash().toString()));
        for (int i = 0; i < rasters.length; i++) {
            batches.set(i, new ArrayList<>());
            extents[i] = null;
        }
        for (var look : order) {
            var c = elements.get(look);
            var batch = new Batch(look, c.values, c.size / 6);
            batches.get(look.group()).add(batch);
            extents[look.group()] = union(extents[look.group()], bounds(batch));
        }
        rasterDirty = true;
        if (root.getScene() != null) {
            Platform.requestNextPulse();
        }
    }

    /** Bounds of a batch's coordinates, control points included, grown by half its width and a pixel. */
    private static Bounds bounds(Batch batch) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        var k = batch.coordinates();
        for (int i = 0, n = batch.count() * 6; i < n; i += 2) {
            if (!Double.isNaN(k[i])) {
                minX = Math.min(minX, k[i]);
                maxX = Math.max(maxX, k[i]);
                minY = Math.min(minY, k[i + 1]);
                maxY = Math.max(maxY, k[i + 1]);
            }
        }
        double grow = batch.fill() ? 1 : batch.width() / 2 + 1;
        return new BoundingBox(minX - grow, minY - grow, maxX - minX + 2 * grow, maxY - minY + 2 * grow);
    }

    private static Bounds union(Bounds a, Bounds b) {
        if (a == null) {
            return b;
        }
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    /** Distance from a point to a tie's centre line (a quadratic is followed in 12 straight steps). */
    private static double distance(double[] g, double x, double y) {
        if (Double.isNaN(g[2])) {
            return segmentDistance(x, y, g[0], g[1], g[4], g[5]);
        }
        double best = Double.POSITIVE_INFINITY;
        double px = g[0];
        double py = g[1];
        for (int i = 1; i <= 12; i++) {
            double s = i / 12.0;
            double u = 1 - s;
            double qx = u * u * g[0] + 2 * u * s * g[2] + s * s * g[4];
            double qy = u * u * g[1] + 2 * u * s * g[3] + s * s * g[5];
            best = Math.min(best, segmentDistance(x, y, px, py, qx, qy));
            px = qx;
            py = qy;
        }
        return best;
    }

    private static double segmentDistance(double x, double y, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        double s = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / lengthSquared));
        return Math.hypot(x - (x0 + s * dx), y - (y0 + s * dy));
    }
}

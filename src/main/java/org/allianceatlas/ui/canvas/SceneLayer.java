package org.allianceatlas.ui.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javafx.animation.FadeTransition;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.util.Duration;

import org.allianceatlas.export.Java2dRenderer;
import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.Scene;

/**
 * Draws the ties and labels of the canvas's {@link Scene} — the same drawables, drawn by the same Java2D renderer, as
 * the PNG and PDF exports — as bitmaps below SmartGraph's vertices ({@link SceneRaster}). Labels never overlap a
 * vertex (the scene places them so), so drawing them below the vertices hides nothing.
 *
 * <p>The layer's node is the SmartGraph panel's sibling in the viewport, below it, and shows the images drawn at the
 * panel's current zoom where its transform puts them, so zoom, pan and fit apply to ties and labels as to the
 * vertices.
 *
 * <p><b>One rasterisation per change, of what changed.</b> {@link #show} only records the scene and marks the images
 * stale; a post-layout pulse listener ({@link #paint()}) rasterises once per pulse, when the scene changed or when an
 * image no longer matches the zoom or covers what the viewport shows. When only the scene changed (a year change, a
 * label that moved), only the tiles of the image that differ are drawn again ({@link SceneRaster#update}).
 *
 * <p><b>Fades.</b> With a fade duration, the ties and labels a {@link #show} adds are drawn in a second image that
 * fades in, and those it removes in a third that fades out: each change set is two opacity animations of one image,
 * not one per tie. FX thread only.
 */
final class SceneLayer {

    /** Which image an element belongs to: settled, fading in, fading out. */
    private static final int SETTLED = 0;
    private static final int ARRIVING = 1;
    private static final int LEAVING = 2;

    private final Node drawing;
    private final Group root = new Group();
    private final SceneRaster[] rasters;
    private final List<List<Drawable>> drawables = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
    private final Bounds[] extents = new Bounds[3];
    private final FadeTransition[] fades = new FadeTransition[3];
    private final Runnable pulseListener = this::paint;
    private final Java2dRenderer renderer;
    private final LabelSprites sprites;
    private final SceneRaster.BufferPool pool = new SceneRaster.BufferPool();
    private Scene scene;
    private boolean rasterDirty;
    /** The settled image drawn ahead for the scene {@link #show} was given last, if any; shown by {@link #paint}. */
    private SceneRaster.Prepared prepared;
    /** Where the images were placed at the last {@link #paint}; null before it. */
    private SceneRaster.Placement placement;
    private Runnable onPainted = () -> { };
    /** Takes the settled picture the next {@link #paint} replaces, if it held these drawables; null: none. */
    private Consumer<SceneRaster.Prepared> keepReplaced;
    private List<Drawable> replacedDrawables;
    private int adopted;

    /**
     * @param drawing the node whose coordinates the scenes are in (the SmartGraph panel); the layer's node must be
     *                added to the same parent, below it, and is drawn unscaled in that parent's coordinates
     */
    SceneLayer(Node drawing, Java2dRenderer renderer) {
        this.drawing = drawing;
        this.renderer = renderer;
        this.sprites = new LabelSprites(renderer);
        rasters = new SceneRaster[] {new SceneRaster(renderer, sprites), new SceneRaster(renderer, sprites),
            new SceneRaster(renderer, sprites)};
        for (var raster : rasters) {
            root.getChildren().add(raster.node());
        }
        root.getStyleClass().add(CanvasStylesheet.SCENE_LAYER);
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

    /** The scene drawn now (null before the first). */
    Scene scene() {
        return scene;
    }

    /**
     * Draws {@code next} from now on. With a positive {@code fade} the ties and labels that appear fade in and those
     * that go fade out (a fade still running is finished first); ties and labels in both scenes are drawn as the new
     * scene says at once.
     */
    void show(Scene next, Duration fade) {
        show(next, fade, null, null);
    }

    /**
     * {@link #show(Scene, Duration)}, with the settled image of {@code next} drawn ahead ({@link SceneRaster#prepare},
     * from {@link #settledDrawables}) when {@code ahead} is not null: {@link #paint} shows it instead of drawing, if
     * the images are still placed as it was drawn for and nothing fades. Otherwise it is dropped. With
     * {@code keepReplaced}, the settled picture of the scene shown until now is handed to it once replaced, when it
     * is exactly that scene's settled picture at the placement the images keep (a year change: the year left is a
     * neighbour of the new one).
     */
    void show(Scene next, Duration fade, SceneRaster.Prepared ahead, Consumer<SceneRaster.Prepared> keepReplaced) {
        finishFades();
        drop(prepared);
        prepared = null;
        boolean fadingNow = fade != null && fade.greaterThan(Duration.ZERO) && scene != null;
        this.keepReplaced = keepReplaced != null && !fadingNow && scene != null && fadingCount() == 0
                ? keepReplaced : null;
        replacedDrawables = this.keepReplaced != null ? settledDrawables(scene) : null;
        var settled = new ArrayList<Drawable>();
        var arriving = new ArrayList<Drawable>();
        var leaving = new ArrayList<Drawable>();
        boolean fading = fade != null && fade.greaterThan(Duration.ZERO) && scene != null;
        Set<Object> before = fading ? keys(scene) : Set.of();
        Set<Object> after = fading ? keys(next) : Set.of();
        for (var t : next.ties()) {
            (fading && !before.contains(key(t)) ? arriving : settled).add(t.line());
        }
        for (var l : next.labels()) {
            (fading && !before.contains(l.actor()) ? arriving : settled).addAll(l.drawables());
        }
        if (fading) {
            for (var t : scene.ties()) {
                if (!after.contains(key(t))) {
                    leaving.add(t.line());
                }
            }
            for (var l : scene.labels()) {
                if (!after.contains(l.actor())) {
                    leaving.addAll(l.drawables());
                }
            }
        }
        scene = next;
        if (ahead != null && fading) {
            drop(ahead);
        } else {
            prepared = ahead;
        }
        set(SETTLED, settled);
        set(ARRIVING, arriving);
        set(LEAVING, leaving);
        if (!arriving.isEmpty()) {
            startFade(ARRIVING, 0, 1, fade);
        }
        if (!leaving.isEmpty()) {
            startFade(LEAVING, 1, 0, fade);
        }
        rasterDirty = true;
        if (root.getScene() != null) {
            Platform.requestNextPulse();
        }
    }

    /**
     * Brings the images up to date: rasterises each group whose drawables changed or whose image no longer matches the
     * zoom or covers the viewport. Called once per pulse, after layout; nothing before the layer is in a scene.
     */
    void paint() {
        var parent = root.getParent();
        if (parent == null || parent != drawing.getParent() || root.getScene() == null) {
            return;
        }
        var window = root.getScene().getWindow();
        double renderScale = window == null ? 1 : window.getRenderScaleX();
        var toLayer = drawing.getLocalToParentTransform();
        var visible = parent.getLayoutBounds();
        var now = SceneRaster.Placement.of(toLayer, renderScale, visible);
        // The picture this paint replaces, if it is to be kept: only at the placement it was drawn for.
        SceneRaster.Prepared replaced = null;
        if (rasterDirty && keepReplaced != null && now.equals(placement)) {
            replaced = rasters[SETTLED].shownPicture(placement, extent(replacedDrawables));
            if (replaced != null && !replaced.drawables().equals(replacedDrawables)) {
                replaced = null;
            }
        }
        for (int i = 0; i < rasters.length; i++) {
            if (i == SETTLED && rasterDirty && prepared != null && prepared.placement().equals(now)
                    && Objects.equals(prepared.content(), extents[i])) {
                // Drawn ahead for this very placement: shown as it is, nothing drawn now.
                pool.give(rasters[i].adopt(prepared));
                prepared = null;
                adopted++;
            } else if (rasterDirty && extents[i] != null) {
                // Only the tiles that changed, when the image is still right for the zoom and the viewport.
                rasters[i].update(drawables.get(i), extents[i], toLayer, renderScale, visible);
            } else if (rasterDirty || !rasters[i].covers(extents[i], toLayer, renderScale, visible)) {
                rasters[i].draw(drawables.get(i), extents[i], toLayer, renderScale, visible, rasterDirty);
            } else {
                rasters[i].place(toLayer, renderScale);
            }
        }
        rasterDirty = false;
        drop(prepared);
        prepared = null;
        if (replaced != null && rasters[SETTLED].keep(replaced, pool.poll())) {
            keepReplaced.accept(replaced);
        }
        keepReplaced = null;
        replacedDrawables = null;
        placement = now;
        onPainted.run();
    }

    private void drop(SceneRaster.Prepared p) {
        if (p != null) {
            pool.give(p.buffer());
        }
    }

    /** Where the images were placed at the last paint; null before the first. */
    SceneRaster.Placement placement() {
        return placement;
    }

    /** Called at the end of every {@link #paint}, after the images were brought up to date. */
    void setOnPainted(Runnable action) {
        onPainted = Objects.requireNonNull(action, "action");
    }

    Java2dRenderer renderer() {
        return renderer;
    }

    LabelSprites sprites() {
        return sprites;
    }

    /** The buffers for images drawn ahead: an image shown in their place goes back to it. */
    SceneRaster.BufferPool pool() {
        return pool;
    }

    /** How many pictures drawn ahead were shown so far (tests). */
    int adoptedCount() {
        return adopted;
    }

    /** What the settled image holds when {@code s} is shown without a fade: ties, then labels, in scene order. */
    static List<Drawable> settledDrawables(Scene s) {
        var items = new ArrayList<Drawable>();
        for (var t : s.ties()) {
            items.add(t.line());
        }
        for (var l : s.labels()) {
            items.addAll(l.drawables());
        }
        return List.copyOf(items);
    }

    /**
     * The tie of the scene nearest to ({@code x}, {@code y}) (panel coordinates) within {@code tolerance} panel units
     * of its centre line, plus half its width; null when none is that close.
     */
    Scene.TieLine tieAt(double x, double y, double tolerance) {
        if (scene == null) {
            return null;
        }
        Scene.TieLine best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (var t : scene.ties()) {
            double d = distance(t.line(), x, y);
            if (d <= tolerance + t.line().width() / 2 && d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The settled image's raster (tests look at its pixels after bringing it up to date). */
    SceneRaster settledRaster() {
        paint();
        return rasters[SETTLED];
    }

    /** Elements fading in or out now. */
    int fadingCount() {
        return drawables.get(ARRIVING).size() + drawables.get(LEAVING).size();
    }

    void dispose() {
        finishFades();
        drop(prepared);
        prepared = null;
        pool.clear();
        for (var raster : rasters) {
            raster.clear();
        }
        var s = root.getScene();
        if (s != null) {
            s.removePostLayoutPulseListener(pulseListener);
        }
    }

    private void set(int group, List<Drawable> items) {
        drawables.set(group, List.copyOf(items));
        extents[group] = extent(items);
    }

    /** The bounds of {@code items} and a pixel of air around each for antialiasing; null when there are none. */
    static Bounds extent(List<Drawable> items) {
        Bounds extent = null;
        for (var d : items) {
            var b = d.bounds();
            var box = new BoundingBox(b.minX() - 1, b.minY() - 1, b.width() + 2, b.height() + 2);
            extent = extent == null ? box : union(extent, box);
        }
        return extent;
    }

    private void startFade(int group, double from, double to, Duration duration) {
        var node = rasters[group].node();
        node.setOpacity(from);
        var transition = new FadeTransition(duration, node);
        transition.setFromValue(from);
        transition.setToValue(to);
        transition.setOnFinished(e -> settle(group));
        fades[group] = transition;
        transition.play();
    }

    /** A fade ended: arriving elements join the settled image, leaving ones are dropped. */
    private void settle(int group) {
        fades[group] = null;
        rasters[group].node().setOpacity(1);
        if (group == ARRIVING && scene != null) {
            // The scene's own order (ties by rank, then labels), not "settled, then arrived".
            set(SETTLED, sceneDrawables(scene));
        }
        set(group, List.of());
        rasterDirty = true;
        Platform.requestNextPulse();
    }

    private void finishFades() {
        for (int i = 0; i < fades.length; i++) {
            if (fades[i] != null) {
                fades[i].stop();
                fades[i] = null;
                rasters[i].node().setOpacity(1);
            }
        }
    }

    private static List<Drawable> sceneDrawables(Scene s) {
        var all = new ArrayList<>(s.tieDrawables());
        all.addAll(s.labelDrawables());
        return all;
    }

    private static Set<Object> keys(Scene s) {
        var keys = new HashSet<Object>();
        for (var t : s.ties()) {
            keys.add(key(t));
        }
        for (var l : s.labels()) {
            keys.add(l.actor());
        }
        return keys;
    }

    /** What identifies a tie line across scenes: its tie, or the pair of states that share memberships. */
    private static Object key(Scene.TieLine t) {
        return t.tie() != null ? t.tie() : List.of(t.from(), t.to());
    }

    private static Bounds union(Bounds a, Bounds b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }

    /** Distance from a point to a line's centre line (a quadratic is followed in 12 straight steps). */
    static double distance(Drawable.Line l, double x, double y) {
        if (!l.curved()) {
            return segmentDistance(x, y, l.x1(), l.y1(), l.x2(), l.y2());
        }
        double best = Double.POSITIVE_INFINITY;
        double px = l.x1();
        double py = l.y1();
        for (int i = 1; i <= 12; i++) {
            double s = i / 12.0;
            double u = 1 - s;
            double qx = u * u * l.x1() + 2 * u * s * l.cx() + s * s * l.x2();
            double qy = u * u * l.y1() + 2 * u * s * l.cy() + s * s * l.y2();
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

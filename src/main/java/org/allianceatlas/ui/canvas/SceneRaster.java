package org.allianceatlas.ui.canvas;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.NonInvertibleTransformException;
import javafx.scene.transform.Transform;

import org.allianceatlas.export.Java2dRenderer;
import org.allianceatlas.export.render.Drawable;

/**
 * One layer of the scene as a bitmap: the shared Java2D renderer ({@link Java2dRenderer}, the one the PNG and PDF
 * exports use) draws the scene's ties and labels into an ARGB image of <em>device</em> pixels, and an
 * {@link ImageView} shows it unscaled in the viewport (the layer node sits in the viewport below the zoomed and panned
 * drawing, not inside it), placed where the drawing's transform puts them.
 *
 * <p><b>Why a bitmap.</b> JavaFX's software pipeline rasterises a {@code Path} by scanning its whole bounding box;
 * the ties of a view are spread over the whole drawing, so each tie path cost a full-window scan. Java2D strokes each
 * tie over its own small box, and a repaint that does not change the scene (a pan, an animation elsewhere) only copies
 * the image (docs/decisions/0006). The image is rasterised at most once per pulse, by {@link SceneLayer}, on the FX
 * thread; a large image is split into two bands drawn at the same time (the FX thread draws one, a worker thread the
 * other).
 *
 * <p><b>Why unscaled, in the viewport.</b> The same pipeline copies an image several times faster when it is drawn one
 * image pixel to one screen pixel at a whole-pixel offset than through a scale (docs/benchmarks.md, "UI timing"). So
 * the image is drawn at the drawing's current zoom and placed in viewport coordinates; a pan only moves it (to the
 * nearest whole pixel), a zoom rasterises it again.
 *
 * <p><b>What is rasterised.</b> The visible part of the layer's bounds plus a margin of the viewport on every side —
 * {@value #MARGIN_FRACTION} of it when a pan has run out of image, {@value #CHANGE_MARGIN_FRACTION} when the scene
 * changed (a year change during playback pays for fewer pixels; the pan that follows, if any, draws the wide margin
 * once) — so that a short pan needs no new image; {@link #covers} says when the image no longer covers what is
 * visible (a long pan, a larger window) or no longer matches the zoom, and the layer then rasterises again.
 *
 * <p><b>Double buffered.</b> The render thread may still upload the image shown by the previous frame while the FX
 * thread draws the next one, so drawing always goes to the other of two buffers, which is then shown.
 *
 * <p><b>Drawn ahead.</b> {@link #prepare} draws a picture into a buffer of its own on any thread (the years next to
 * the one shown, {@link NeighbourYears}); {@link #adopt} shows it later, at the placement it was drawn for, in place of
 * drawing.
 *
 * <p>FX thread only, but for {@link #prepare} (the worker only ever draws into the hidden buffer, and is joined before
 * it is shown).
 */
final class SceneRaster {

    /** Extra image around the visible viewport, as a fraction of its width and height, on every side. */
    static final double MARGIN_FRACTION = 0.2;
    /** The margin when the scene itself changed. */
    static final double CHANGE_MARGIN_FRACTION = 0.05;
    /** An {@link #update} that would redraw more of the image than this is drawn in full (in two bands). */
    static final double MAX_DAMAGE_SHARE = 0.6;
    /** A layer this large or larger (device pixels) is drawn in two bands at once. */
    private static final int BAND_MIN_PIXELS = 250_000;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "tie-raster");
        t.setDaemon(true);
        return t;
    });
    private static final boolean TWO_BANDS = Runtime.getRuntime().availableProcessors() > 1;
    /** Rows a {@link #prepare} draws between two looks at whether it is still wanted. */
    private static final int PREPARE_STRIP = 64;

    private final Java2dRenderer renderer;
    private final LabelSprites sprites;
    private final ImageView view = new ImageView();
    private Buffer shown;
    private Buffer spare;
    /** The part of {@code shown} in use, pixels from its top-left corner. */
    private int shownWidth;
    private int shownHeight;
    /** Device pixels per panel unit the image was drawn at; NaN when nothing is drawn. */
    private double rasterScale = Double.NaN;
    /** What the image covers, panel coordinates. */
    private Bounds rasterRegion;
    /** The drawables the image shown was drawn from, for {@link #update}; null when not known. */
    private List<Drawable> shownDrawables;
    /**
     * Where the spare buffer differs from the one shown, when the spare holds the picture before the last
     * {@link #update} (same size and place); null when it may differ anywhere.
     */
    private RasterDamage spareStale;
    private double lastRedrawnShare = 1;

    SceneRaster(Java2dRenderer renderer, LabelSprites sprites) {
        this.renderer = renderer;
        this.sprites = sprites;
        view.setSmooth(true);
        view.setPreserveRatio(false);
        view.setMouseTransparent(true);
        view.setVisible(false);
    }

    ImageView node() {
        return view;
    }

    /**
     * Whether the image drawn last is still right for {@code toLayer} and the visible rectangle: drawn at the same
     * scale, covering the part of {@code content} (panel coordinates) that is visible, on whole device pixels. When
     * it is, {@link #place} moves it to where a pan put the drawing.
     */
    boolean covers(Bounds content, Transform toLayer, double renderScale, Bounds visible) {
        if (content == null) {
            return rasterRegion == null;
        }
        if (rasterRegion == null || Math.abs(scale(toLayer, renderScale) - rasterScale) > 1e-9 * rasterScale) {
            return false;
        }
        var needed = visiblePart(content, toLayer, visible, 0);
        return (needed == null || contains(rasterRegion, needed)) && onPixelGrid(toLayer, renderScale);
    }

    /**
     * Whether the image, moved by {@code toLayer}, still falls on whole device pixels. A pan by the mouse moves it by
     * whole pixels; a pan by code ({@code centreOn}) may not, and the image is then drawn again rather than shown
     * half a pixel off its vertices.
     */
    private boolean onPixelGrid(Transform toLayer, double renderScale) {
        if (rasterRegion == null || shown == null || !view.isVisible()) {
            return true;
        }
        var corner = toLayer.transform(rasterRegion.getMinX(), rasterRegion.getMinY());
        double x = corner.getX() * renderScale;
        double y = corner.getY() * renderScale;
        return Math.abs(x - Math.rint(x)) < 0.01 && Math.abs(y - Math.rint(y)) < 0.01;
    }

    /**
     * Rasterises {@code drawables} (in draw order, panel coordinates) and shows the image; {@code content} bounds
     * every drawable (null, or no drawables: nothing is drawn and the image is hidden).
     *
     * @param toLayer     panel coordinates to the layer's (the viewport's): a scale and a translation
     * @param renderScale device pixels per layer unit (the window's render scale)
     * @param visible     the rectangle of the layer the viewport shows, or null when not known (everything is drawn)
     */
    void draw(List<Drawable> drawables, Bounds content, Transform toLayer, double renderScale, Bounds visible,
              boolean changed) {
        var region = content == null || drawables.isEmpty() ? null
                : visiblePart(content, toLayer, visible, changed ? CHANGE_MARGIN_FRACTION : MARGIN_FRACTION);
        if (region == null) {
            hide(content, toLayer, renderScale);
            return;
        }
        double s = scale(toLayer, renderScale);
        var grid = PixelGrid.of(region, toLayer, renderScale);
        int w = grid.w();
        int h = grid.h();

        var target = spare != null && spare.fits(w, h) ? spare : new Buffer(w, h);
        var frame = grid.frame(renderer, sprites, target);
        if (TWO_BANDS && w * h >= BAND_MIN_PIXELS && h >= 2) {
            int middle = h / 2;
            var lower = CompletableFuture.runAsync(() -> frame.drawBand(drawables, middle, h), WORKER);
            frame.drawBand(drawables, 0, middle);
            lower.join();
        } else {
            frame.drawBand(drawables, 0, h);
        }
        showDrawn(target, w, h, s, grid.region(), drawables, toLayer, renderScale);
    }

    /** Nothing of {@code content} is visible (or nothing to draw): the image is hidden. */
    private void hide(Bounds content, Transform toLayer, double renderScale) {
        shownDrawables = null;
        spareStale = null;
        view.setVisible(false);
        view.setImage(null);
        rasterRegion = content == null ? null : new BoundingBox(0, 0, 0, 0);
        rasterScale = scale(toLayer, renderScale);
    }

    /** Shows a buffer whose top-left {@code w × h} pixels hold {@code drawables} drawn over {@code region}. */
    private void showDrawn(Buffer target, int w, int h, double s, Bounds region, List<Drawable> drawables,
                           Transform toLayer, double renderScale) {
        var used = new Rectangle2D(0, 0, w, h);
        target.pixels.updateBuffer(b -> used);

        lastRedrawnShare = 1;
        spare = shown;
        shown = target;
        shownDrawables = drawables;
        spareStale = null;
        shownWidth = w;
        shownHeight = h;
        rasterScale = s;
        rasterRegion = region;
        view.setImage(target.image);
        view.setViewport(used);
        view.setFitWidth(w / renderScale);
        view.setFitHeight(h / renderScale);
        place(toLayer, renderScale);
        view.setVisible(true);
    }

    /**
     * Rasterises {@code drawables} as {@link #draw} does for a changed picture at {@code placement}, into a buffer of
     * {@code pool}, on the calling thread (any thread: nothing of JavaFX is touched), for {@link #adopt} to show later.
     * Checks {@code cancelled} between strips of the image; null when it said so (the buffer is back in the pool).
     */
    static Prepared prepare(Java2dRenderer renderer, LabelSprites sprites, List<Drawable> drawables, Bounds content,
                            Placement placement, BufferPool pool, BooleanSupplier cancelled) {
        var toLayer = placement.toLayer();
        double renderScale = placement.renderScale();
        var region = content == null || drawables.isEmpty() ? null
                : visiblePart(content, toLayer, placement.visible(), CHANGE_MARGIN_FRACTION);
        if (region == null) {
            return new Prepared(placement, drawables, content, null, 0, 0, scale(toLayer, renderScale), null);
        }
        var grid = PixelGrid.of(region, toLayer, renderScale);
        int w = grid.w();
        int h = grid.h();
        var target = pool.take(w, h);
        var frame = grid.frame(renderer, sprites, target);
        for (int top = 0; top < h; top += PREPARE_STRIP) {
            if (cancelled.getAsBoolean()) {
                pool.give(target);
                return null;
            }
            frame.drawBand(drawables, top, Math.min(h, top + PREPARE_STRIP));
        }
        return new Prepared(placement, drawables, content, target, w, h, scale(toLayer, renderScale), grid.region());
    }

    /**
     * Shows a picture {@link #prepare}d for the placement the layer has now, as {@link #draw} would have drawn it; the
     * prepared buffer becomes the one shown (no copy). Returns the buffer no longer needed (the spare before, which no
     * frame shows now), for the pool; null when there is none.
     */
    Buffer adopt(Prepared p) {
        var toLayer = p.placement().toLayer();
        if (p.region() == null) {
            hide(p.content(), toLayer, p.placement().renderScale());
            return null;
        }
        var displaced = spare;
        showDrawn(p.buffer(), p.width(), p.height(), p.scale(), p.region(), p.drawables(), toLayer,
                p.placement().renderScale());
        return displaced;
    }

    /**
     * Shows {@code drawables} instead of the drawables drawn last, redrawing only the tiles of the image where the two
     * differ ({@link RasterDamage}) over a copy of the image shown: the pixels are those {@link #draw} would give,
     * for a fraction of the work when a change is small (a year change, a label that moved). Draws everything, as
     * {@link #draw} does for a changed picture, when the image shown is not right for {@code toLayer} and the visible
     * rectangle ({@link #covers}), when what it was drawn from is not known, or when more than
     * {@value #MAX_DAMAGE_SHARE} of it would change.
     */
    void update(List<Drawable> drawables, Bounds content, Transform toLayer, double renderScale, Bounds visible) {
        if (shown == null || shownDrawables == null || !view.isVisible() || drawables.isEmpty()
                || !covers(content, toLayer, renderScale, visible)) {
            draw(drawables, content, toLayer, renderScale, visible, true);
            return;
        }
        var shownGrid = ShownGrid.of(rasterRegion, toLayer, renderScale);
        double sx = shownGrid.sx();
        double sy = shownGrid.sy();
        double tx = shownGrid.tx();
        double ty = shownGrid.ty();
        var damage = new RasterDamage(shownWidth, shownHeight, sx, sy, tx, ty, sprites);
        if (!damage.diff(shownDrawables, drawables) || damage.share() > MAX_DAMAGE_SHARE) {
            draw(drawables, content, toLayer, renderScale, visible, true);
            return;
        }
        lastRedrawnShare = damage.share();
        if (damage.isEmpty()) {
            shownDrawables = drawables;
            return;
        }
        Buffer target;
        if (spare != null && spare.width == shown.width && spare.height == shown.height && spareStale != null) {
            // The spare holds the picture before the last update: bring only what changed since up to date.
            target = spare;
            copy(shown, target, spareStale.rectangles());
        } else {
            target = spare != null && spare.fits(shownWidth, shownHeight) ? spare
                    : new Buffer(shownWidth, shownHeight);
            copy(shown, target, List.of(new int[] {0, 0, shownWidth, shownHeight}));
        }
        var frame = new Frame(renderer, sprites, target, shownWidth, sx, sy, tx, ty);
        var rectangles = damage.rectangles();
        long pixels = 0;
        for (var r : rectangles) {
            pixels += (long) (r[2] - r[0]) * (r[3] - r[1]);
        }
        if (TWO_BANDS && pixels >= BAND_MIN_PIXELS && rectangles.size() >= 2) {
            // Half the damaged pixels each, on the worker and here: the rectangles are disjoint.
            int split = 0;
            long sum = 0;
            while (split < rectangles.size() - 1 && sum < pixels / 2) {
                var r = rectangles.get(split++);
                sum += (long) (r[2] - r[0]) * (r[3] - r[1]);
            }
            var mine = rectangles.subList(0, split);
            var theirs = rectangles.subList(split, rectangles.size());
            var other = CompletableFuture.runAsync(() -> frame.drawRects(drawables, theirs, damage), WORKER);
            frame.drawRects(drawables, mine, damage);
            other.join();
        } else {
            frame.drawRects(drawables, rectangles, damage);
        }
        var used = new Rectangle2D(0, 0, shownWidth, shownHeight);
        target.pixels.updateBuffer(b -> used);
        spare = shown;
        shown = target;
        shownDrawables = drawables;
        spareStale = damage;
        view.setImage(target.image);
        view.setViewport(used);
    }

    /** Copies rectangles {x0, y0, x1, y1} of one buffer's pixels into another's. */
    private static void copy(Buffer from, Buffer to, List<int[]> rectangles) {
        for (var r : rectangles) {
            for (int y = r[1]; y < r[3]; y++) {
                System.arraycopy(from.data, y * from.width + r[0], to.data, y * to.width + r[0], r[2] - r[0]);
            }
        }
    }

    /**
     * Draws {@code drawables} again within {@code dirty} only (panel coordinates), over a copy of the image shown,
     * for a change confined to a region (a state's fill on the map); the rest of the image is kept. When the image
     * shown is not right for {@code toLayer} and the visible rectangle ({@link #covers}), draws everything
     * ({@link #draw}, as a changed picture).
     */
    void redraw(List<Drawable> drawables, Bounds content, Bounds dirty, Transform toLayer, double renderScale,
                Bounds visible) {
        if (shown == null || !view.isVisible() || !covers(content, toLayer, renderScale, visible)) {
            draw(drawables, content, toLayer, renderScale, visible, true);
            return;
        }
        var shownGrid = ShownGrid.of(rasterRegion, toLayer, renderScale);
        double sx = shownGrid.sx();
        double sy = shownGrid.sy();
        double tx = shownGrid.tx();
        double ty = shownGrid.ty();
        int x0 = Math.max(0, (int) Math.floor(dirty.getMinX() * sx + tx) - 1);
        int y0 = Math.max(0, (int) Math.floor(dirty.getMinY() * sy + ty) - 1);
        int x1 = Math.min(shownWidth, (int) Math.ceil(dirty.getMaxX() * sx + tx) + 1);
        int y1 = Math.min(shownHeight, (int) Math.ceil(dirty.getMaxY() * sy + ty) + 1);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        var target = spare != null && spare.fits(shownWidth, shownHeight) ? spare
                : new Buffer(shownWidth, shownHeight);
        for (int y = 0; y < shownHeight; y++) {
            System.arraycopy(shown.data, y * shown.width, target.data, y * target.width, shownWidth);
        }
        new Frame(renderer, sprites, target, shownWidth, sx, sy, tx, ty).drawRect(drawables, x0, y0, x1, y1);
        var used = new Rectangle2D(0, 0, shownWidth, shownHeight);
        target.pixels.updateBuffer(b -> used);
        spare = shown;
        shown = target;
        shownDrawables = drawables;
        spareStale = null;
        view.setImage(target.image);
        view.setViewport(used);
    }

    /**
     * The picture shown now, as if {@link #prepare}d at {@code at} (where it was last placed) with {@code content}
     * its drawables' extent; null when none is shown. Its buffer stays shown: {@link #keep} takes it over once another
     * picture replaced it.
     */
    Prepared shownPicture(Placement at, Bounds content) {
        if (shown == null || shownDrawables == null || !view.isVisible() || rasterRegion == null) {
            return null;
        }
        return new Prepared(at, shownDrawables, content, shown, shownWidth, shownHeight, rasterScale, rasterRegion);
    }

    /**
     * Keeps a picture that was shown ({@link #shownPicture}) for later, once another picture replaced it: its buffer,
     * now the spare one, is given up (the next change draws into {@code replacement}, or a new buffer when null).
     * False when the picture was not replaced (nothing changed: it is still shown) and must not be kept.
     */
    boolean keep(Prepared p, Buffer replacement) {
        if (p.buffer() == null || spare != p.buffer() || shown == p.buffer()) {
            return false;
        }
        spare = replacement;
        spareStale = null;
        return true;
    }

    /** Moves the image to where {@code toLayer} puts what it shows (to the nearest whole device pixel). */
    void place(Transform toLayer, double renderScale) {
        if (rasterRegion == null || shown == null) {
            return;
        }
        var corner = toLayer.transform(rasterRegion.getMinX(), rasterRegion.getMinY());
        view.setX(Math.round(corner.getX() * renderScale) / renderScale);
        view.setY(Math.round(corner.getY() * renderScale) / renderScale);
    }

    /** Forgets the image (the next {@link #covers} is false unless there is nothing to draw). */
    void clear() {
        view.setImage(null);
        view.setVisible(false);
        shown = null;
        spare = null;
        shownDrawables = null;
        spareStale = null;
        rasterRegion = null;
        rasterScale = Double.NaN;
    }

    /** The share of the image the last {@link #update} redrew: 0 when nothing changed, 1 when drawn in full. */
    double lastRedrawnShare() {
        return lastRedrawnShare;
    }

    /** The pixels shown, premultiplied ARGB, row by row ({@code width × height} of the image). For tests. */
    int[] pixels() {
        var copy = new int[shownWidth * shownHeight];
        for (int y = 0; y < shownHeight; y++) {
            System.arraycopy(shown.data, y * shown.width, copy, y * shownWidth, shownWidth);
        }
        return copy;
    }

    /** The image's size in device pixels, {width, height}. For tests. */
    int[] size() {
        return new int[] {shownWidth, shownHeight};
    }

    /** Device pixels per panel unit the image was drawn at. For tests. */
    double scale() {
        return rasterScale;
    }

    /** What the image shows, panel coordinates; null when nothing is drawn. For tests. */
    Bounds region() {
        return rasterRegion;
    }

    /** The ARGB colour of the image at a panel point, for tests; 0 when nothing is shown there. */
    int pixelAt(double x, double y) {
        if (shown == null || !view.isVisible() || !rasterRegion.contains(x, y)) {
            return 0;
        }
        int px = (int) ((x - rasterRegion.getMinX()) / rasterRegion.getWidth() * shownWidth);
        int py = (int) ((y - rasterRegion.getMinY()) / rasterRegion.getHeight() * shownHeight);
        return shown.image.getPixelReader().getArgb(Math.min(px, shownWidth - 1), Math.min(py, shownHeight - 1));
    }

    private static double scale(Transform toLayer, double renderScale) {
        return Math.sqrt(Math.abs(toLayer.getMxx() * toLayer.getMyy())) * renderScale;
    }

    /**
     * The part of {@code content} (panel coordinates) inside the visible rectangle (layer coordinates) grown by
     * {@code margin} of its size on every side, in panel coordinates; all of {@code content} when the visible
     * rectangle is unknown; null when nothing of it is visible.
     */
    private static Bounds visiblePart(Bounds content, Transform toLayer, Bounds visible, double margin) {
        if (visible == null) {
            return content;
        }
        double mx = visible.getWidth() * margin;
        double my = visible.getHeight() * margin;
        try {
            var inv = toLayer.createInverse();
            var a = inv.transform(visible.getMinX() - mx, visible.getMinY() - my);
            var b = inv.transform(visible.getMaxX() + mx, visible.getMaxY() + my);
            double minX = Math.max(content.getMinX(), Math.min(a.getX(), b.getX()));
            double minY = Math.max(content.getMinY(), Math.min(a.getY(), b.getY()));
            double maxX = Math.min(content.getMaxX(), Math.max(a.getX(), b.getX()));
            double maxY = Math.min(content.getMaxY(), Math.max(a.getY(), b.getY()));
            if (maxX <= minX || maxY <= minY) {
                return null;
            }
            return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
        } catch (NonInvertibleTransformException e) {
            return null;
        }
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        double eps = 1e-6 * Math.max(1, Math.max(outer.getWidth(), outer.getHeight()));
        return inner.getMinX() >= outer.getMinX() - eps && inner.getMinY() >= outer.getMinY() - eps
                && inner.getMaxX() <= outer.getMaxX() + eps && inner.getMaxY() <= outer.getMaxY() + eps;
    }

    /**
     * Pixels shared by Java2D (drawing) and JavaFX (showing), without a copy. Its size is rounded up to whole blocks
     * of {@value #BLOCK} pixels and only its top-left part is used ({@link ImageView#setViewport}), so that a year
     * change, a highlight or a small zoom reuses it: allocating a new one of several megabytes per frame would be
     * a large ("humongous") allocation for the garbage collector each time.
     */
    static final class Buffer {
        static final int BLOCK = 256;

        final int width;
        final int height;
        final BufferedImage awt;
        final int[] data;
        final PixelBuffer<IntBuffer> pixels;
        final WritableImage image;

        Buffer(int w, int h) {
            width = roundUp(w);
            height = roundUp(h);
            awt = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            data = ((DataBufferInt) awt.getRaster().getDataBuffer()).getData();
            pixels = new PixelBuffer<>(width, height, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixels);
        }

        /** Whether {@code w × h} fits, without wasting more than half the buffer's rows or columns. */
        boolean fits(int w, int h) {
            return w <= width && h <= height && roundUp(w) * 2 > width && roundUp(h) * 2 > height;
        }

        private static int roundUp(int n) {
            return (n + BLOCK - 1) / BLOCK * BLOCK;
        }
    }

    /**
     * Image pixels of the image shown, whose corner is on a whole device pixel ({@link #covers} checked it): image
     * pixel = panel · (sx, sy) + (tx, ty).
     */
    private record ShownGrid(double sx, double sy, double tx, double ty) {

        static ShownGrid of(Bounds rasterRegion, Transform toLayer, double renderScale) {
            double sx = toLayer.getMxx() * renderScale;
            double sy = toLayer.getMyy() * renderScale;
            double ox = toLayer.getTx() * renderScale;
            double oy = toLayer.getTy() * renderScale;
            return new ShownGrid(sx, sy, ox - Math.rint(rasterRegion.getMinX() * sx + ox),
                    oy - Math.rint(rasterRegion.getMinY() * sy + oy));
        }
    }

    /**
     * The device pixels an image of {@code region} (panel coordinates) covers at a transform: its corner
     * ({@code x0}, {@code y0}) on a whole device pixel, {@code w × h} pixels; panel to device pixels is
     * x · sx + ox, y · sy + oy.
     */
    private record PixelGrid(double sx, double sy, double ox, double oy, int x0, int y0, int w, int h) {

        static PixelGrid of(Bounds region, Transform toLayer, double renderScale) {
            double sx = toLayer.getMxx() * renderScale;
            double sy = toLayer.getMyy() * renderScale;
            double ox = toLayer.getTx() * renderScale;
            double oy = toLayer.getTy() * renderScale;
            int x0 = (int) Math.floor(region.getMinX() * sx + ox);
            int y0 = (int) Math.floor(region.getMinY() * sy + oy);
            int x1 = (int) Math.ceil(region.getMaxX() * sx + ox);
            int y1 = (int) Math.ceil(region.getMaxY() * sy + oy);
            return new PixelGrid(sx, sy, ox, oy, x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
        }

        /** What the image shows, panel coordinates. */
        Bounds region() {
            return new BoundingBox((x0 - ox) / sx, (y0 - oy) / sy, w / sx, h / sy);
        }

        /** A rasterisation of this grid into {@code target}. */
        Frame frame(Java2dRenderer renderer, LabelSprites sprites, Buffer target) {
            return new Frame(renderer, sprites, target, w, sx, sy, ox - x0, oy - y0);
        }
    }

    /**
     * Where the layer shows its images: panel to layer coordinates (a scale and a translation), device pixels per
     * layer unit and the rectangle of the layer the viewport shows. A picture {@link #prepare}d for one placement is
     * shown only at an equal one.
     */
    record Placement(double mxx, double myy, double tx, double ty, double renderScale, Bounds visible) {

        static Placement of(Transform toLayer, double renderScale, Bounds visible) {
            return new Placement(toLayer.getMxx(), toLayer.getMyy(), toLayer.getTx(), toLayer.getTy(), renderScale,
                    visible);
        }

        Transform toLayer() {
            return Transform.affine(mxx, 0, 0, myy, tx, ty);
        }
    }

    /**
     * A picture drawn ahead ({@link #prepare}): {@code drawables} (bounded by {@code content}) in the top-left
     * {@code width × height} pixels of {@code buffer}, over {@code region} (panel coordinates) at {@code scale} device
     * pixels per panel unit; {@code region} and {@code buffer} null when nothing of it is visible.
     */
    record Prepared(Placement placement, List<Drawable> drawables, Bounds content, Buffer buffer, int width,
                    int height, double scale, Bounds region) {
    }

    /**
     * Buffers for pictures drawn ahead, reused rather than allocated (each is megabytes): at most {@value #KEPT} are
     * kept. Any thread.
     */
    static final class BufferPool {
        static final int KEPT = 2;
        private final List<Buffer> free = new ArrayList<>();

        synchronized Buffer take(int w, int h) {
            for (int i = 0; i < free.size(); i++) {
                if (free.get(i).fits(w, h)) {
                    return free.remove(i);
                }
            }
            return new Buffer(w, h);
        }

        /** A free buffer, or null when there is none (nothing is allocated). */
        synchronized Buffer poll() {
            return free.isEmpty() ? null : free.remove(free.size() - 1);
        }

        synchronized void give(Buffer b) {
            if (b != null && free.size() < KEPT && !free.contains(b)) {
                free.add(b);
            }
        }

        synchronized void clear() {
            free.clear();
        }
    }

    /**
     * One rasterisation into the top-left {@code w} columns of a buffer: panel coordinates to image pixels is
     * x · sx + tx, y · sy + ty, applied as the graphics' transform so that the renderer draws in panel units.
     */
    private record Frame(Java2dRenderer renderer, LabelSprites sprites, Buffer target, int w, double sx, double sy,
                         double tx, double ty) {

        /** Clears the rectangle [x0, x1) × [y0, y1) of the image and draws what lies in it (a partial redraw). */
        void drawRect(List<Drawable> drawables, int x0, int y0, int x1, int y1) {
            drawRect(drawables, null, null, x0, y0, x1, y1);
        }

        /** {@link #drawRect} for each rectangle {x0, y0, x1, y1}, deciding what reaches it with {@code damage}. */
        void drawRects(List<Drawable> drawables, List<int[]> rectangles, RasterDamage damage) {
            var extents = new double[drawables.size()][];
            for (int i = 0; i < extents.length; i++) {
                extents[i] = damage.extent(drawables.get(i));
            }
            for (var r : rectangles) {
                drawRect(drawables, extents, damage, r[0], r[1], r[2], r[3]);
            }
        }

        /**
         * Clears [x0, x1) × [y0, y1) and draws, clipped to it, every drawable that may change a pixel of it: by
         * {@code reach} and the drawables' {@code extents} when given, else by their bounds (a label by its sprite's,
         * halo included). Lines are stroked in the runs {@link Java2dRenderer#drawAll} would make of the whole list (a
         * run is one path, where overlapping strokes do not add up), so that the rectangle gets the pixels of a full
         * rasterisation.
         */
        private void drawRect(List<Drawable> drawables, double[][] extents, RasterDamage reach, int x0, int y0,
                              int x1, int y1) {
            int stride = target.width;
            for (int y = y0; y < y1; y++) {
                Arrays.fill(target.data, y * stride + x0, y * stride + x1, 0);
            }
            Graphics2D g = target.awt.createGraphics();
            try {
                g.setClip(x0, y0, x1 - x0, y1 - y0);
                g.setComposite(AlphaComposite.SrcOver);
                Java2dRenderer.setHints(g);
                var device = g.getTransform();
                var panel = new AffineTransform(device);
                panel.concatenate(new AffineTransform(sx, 0, 0, sy, tx, ty));
                g.setTransform(panel);
                var run = new ArrayList<Drawable>();
                Drawable.Line runFirst = null;
                for (int i = 0; i < drawables.size(); i++) {
                    var d = drawables.get(i);
                    boolean reaches = reach != null ? reach.reaches(d, extents[i], x0, y0, x1, y1)
                            : reaches(d, x0, y0, x1, y1);
                    if (d instanceof Drawable.Line l) {
                        if (runFirst == null || !alike(runFirst, l)) {
                            stroke(g, run);
                            run.clear();
                            runFirst = l;
                        }
                        if (reaches) {
                            run.add(d);
                        }
                        continue;
                    }
                    stroke(g, run);
                    run.clear();
                    runFirst = null;
                    if (!reaches) {
                        continue;
                    }
                    if (d instanceof Drawable.Text t) {
                        // A label: its image, made once by the same renderer, copied to the nearest whole pixel.
                        var sprite = sprites.of(t, sx);
                        g.setTransform(device);
                        g.drawImage(sprite.image(), (int) Math.round(t.x() * sx + tx - sprite.anchorX()),
                                (int) Math.round(t.y() * sy + ty - sprite.anchorY()), null);
                        g.setTransform(panel);
                    } else {
                        renderer.draw(g, d);
                    }
                }
                stroke(g, run);
            } finally {
                g.dispose();
            }
        }

        /**
         * Strokes a run of alike lines as {@link Java2dRenderer#drawAll} does, except that dashed lines are dashed
         * before the clip is applied: Java2D's renderer skips the dashes of a stroke outside the clip with its own
         * arithmetic, so the same dashed tie drawn in two tiles (or bands) would have its dashes out of step at the
         * seam. Their outline is made unclipped, then filled.
         */
        private void stroke(Graphics2D g, List<Drawable> run) {
            if (run.isEmpty()) {
                return;
            }
            var first = (Drawable.Line) run.get(0);
            if (first.dash().isEmpty()) {
                renderer.drawAll(g, run);
                return;
            }
            var path = new Path2D.Double();
            Path2D.Double heads = null;
            for (var d : run) {
                var l = (Drawable.Line) d;
                Java2dRenderer.appendPath(path, l);
                if (l.head() != null) {
                    heads = heads == null ? new Path2D.Double() : heads;
                    Java2dRenderer.appendHead(heads, l.head());
                }
            }
            g.setColor(Java2dRenderer.awt(first.colour()));
            g.fill(Java2dRenderer.stroke(first.width(), first.dash()).createStrokedShape(path));
            if (heads != null) {
                g.fill(heads);
            }
        }

        /** Whether {@code d} may change a pixel of [x0, x1) × [y0, y1): its bounds, a pixel wider, meet it. */
        private boolean reaches(Drawable d, int x0, int y0, int x1, int y1) {
            if (d instanceof Drawable.Text t) {
                var sprite = sprites.of(t, sx);
                long left = Math.round(t.x() * sx + tx - sprite.anchorX());
                long top = Math.round(t.y() * sy + ty - sprite.anchorY());
                return left < x1 && left + sprite.image().getWidth() > x0 && top < y1
                        && top + sprite.image().getHeight() > y0;
            }
            var b = d.bounds();
            return b.maxX() >= (x0 - 1 - tx) / sx && b.minX() <= (x1 + 1 - tx) / sx
                    && b.maxY() >= (y0 - 1 - ty) / sy && b.minY() <= (y1 + 1 - ty) / sy;
        }

        /** Lines {@link Java2dRenderer#drawAll} strokes in one run: the same width, colour and dashes. */
        private static boolean alike(Drawable.Line a, Drawable.Line b) {
            return a.width() == b.width() && a.colour().equals(b.colour()) && a.dash().equals(b.dash());
        }

        void drawBand(List<Drawable> drawables, int top, int bottom) {
            drawRect(drawables, 0, top, w, bottom);
        }
    }
}

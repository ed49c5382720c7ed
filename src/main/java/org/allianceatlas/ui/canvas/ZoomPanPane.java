package org.allianceatlas.ui.canvas;

import java.util.function.BooleanSupplier;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.CacheHint;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * A clipped viewport that shows one content node zoomed and panned: screen = pan + zoom × content. The mouse wheel
 * zooms about the cursor, a primary-button drag pans.
 *
 * <p>While a pan lasts, a large drawing may be drawn from a cached bitmap ({@link Node#setCache}): a pan only
 * translates it. Whether to is the owner's call ({@link #setCacheWhilePanning}): in JavaFX's software pipeline copying
 * a cached bitmap of the whole drawing costs about as much as drawing a few hundred vertices, so the cache pays only
 * for large views. It is skipped when the zoomed content would exceed {@link #MAX_CACHE_PIXELS} (memory) and dropped
 * when the drag ends, so that zooming and highlighting always render sharply.
 *
 * <p>FX thread only.
 */
final class ZoomPanPane extends Pane {

    static final double MIN_ZOOM = 0.05;
    static final double MAX_ZOOM = 8;
    /** One zoom-in or zoom-out step (button or key). */
    static final double STEP = 1.25;
    /** Zoom factor per wheel notch of 40 px (the usual {@code deltaY} of one notch). */
    private static final double WHEEL_FACTOR_PER_NOTCH = 1.15;
    /** 4096 × 4096 pixels of 4 bytes: 64 MiB at most for the pan cache. */
    static final double MAX_CACHE_PIXELS = 4096.0 * 4096.0;

    private final Translate pan = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private Node content;
    private double dragX;
    private double dragY;
    private final ReadOnlyBooleanWrapper panning = new ReadOnlyBooleanWrapper(this, "panning");
    private BooleanSupplier cacheWhilePanning = () -> true;
    private Runnable onUserMove = () -> { };
    /** True while {@link #setView} sets zoom and pan together: the zoom listener must not re-centre. */
    private boolean settingView;

    ZoomPanPane() {
        var clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setFocusTraversable(true);
        zoom.addListener((obs, old, now) -> onZoomChanged(now.doubleValue()));
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                onUserMove.run();
                zoomAbout(Math.pow(WHEEL_FACTOR_PER_NOTCH, e.getDeltaY() / 40), e.getX(), e.getY());
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            if (e.getButton() == MouseButton.PRIMARY) {
                dragX = e.getX();
                dragY = e.getY();
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown()) {
                if (!panning.get()) {
                    startPan();
                    onUserMove.run();
                }
                panBy(e.getX() - dragX, e.getY() - dragY);
                dragX = e.getX();
                dragY = e.getY();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> endPan());
    }

    /**
     * Replaces the content, and the underlay drawn below it (or none); the transform is kept. The underlay is not
     * zoomed or panned: it places itself from the content's transform ({@code getLocalToParentTransform()}), as the
     * tie layer does.
     */
    void setContent(Node node, Node underlay) {
        if (content != null) {
            content.getTransforms().removeAll(pan, scale);
        }
        getChildren().clear();
        content = node;
        if (underlay != null) {
            getChildren().add(underlay);
        }
        if (node != null) {
            node.getTransforms().setAll(pan, scale);
            getChildren().add(node);
        }
    }

    /** Called when the user zooms (wheel) or pans (drag), not when code does. */
    void setOnUserMove(Runnable action) {
        onUserMove = action;
    }

    /** Sets zoom and pan at once (content point p appears at pan + zoom · p), as a fit or an animation does. */
    void setView(double newZoom, double panX, double panY) {
        settingView = true;
        try {
            zoom.set(clamp(newZoom));
            scale.setX(zoom.get());
            scale.setY(zoom.get());
            pan.setX(panX);
            pan.setY(panY);
        } finally {
            settingView = false;
        }
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    /** True between {@link #startPan()} and {@link #endPan()}. */
    ReadOnlyBooleanProperty panningProperty() {
        return panning.getReadOnlyProperty();
    }

    double panX() {
        return pan.getX();
    }

    double panY() {
        return pan.getY();
    }

    /** Zooms by {@code factor} keeping the content point under ({@code x}, {@code y}) (viewport px) in place. */
    void zoomAbout(double factor, double x, double y) {
        double old = zoom.get();
        double next = clamp(old * factor);
        if (next == old) {
            return;
        }
        double cx = (x - pan.getX()) / old;
        double cy = (y - pan.getY()) / old;
        zoom.set(next);
        pan.setX(x - cx * next);
        pan.setY(y - cy * next);
    }

    void zoomIn() {
        zoomAbout(STEP, getWidth() / 2, getHeight() / 2);
    }

    void zoomOut() {
        zoomAbout(1 / STEP, getWidth() / 2, getHeight() / 2);
    }

    /** Asked at the start of each pan: whether to draw the content from a cached bitmap while it lasts. */
    void setCacheWhilePanning(BooleanSupplier worthIt) {
        cacheWhilePanning = worthIt;
    }

    /** Starts a pan gesture: caches the drawing as a bitmap when that pays and it is small enough (class comment). */
    void startPan() {
        panning.set(true);
        if (content != null && cacheWhilePanning.getAsBoolean()) {
            var b = content.getBoundsInLocal();
            double z = zoom.get();
            if (b.getWidth() * z * b.getHeight() * z <= MAX_CACHE_PIXELS) {
                content.setCacheHint(CacheHint.SPEED);
                content.setCache(true);
            }
        }
    }

    void panBy(double dx, double dy) {
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
    }

    void endPan() {
        if (panning.get()) {
            panning.set(false);
            if (content != null) {
                content.setCache(false);
            }
        }
    }

    /** Zooms and pans so that {@code bounds} (content coordinates) fill the viewport, with a small margin. */
    void fit(Bounds bounds) {
        if (bounds == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double z = clamp(fitZoom(bounds));
        zoom.set(z);
        centreOn(new Point2D(bounds.getCenterX(), bounds.getCenterY()));
    }

    /** The zoom (unclamped) at which {@code bounds} fills the viewport with a small margin. */
    double fitZoom(Bounds bounds) {
        return 0.95 * Math.min(getWidth() / Math.max(1, bounds.getWidth()),
                getHeight() / Math.max(1, bounds.getHeight()));
    }

    /** Pans so that the content point {@code p} is at the centre of the viewport. */
    void centreOn(Point2D p) {
        pan.setX(getWidth() / 2 - p.getX() * zoom.get());
        pan.setY(getHeight() / 2 - p.getY() * zoom.get());
    }

    // A zoom set from outside (a slider bound to zoomProperty) keeps the viewport centre in place.
    private void onZoomChanged(double now) {
        if (settingView) {
            return;
        }
        double clamped = clamp(now);
        if (clamped != now) {
            zoom.set(clamped);
            return;
        }
        double applied = scale.getX();
        double cx = (getWidth() / 2 - pan.getX()) / applied;
        double cy = (getHeight() / 2 - pan.getY()) / applied;
        scale.setX(now);
        scale.setY(now);
        pan.setX(getWidth() / 2 - cx * now);
        pan.setY(getHeight() / 2 - cy * now);
    }

    private static double clamp(double z) {
        if (Double.isNaN(z)) {
            return 1;
        }
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}

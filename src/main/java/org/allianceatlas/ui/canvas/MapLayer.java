package org.allianceatlas.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import javafx.animation.FadeTransition;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

import org.allianceatlas.export.Java2dRenderer;
import org.allianceatlas.export.render.Bounds;
import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.LayoutToPage;
import org.allianceatlas.export.render.MapLayers;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.MapPicture;
import org.allianceatlas.export.render.MapRequest;
import org.allianceatlas.export.render.SceneOptions;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Point;
import org.allianceatlas.map.AllianceChanges;
import org.allianceatlas.map.AllianceFills;
import org.allianceatlas.map.MapDrawing;
import org.allianceatlas.map.WorldMap;
import org.allianceatlas.map.YearMap;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Organisation;

/**
 * The world map under the canvas's graph ({@link SceneOptions#map()}): the same layers the exports draw
 * ({@link MapLayers}: sea, land or alliance fills, borders, dots), rasterised by the same Java2D renderer into a bitmap
 * below the ties and labels ({@link SceneRaster}), the outline of the hovered and of the selected country above it,
 * and the hit test that tells which state's land is under a point.
 *
 * <p><b>Cached as the ties are.</b> The layers are made for the whole world in screen pixels at the current zoom
 * (a lookup in the map's caches, then one pass over its points), so their lines are as thin at every zoom; they are
 * made again only when what they show changes: the zoom, the drawing's placement, the year's borders, the fills (the
 * alliance map's members of the year, or who joined and left in compare mode), the mode or the theme. A year change
 * that changes none of these (most years under the graph, most years of an alliance map) costs a comparison. The image
 * covers the visible part and a margin, so a pan only moves it; a pan beyond the margin or a new picture rasterises
 * it again, at most once per pulse (post-layout pulse listener).
 *
 * <p><b>Fades.</b> With a fade (playback), a new picture is drawn into the second image while the first, still
 * showing the old fills, fades out above it.
 *
 * <p><b>Warming.</b> A year's borders are computed on first use (unions and cuts, 5–80 ms each, 45 distinct sets of
 * borders from 1945 to 2026 in the shipped data); when the map is first shown for a dataset, a background thread
 * computes every year of the data's range, so that playback does not stop at each new set of borders.
 *
 * <p>The layer's node is the SmartGraph panel's sibling in the viewport, below the scene layer; like it, it is drawn
 * unscaled and placed from the panel's transform. FX thread only.
 */
final class MapLayer {

    /** Width of coasts and borders on screen, px, at every zoom. */
    static final double LINE_PX = 0.7;

    private static final ExecutorService WARMER = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "map-warmer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /** What a picture was made for: when nothing of it changes, the picture stays. */
    private record Key(MapMode mode, MapDrawing borders, Object fills, Theme theme, double spread, double originX,
                       double originY, double zoom) {
    }

    private final Node drawing;
    private final Group root = new Group();
    private final SceneRaster[] rasters;
    private final Path hoverOutline = new Path();
    private final Path selectionOutline = new Path();
    private final Runnable pulseListener = this::paint;
    private final Runnable onWarm;
    private Key key;
    private MapPicture picture;
    private List<Drawable> drawables = List.of();
    /** The part of the image (drawables' units) to draw again when only some fills changed; null: all of it. */
    private javafx.geometry.Bounds dirty;
    private javafx.geometry.Bounds extent;
    private int front;
    private FadeTransition fade;
    private boolean rasterDirty;
    private YearMap yearMap;
    private Dataset dataset;
    private volatile Dataset warmed;
    private MapRequest request;
    private Object fills;
    private VisualStyle style;
    private double spread = 1;
    private double originX;
    private double originY;
    private double zoom = 1;
    private String hovered;
    private String selected;
    /** Pictures made so far (tests: a year change that changes nothing on the map makes none). */
    private int pictures;

    /**
     * @param drawing the node whose coordinates the canvas's scene is in (the SmartGraph panel); the layer's node is
     *                added to the same parent, below the scene layer
     */
    MapLayer(Node drawing, Java2dRenderer renderer) {
        this(drawing, renderer, () -> { });
    }

    /** @param onWarm run on the FX thread when the background thread has computed every year's borders (tests) */
    MapLayer(Node drawing, Java2dRenderer renderer, Runnable onWarm) {
        this.drawing = drawing;
        this.onWarm = onWarm;
        // The map has no text: the sprites of labels are never asked for.
        var sprites = new LabelSprites(renderer);
        rasters = new SceneRaster[] {new SceneRaster(renderer, sprites), new SceneRaster(renderer, sprites)};
        for (var raster : rasters) {
            root.getChildren().add(raster.node());
        }
        for (var outline : List.of(hoverOutline, selectionOutline)) {
            outline.setFillRule(FillRule.EVEN_ODD);
            outline.setStrokeLineJoin(StrokeLineJoin.ROUND);
            outline.setVisible(false);
            outline.setManaged(false);
            root.getChildren().add(outline);
        }
        root.getStyleClass().add(CanvasStylesheet.MAP_LAYER);
        root.setMouseTransparent(true);
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

    /** True while a map is drawn. */
    boolean isShown() {
        return key != null;
    }

    /**
     * Draws the map {@code options} ask for under {@code view} (none for {@link MapMode#NONE}), for a drawing placed at
     * panel = origin + spread · layout and shown at {@code zoom}; with a positive {@code fadeDuration} a change of the
     * picture cross-fades.
     */
    void show(AlignmentView view, SceneOptions options, VisualStyle newStyle, double newSpread, double newOriginX,
              double newOriginY, double newZoom, Duration fadeDuration) {
        if (options.map() == MapMode.NONE || view == null) {
            clear();
            return;
        }
        style = newStyle;
        dataset = view.source().dataset();
        warm(dataset, view.criteria().year());
        yearMap = WorldMap.shipped().year(view.criteria().year(), dataset);
        request = MapRequest.of(view, options);
        fills = fills(request, dataset);
        var next = new Key(request.mode(), yearMap.drawing(), fills, style.theme(), newSpread, newOriginX,
                newOriginY, newZoom);
        if (next.equals(key)) {
            return;
        }
        boolean crossFade = fadeDuration != null && fadeDuration.greaterThan(Duration.ZERO) && key != null
                && key.zoom() == newZoom && key.spread() == newSpread;
        // Only the fills changed (a year of the alliance map that moves no border): the geometry is reused and only
        // the states whose fill changed are drawn again.
        boolean refill = !crossFade && key != null && picture != null && next.mode() == MapMode.ALLIANCES
                && next.equals(new Key(key.mode(), key.borders(), fills, key.theme(), key.spread(), key.originX(),
                key.originY(), key.zoom()));
        key = next;
        spread = newSpread;
        originX = newOriginX;
        originY = newOriginY;
        zoom = newZoom;
        // The layers in screen pixels at this zoom (panel units times the zoom): lines of LINE_PX whatever the zoom.
        var toScreen = new LayoutToPage(spread * zoom, originX * zoom, originY * zoom);
        var world = MapLayers.world();
        var area = new Bounds(toScreen.x(world.minX()), toScreen.y(world.minY()), toScreen.x(world.maxX()),
                toScreen.y(world.maxY()));
        var previous = picture;
        picture = refill ? MapLayers.refill(previous, request, dataset, toScreen, area, style, LINE_PX)
                : MapLayers.build(WorldMap.shipped(), request, dataset, toScreen, area, style, LINE_PX);
        pictures++;
        var all = new ArrayList<Drawable>();
        picture.layers().forEach(l -> all.addAll(l.items()));
        dirty = refill ? changed(previous, picture) : null;
        drawables = List.copyOf(all);
        extent = new BoundingBox(area.minX() - 1, area.minY() - 1, area.width() + 2, area.height() + 2);
        if (crossFade) {
            startFade(fadeDuration);
        } else {
            finishFade();
        }
        rasterDirty = true;
        updateOutlines();
        if (root.getScene() != null) {
            Platform.requestNextPulse();
        }
    }

    /** No map: hides the images and the outlines, forgets the picture. */
    void clear() {
        finishFade();
        if (key == null) {
            return;
        }
        key = null;
        picture = null;
        dirty = null;
        drawables = List.of();
        extent = null;
        yearMap = null;
        request = null;
        fills = null;
        hovered = null;
        selected = null;
        for (var raster : rasters) {
            raster.clear();
        }
        updateOutlines();
    }

    /**
     * The state whose land is under a panel point this year, if a map is drawn and any is; for clicks and hovering
     * ({@link YearMap#stateAt}).
     */
    Optional<String> stateAt(double panelX, double panelY) {
        if (yearMap == null) {
            return Optional.empty();
        }
        return yearMap.stateAt(new Point((panelX - originX) / spread, (panelY - originY) / spread));
    }

    /** Outlines the land of the hovered state (null: none) with a light tint. */
    void hover(String stateId) {
        if (!Objects.equals(stateId, hovered)) {
            hovered = stateId;
            updateOutlines();
        }
    }

    /** Outlines the land of the selected state (null: none). */
    void select(String stateId) {
        if (!Objects.equals(stateId, selected)) {
            selected = stateId;
            updateOutlines();
        }
    }

    String hovered() {
        return hovered;
    }

    String selected() {
        return selected;
    }

    /**
     * What the hover label says about a state: its name (as the data names it), and on the alliance map the
     * organisations it is coloured for (named as they were in the year), or in compare mode what it joined and left.
     */
    String describe(String stateId) {
        if (dataset == null) {
            return stateId;
        }
        var name = dataset.state(stateId).map(s -> request == null ? s.name() : s.nameIn(request.year()))
                .orElse(stateId);
        if (request == null || request.mode() != MapMode.ALLIANCES) {
            return name;
        }
        int year = request.year();
        if (fills instanceof AllianceFillsKey f) {
            var orgs = f.byState().getOrDefault(stateId, List.of());
            return orgs.isEmpty() ? name : name + " \u00b7 " + names(orgs, year);
        }
        if (fills instanceof AllianceChangesKey c) {
            var change = c.changes().get(stateId);
            if (change == null) {
                return name;
            }
            var parts = new ArrayList<String>();
            if (!change.joined().isEmpty()) {
                parts.add("joined " + names(change.joined(), year));
            }
            if (!change.left().isEmpty()) {
                parts.add("left " + names(change.left(), year));
            }
            if (parts.isEmpty()) {
                parts.add("unchanged since " + request.compareFrom());
            }
            return name + " \u00b7 " + String.join(", ", parts);
        }
        return name;
    }

    /**
     * Brings the images up to date (once per pulse, after layout): rasterises the map when its picture changed or the
     * image no longer covers the viewport, else moves it where the pan put the drawing; places the outlines.
     */
    void paint() {
        var parent = root.getParent();
        if (parent == null || parent != drawing.getParent() || root.getScene() == null) {
            return;
        }
        var window = root.getScene().getWindow();
        double renderScale = window == null ? 1 : window.getRenderScaleX();
        var toLayer = drawing.getLocalToParentTransform();
        // The drawables are in panel units times the zoom they were made for.
        var toImage = toLayer.createConcatenation(new Scale(1 / zoom, 1 / zoom));
        var visible = parent.getLayoutBounds();
        var current = rasters[front];
        if (rasterDirty && dirty != null) {
            current.redraw(drawables, extent, dirty, toImage, renderScale, visible);
        } else if (rasterDirty || !current.covers(extent, toImage, renderScale, visible)) {
            current.draw(drawables, extent, toImage, renderScale, visible, rasterDirty);
        } else {
            current.place(toImage, renderScale);
        }
        rasterDirty = false;
        dirty = null;
        var leaving = rasters[1 - front];
        if (fade != null) {
            leaving.place(toImage, renderScale);
        }
        var affine = new Affine(toLayer);
        hoverOutline.getTransforms().setAll(affine);
        selectionOutline.getTransforms().setAll(affine);
        double z = Math.max(1e-6, Math.abs(toLayer.getMxx()));
        hoverOutline.setStrokeWidth(1.4 / z);
        selectionOutline.setStrokeWidth(2.4 / z);
    }

    /** The ARGB colour of the map at a panel point after bringing it up to date, for tests; 0 where none is drawn. */
    int pixelAt(double panelX, double panelY) {
        paint();
        return rasters[front].pixelAt(panelX * zoom, panelY * zoom);
    }

    /** How many pictures of the map were made (each a pass over its points and a rasterisation), for tests. */
    int pictures() {
        return pictures;
    }

    /** True while the previous picture fades out above the new one (playback), for tests. */
    boolean fading() {
        return fade != null;
    }

    /** Whether the outline of the hovered country is shown, for tests. */
    boolean hoverOutlined() {
        return hoverOutline.isVisible();
    }

    void dispose() {
        clear();
        var s = root.getScene();
        if (s != null) {
            s.removePostLayoutPulseListener(pulseListener);
        }
    }

    // --- inside ---------------------------------------------------------------------------------------------

    /** Who the alliance map colours for what, as a value that is equal when the fills are. */
    private record AllianceFillsKey(List<Organisation> organisations, Map<String, List<Organisation>> byState) {
    }

    /** Who joined and left, as a value that is equal when the compare fills are. */
    private record AllianceChangesKey(List<Organisation> organisations,
                                      Map<String, AllianceChanges.StateChange> changes) {
    }

    private static Object fills(MapRequest request, Dataset dataset) {
        if (request.mode() != MapMode.ALLIANCES) {
            return null;
        }
        if (request.compareFrom() != null) {
            var c = AllianceChanges.between(dataset, request.compareFrom(), request.year(), request.organisations(),
                    request.inView());
            return new AllianceChangesKey(c.organisations(), c.changes());
        }
        var f = AllianceFills.of(dataset, request.year(), request.organisations(), request.inView());
        return new AllianceFillsKey(f.organisations(), f.byState());
    }

    /**
     * The region (drawables' units) where two pictures of the same geometry differ: the areas whose fill or stripes
     * changed and every dot of either; an empty box when nothing changed.
     */
    private static javafx.geometry.Bounds changed(MapPicture before, MapPicture after) {
        Bounds region = null;
        for (int i = 0; i < after.layers().size(); i++) {
            var was = before.layers().get(i).items();
            var is = after.layers().get(i).items();
            boolean dots = after.layers().get(i).name().equals(MapLayers.DOTS);
            if (dots && !was.equals(is)) {
                for (var d : was) {
                    region = union(region, d.bounds());
                }
                for (var d : is) {
                    region = union(region, d.bounds());
                }
            } else if (after.layers().get(i).name().equals(MapLayers.LAND)) {
                for (int k = 0; k < is.size(); k++) {
                    var a = (Drawable.Area) was.get(k);
                    var b = (Drawable.Area) is.get(k);
                    if (!Objects.equals(a.fill(), b.fill()) || !Objects.equals(a.hatch(), b.hatch())) {
                        region = union(region, b.bounds());
                    }
                }
            }
        }
        return region == null ? new BoundingBox(0, 0, 0, 0)
                : new BoundingBox(region.minX() - 2, region.minY() - 2, region.width() + 4, region.height() + 4);
    }

    private static Bounds union(Bounds a, Bounds b) {
        return a == null ? b : a.union(b);
    }

    private static String names(List<Organisation> orgs, int year) {
        return orgs.stream().map(o -> o.shortLabelIn(year)).collect(Collectors.joining(", "));
    }

    private void startFade(Duration duration) {
        finishFade();
        // The image showing the old picture stays, above, and fades out; the other draws the new picture.
        var old = rasters[front];
        front = 1 - front;
        old.node().toFront();
        hoverOutline.toFront();
        selectionOutline.toFront();
        old.node().setOpacity(1);
        fade = new FadeTransition(duration, old.node());
        fade.setFromValue(1);
        fade.setToValue(0);
        fade.setOnFinished(e -> finishFade());
        fade.play();
    }

    private void finishFade() {
        if (fade == null) {
            return;
        }
        var running = fade;
        fade = null;
        running.stop();
        var leaving = rasters[1 - front];
        leaving.clear();
        leaving.node().setOpacity(1);
    }

    private void updateOutlines() {
        outline(hoverOutline, hovered, true);
        outline(selectionOutline, selected, false);
    }

    /** The land of a state as a path in panel units, from the drawn (simplified) area with its id. */
    private void outline(Path path, String stateId, boolean tint) {
        Drawable.Area area = null;
        if (stateId != null) {
            for (var d : drawables) {
                if (d instanceof Drawable.Area a && stateId.equals(a.id())) {
                    area = a;
                    break;
                }
            }
        }
        if (area == null) {
            path.setVisible(false);
            path.getElements().clear();
            return;
        }
        var elements = new ArrayList<PathElement>();
        for (var ring : area.rings()) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                double x = ring[i] / zoom;
                double y = ring[i + 1] / zoom;
                elements.add(i == 0 ? new MoveTo(x, y) : new LineTo(x, y));
            }
            elements.add(new ClosePath());
        }
        path.getElements().setAll(elements);
        path.setStroke(FxColours.of(style.foreground()));
        path.setFill(tint ? FxColours.of(style.foreground().withAlpha(0.12)) : null);
        path.setVisible(true);
    }

    /** Computes every year's borders of the data's range in the background, once per dataset. */
    private void warm(Dataset data, int year) {
        if (data == warmed) {
            return;
        }
        warmed = data;
        int[] range = data.yearRange(year);
        WARMER.submit(() -> {
            var map = WorldMap.shipped();
            // From the year shown outwards: the years playback reaches first.
            for (int d = 0; year - d >= range[0] || year + d <= range[1]; d++) {
                if (warmed != data) {
                    return;
                }
                if (year + d <= range[1]) {
                    map.year(year + d, data).drawing();
                }
                if (d > 0 && year - d >= range[0]) {
                    map.year(year - d, data).drawing();
                }
            }
            Platform.runLater(onWarm);
        });
    }
}

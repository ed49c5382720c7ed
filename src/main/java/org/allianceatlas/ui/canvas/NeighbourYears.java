package org.allianceatlas.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.allianceatlas.export.render.Legend;
import org.allianceatlas.export.render.Scene;
import org.allianceatlas.export.render.SceneBuilder;
import org.allianceatlas.export.render.SceneFrame;
import org.allianceatlas.export.render.SceneOptions;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Positions;

/**
 * The scenes and tie images of the years next to the one the canvas shows, made ahead on a background thread while
 * the canvas is idle, so that stepping to one of them only swaps the prepared image in (the scene is headless and
 * Java2D draws into a bitmap on any thread; positions are the same for every year, so the picture is exact).
 *
 * <p><b>Never stale.</b> A prepared year is used only when everything it was made from ({@link Inputs}: the view's
 * filters and contents, the positions, the style, the scene's options with the highlight, the frame with spread,
 * origin, zoom and label size) equals what the canvas would build from now, and its image only when the layer's
 * placement (zoom, pan, render scale, viewport) equals the one it was drawn for ({@link SceneLayer#paint}). Anything
 * else (a pan, a zoom, a resize, a theme, a filter, an overlay) makes the canvas build as without it, and the next
 * {@link #prepare} drops what no longer matches.
 *
 * <p><b>Bounded.</b> At most two years are kept (with one image each, in the layer's {@link SceneRaster.BufferPool});
 * one task prepares them, in order, on one daemon thread; a new {@link #prepare} or {@link #cancel} makes the task
 * still running stop at its next strip of the image. The FX thread never waits for it. FX thread only, but for the
 * task.
 */
final class NeighbourYears {

    /** Years kept: the one before and the one after. */
    static final int KEPT = 2;

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "year-prepare");
        t.setDaemon(true);
        return t;
    });

    /**
     * What a year's scene and legend are made from, apart from nothing: two inputs that are {@link #sameAs} give the
     * same scene and legend.
     */
    record Inputs(AlignmentView view, Positions positions, VisualStyle style, SceneOptions options, SceneFrame frame,
                  SceneOptions legendOptions) {

        boolean sameAs(Inputs o) {
            return sameView(view, o.view) && samePositions(positions, o.positions) && style.equals(o.style)
                    && options.equals(o.options) && frame.equals(o.frame) && legendOptions.equals(o.legendOptions);
        }

        private static boolean sameView(AlignmentView a, AlignmentView b) {
            return a == b || a.source() == b.source() && a.criteria().equals(b.criteria())
                    && a.vertices().equals(b.vertices()) && a.ties().equals(b.ties());
        }

        private static boolean samePositions(Positions a, Positions b) {
            return a == b || a.asMap().equals(b.asMap());
        }
    }

    /** A year made ahead: its scene, its legend and its settled tie image (null when it must be drawn again). */
    record Entry(Inputs inputs, Scene scene, Legend legend, SceneRaster.Prepared raster) {
    }

    private final SceneLayer layer;
    private final SceneBuilder scenes = new SceneBuilder();
    private final List<Entry> entries = new ArrayList<>();
    /** Bumped by every new task and every cancel: a task whose number is not the current one stops. */
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private List<Inputs> wanted = List.of();
    /** The placement the years of {@link #wanted} are (being) prepared for. */
    private SceneRaster.Placement wantedPlacement;
    /** The number of the last task started. */
    private long task = -1;

    NeighbourYears(SceneLayer layer) {
        this.layer = layer;
    }

    /** True when the years last asked for are all prepared, for the placement the layer has now. */
    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /**
     * The year made ahead from inputs the same as {@code now}, taken out of the prepared ones; null when there is
     * none. Its image is to be given to the layer, which shows it only at the placement it was drawn for.
     */
    Entry take(Inputs now) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).inputs().sameAs(now)) {
                var e = entries.remove(i);
                ready.set(false);
                return e;
            }
        }
        return null;
    }

    /**
     * Prepares the years of {@code years} (in that order, at most {@value #KEPT}) for the layer's current placement:
     * keeps those already made from the same inputs and placement, drops the rest, and starts one task for what is
     * missing (a scene still right but drawn for another placement is only drawn again).
     */
    void prepare(List<Inputs> years) {
        var placement = layer.placement();
        if (placement == null) {
            return;
        }
        years = years.size() > KEPT ? years.subList(0, KEPT) : years;
        if (sameInputs(years, wanted) && placement.equals(wantedPlacement)
                && (covered(years, placement) || generation.get() == task)) {
            // Prepared already, or being prepared.
            return;
        }
        cancel();
        wanted = List.copyOf(years);
        wantedPlacement = placement;
        var kept = new ArrayList<Entry>();
        var reusableScenes = new ArrayList<Entry>();
        for (var e : entries) {
            boolean inputsWanted = years.stream().anyMatch(i -> i.sameAs(e.inputs()));
            if (inputsWanted && e.raster() != null && e.raster().placement().equals(placement)) {
                kept.add(e);
            } else {
                drop(e);
                if (inputsWanted) {
                    reusableScenes.add(e);
                }
            }
        }
        entries.clear();
        entries.addAll(kept);
        var missing = new ArrayList<Entry>();
        for (var i : years) {
            if (kept.stream().noneMatch(e -> e.inputs().sameAs(i))) {
                var old = reusableScenes.stream().filter(e -> e.inputs().sameAs(i)).findFirst().orElse(null);
                missing.add(old == null ? new Entry(i, null, null, null) : new Entry(i, old.scene(), old.legend(),
                        null));
            }
        }
        if (missing.isEmpty()) {
            ready.set(!years.isEmpty());
            return;
        }
        long mine = generation.incrementAndGet();
        task = mine;
        var renderer = layer.renderer();
        var sprites = layer.sprites();
        var pool = layer.pool();
        WORKER.execute(() -> {
            for (var m : missing) {
                if (generation.get() != mine) {
                    return;
                }
                var in = m.inputs();
                var scene = m.scene() != null ? m.scene()
                        : scenes.build(in.view(), in.positions(), in.style(), in.options(), in.frame());
                var legend = m.legend() != null ? m.legend() : Legend.of(in.view(), in.style(), in.legendOptions());
                var drawables = SceneLayer.settledDrawables(scene);
                var raster = SceneRaster.prepare(renderer, sprites, drawables, SceneLayer.extent(drawables),
                        placement, pool, () -> generation.get() != mine);
                if (raster == null) {
                    return;
                }
                var done = new Entry(in, scene, legend, raster);
                Platform.runLater(() -> arrived(mine, done));
            }
        });
    }

    /**
     * Keeps a year's picture made already (the year just left, whose picture the canvas showed until now): it serves
     * as a prepared year while its inputs and placement hold. The oldest is dropped beyond {@value #KEPT}.
     */
    void keep(Entry e) {
        entries.add(e);
        while (entries.size() > KEPT) {
            drop(entries.remove(0));
        }
    }

    /** Stops the task running, if any (what it was preparing is no longer wanted); keeps what is prepared. */
    void cancel() {
        generation.incrementAndGet();
        wanted = List.of();
        wantedPlacement = null;
        ready.set(false);
    }

    /** Drops everything prepared and stops the task. */
    void clear() {
        cancel();
        entries.forEach(this::drop);
        entries.clear();
    }

    /** Years prepared now (tests). */
    int preparedCount() {
        return entries.size();
    }

    private void arrived(long task, Entry e) {
        if (generation.get() != task) {
            drop(e);
            return;
        }
        entries.add(e);
        while (entries.size() > KEPT) {
            drop(entries.remove(0));
        }
        var placement = layer.placement();
        ready.set(placement != null && covered(wanted, placement));
    }

    private boolean covered(List<Inputs> years, SceneRaster.Placement placement) {
        for (var i : years) {
            if (entries.stream().noneMatch(e -> e.inputs().sameAs(i) && e.raster() != null
                    && e.raster().placement().equals(placement))) {
                return false;
            }
        }
        return !years.isEmpty();
    }

    private static boolean sameInputs(List<Inputs> a, List<Inputs> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void drop(Entry e) {
        if (e.raster() != null) {
            layer.pool().give(e.raster().buffer());
        }
    }
}

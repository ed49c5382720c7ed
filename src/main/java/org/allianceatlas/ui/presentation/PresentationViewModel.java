package org.allianceatlas.ui.presentation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.allianceatlas.export.render.FilterDescription;
import org.allianceatlas.export.render.Overlay;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * Presentation mode (View › Present, F5): the project's saved views one after another. Each step publishes a
 * {@link Slide} — the saved view's filtered view, positions laid out for the presentation's canvas, its title and
 * subtitle, its highlight — for the presentation window to draw with a transition.
 *
 * <p>Layouts are the main window's ({@link Layouts}: every year of a view's filters at once) for the size of the
 * presentation's canvas, made off the FX thread and kept per filters, layout and size: two views that differ only in
 * the year share one layout, so the step between them keeps every vertex still ({@link Slide#sameLayout()}). The
 * next view's layout is made ahead while the current one is shown, so that stepping forward rarely waits. Steps
 * made while a layout is under way are not lost: the newest wins.
 *
 * <p>FX thread only; no controls: tested without a display with a same-thread runner.
 */
public final class PresentationViewModel {

    /**
     * One saved view, ready to draw.
     *
     * @param index      its place among the views, from 0
     * @param view       its filters applied to the data
     * @param positions  its layout for the presentation's canvas
     * @param sameLayout true when the slide shown before it had the very same layout: only the year changed, and
     *                   vertices stay still
     * @param title      the saved title, or "Defence alignments, YEAR"
     * @param subtitle   the active filters, or empty (a custom title that drops them, or no filter)
     * @param highlight  the saved highlight on this view ({@link SavedView#highlightOn})
     */
    public record Slide(int index, SavedView saved, AlignmentView view, Positions positions, boolean sameLayout,
                        String title, String subtitle, Overlay highlight) {

        /** The year shown, as of 31 December. */
        public int year() {
            return view.criteria().year();
        }
    }

    /**
     * Lays out every year of a view's filters at once for a canvas of the given size (the main window's layouter);
     * called off the FX thread.
     */
    @FunctionalInterface
    public interface Layouts {
        Positions layout(FilterCriteria criteria, LayoutKind kind, double width, double height);
    }

    /** What a layout is made for: the filters but the year, the layout kind, the canvas size (whole pixels). */
    private record LayoutKey(FilterCriteria filters, LayoutKind kind, long width, long height) {
    }

    private final AtlasService service;
    private final TaskRunner runner;
    private final Layouts layouter;
    private final List<SavedView> views;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyObjectWrapper<Slide> slide = new ReadOnlyObjectWrapper<>(this, "slide");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper(this, "counter", "");
    private final Map<LayoutKey, Positions> layouts = new HashMap<>();
    /** Layouts under way, and what to do when one that a later request also waits for arrives. */
    private final Set<LayoutKey> requested = new HashSet<>();
    private final Map<LayoutKey, Runnable> pendingAfter = new HashMap<>();
    private double width;
    private double height;
    private boolean started;
    private boolean closed;

    /**
     * @param views the saved views, in order; at least one
     * @param start the index of the first view shown
     */
    public PresentationViewModel(AtlasService service, TaskRunner runner, Layouts layouter, List<SavedView> views,
                                 int start) {
        this.service = Objects.requireNonNull(service, "service");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.layouter = Objects.requireNonNull(layouter, "layouter");
        this.views = List.copyOf(views);
        if (this.views.isEmpty()) {
            throw new IllegalArgumentException("a presentation needs at least one saved view");
        }
        index.set(Math.max(0, Math.min(start, this.views.size() - 1)));
        updateCounter();
    }

    /** The saved view shown or about to be (its slide follows once laid out), from 0. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The slide drawn now; null until the first layout is ready. */
    public ReadOnlyObjectProperty<Slide> slideProperty() {
        return slide.getReadOnlyProperty();
    }

    /** "3 / 7". */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    /** How many views the presentation shows. */
    public int size() {
        return views.size();
    }

    /**
     * The size of the presentation's canvas, px: views are laid out for it. The first call with a size starts the
     * presentation; a later change lays the current view out afresh.
     */
    public void setCanvasSize(double newWidth, double newHeight) {
        if (newWidth <= 0 || newHeight <= 0
                || Math.round(newWidth) == Math.round(width) && Math.round(newHeight) == Math.round(height)) {
            return;
        }
        width = newWidth;
        height = newHeight;
        started = true;
        request();
    }

    /** Right, Page Down, Space: the next view (nothing after the last). */
    public void next() {
        go(index.get() + 1);
    }

    /** Left, Page Up: the previous view (nothing before the first). */
    public void previous() {
        go(index.get() - 1);
    }

    /** Home. */
    public void first() {
        go(0);
    }

    /** End. */
    public void last() {
        go(views.size() - 1);
    }

    /** The presentation ended: layouts still under way are dropped. */
    public void close() {
        closed = true;
    }

    private void go(int target) {
        if (target < 0 || target >= views.size() || target == index.get()) {
            return;
        }
        index.set(target);
        updateCounter();
        request();
    }

    private void updateCounter() {
        counter.set((index.get() + 1) + " / " + views.size());
    }

    private LayoutKey key(SavedView v) {
        return new LayoutKey(v.filters().withYear(0), v.layout(), Math.round(width), Math.round(height));
    }

    /** Publishes the current view's slide now when its layout is known, else once it is made. */
    private void request() {
        if (!started || closed) {
            return;
        }
        int wanted = index.get();
        var saved = views.get(wanted);
        var key = key(saved);
        var known = layouts.get(key);
        if (known != null) {
            publish(wanted, known);
            prefetch(wanted + 1);
            return;
        }
        layOut(saved, key, () -> {
            if (index.get() == wanted) {
                publish(wanted, layouts.get(key));
                prefetch(wanted + 1);
            }
        });
    }

    /** Lays out the view at {@code i} ahead of time, when it exists and is not laid out or under way. */
    private void prefetch(int i) {
        if (i < views.size()) {
            var saved = views.get(i);
            var key = key(saved);
            if (!layouts.containsKey(key)) {
                layOut(saved, key, () -> { });
            }
        }
    }

    private void layOut(SavedView saved, LayoutKey key, Runnable then) {
        if (!requested.add(key)) {
            // Under way already (a prefetch): its result publishes through the next request.
            pendingAfter.put(key, then);
            return;
        }
        double w = width;
        double h = height;
        runner.run("Laying out “" + saved.name() + "”", progress -> layouter.layout(saved.filters(), saved.layout(),
                w, h), positions -> {
                    requested.remove(key);
                    if (closed) {
                        return;
                    }
                    layouts.put(key, positions);
                    then.run();
                    var waiting = pendingAfter.remove(key);
                    if (waiting != null) {
                        waiting.run();
                    }
                }, error -> requested.remove(key));
    }

    private void publish(int i, Positions positions) {
        var saved = views.get(i);
        var view = service.filter(saved.filters());
        var previous = slide.get();
        boolean sameLayout = previous != null && previous.positions() == positions;
        var title = saved.title() != null ? saved.title() : FilterDescription.defaultTitle(view);
        var subtitle = saved.title() == null || saved.keepSubtitle() ? FilterDescription.activeFilters(view) : "";
        slide.set(new Slide(i, saved, view, positions, sameLayout, title, subtitle, saved.highlightOn(view)));
    }
}

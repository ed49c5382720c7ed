package org.allianceatlas.ui.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.filter.FilterViewModel;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * Year playback: play/pause and speed for the year of the {@link FilterViewModel}, and the timeline strip (ties per
 * year, years where something changed). The View owns the clock and calls {@link #advance()} every
 * {@link #stepMillis()}; this class decides what a step does, so it is tested without a display or waiting.
 *
 * <p>Playback runs from {@link #START_YEAR} (or the data's first year, if later) to the data's last year and stops
 * there. UI thread only.
 */
public final class PlaybackViewModel {

    /** Where playback starts from when it is at the end: the post-war order. */
    public static final int START_YEAR = 1945;
    /** Speeds offered, in years per second. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0, 8.0);

    private final FilterViewModel filters;
    private final AtlasService service;
    private final TaskRunner runner;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 2.0);
    private final ReadOnlyObjectWrapper<List<YearCount>> timeline =
            new ReadOnlyObjectWrapper<>(this, "timeline", List.of());
    private FilterCriteria timelineFor;
    private long generation;

    public PlaybackViewModel(FilterViewModel filters, AtlasService service, TaskRunner runner) {
        this.filters = Objects.requireNonNull(filters, "filters");
        this.service = Objects.requireNonNull(service, "service");
        this.runner = Objects.requireNonNull(runner, "runner");
        playing.addListener((o, was, now) -> {
            if (now && filters.year() >= filters.lastYearProperty().get()) {
                filters.setYear(firstYear()); // play at the end starts again from the beginning
            }
        });
    }

    /** True while playing; set it to play or pause. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    public void togglePlaying() {
        playing.set(!playing.get());
    }

    /** Years per second, one of {@link #SPEEDS} in the app; positive. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Time between two steps at the current speed, in milliseconds. */
    public double stepMillis() {
        return 1000 / Math.max(0.1, speed.get());
    }

    /** The first year playback shows. */
    public int firstYear() {
        return Math.max(START_YEAR, filters.firstYearProperty().get());
    }

    /** One step of the clock: the next year, or stop at the last year. Does nothing while paused. */
    public void advance() {
        if (!playing.get()) {
            return;
        }
        if (filters.year() >= filters.lastYearProperty().get()) {
            playing.set(false);
            return;
        }
        filters.stepYear(1);
        if (filters.year() >= filters.lastYearProperty().get()) {
            playing.set(false);
        }
    }

    /** One bar per year from {@link #firstYear()} to the last year; empty until first computed. */
    public ReadOnlyObjectProperty<List<YearCount>> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /**
     * The filters changed: recomputes the timeline (off the UI thread) unless only the year changed, which does not
     * change the bars.
     */
    public void setCriteria(FilterCriteria criteria) {
        var key = criteria.withYear(0);
        if (key.equals(timelineFor)) {
            return;
        }
        timelineFor = key;
        long request = ++generation;
        int first = firstYear();
        int last = filters.lastYearProperty().get();
        runner.run("Counting ties per year", progress -> {
            var bars = new ArrayList<YearCount>();
            var before = first > START_YEAR ? null : service.filter(criteria.withYear(first - 1)).ties();
            for (int y = first; y <= last; y++) {
                var ties = service.filter(criteria.withYear(y)).ties();
                bars.add(new YearCount(y, ties.size(), before != null && !before.equals(ties)));
                before = ties;
                progress.update("Counting ties per year", (y - first + 1.0) / (last - first + 1));
            }
            return List.copyOf(bars);
        }, bars -> {
            if (request == generation) {
                timeline.set(bars);
            }
        }, error -> {
            if (request == generation) {
                timeline.set(List.of());
                timelineFor = null;
            }
        });
    }

    /** The data was reloaded: the next criteria recompute the timeline even when equal to the last ones. */
    public void dataChanged() {
        timelineFor = null;
    }

    /** Years whose ties differ from the year before: the tick marks. */
    public List<Integer> changeYears() {
        return timeline.get().stream().filter(YearCount::changed).map(YearCount::year).toList();
    }
}

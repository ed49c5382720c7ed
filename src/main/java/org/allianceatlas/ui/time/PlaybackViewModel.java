package org.allianceatlas.ui.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.filter.FilterViewModel;
import org.allianceatlas.ui.task.LatestOnly;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * Year playback: play/pause and speed for the year of the {@link FilterViewModel}, the timeline strip (ties per
 * year) and the years where something changed (ticks on the strip and marks on the year slider, one computation). The
 * View owns the clock and calls {@link #advance()} every {@link #stepMillis()}; this class decides what a step does,
 * so it is tested without a display or waiting.
 *
 * <p>The strip and the marks span the data's years, first to last, whatever they are (ATOP and COW data reach back to
 * 1815). Playback runs from the year shown to the last year and stops there; played again from the last year it
 * starts at {@link #startYearProperty()}: {@link #START_YEAR} when the data has it. UI thread only.
 */
public final class PlaybackViewModel {

    /**
     * Where playback starts again when it is at the last year: the post-war order, the years most users come for. The
     * years before it stay one click away (the slider, the strip).
     */
    public static final int START_YEAR = 1945;
    /** Speeds offered, in years per second. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0, 8.0);

    private final FilterViewModel filters;
    private final AtlasService service;
    private final LatestOnly timelines;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 2.0);
    private final ReadOnlyObjectWrapper<List<YearCount>> timeline =
            new ReadOnlyObjectWrapper<>(this, "timeline", List.of());
    private final ReadOnlyObjectWrapper<List<Integer>> changeYears =
            new ReadOnlyObjectWrapper<>(this, "changeYears", List.of());
    private final ReadOnlyIntegerWrapper startYear = new ReadOnlyIntegerWrapper(this, "startYear");
    private FilterCriteria timelineFor;

    public PlaybackViewModel(FilterViewModel filters, AtlasService service, TaskRunner runner) {
        this.filters = Objects.requireNonNull(filters, "filters");
        this.service = Objects.requireNonNull(service, "service");
        this.timelines = new LatestOnly(runner);
        startYear.bind(Bindings.createIntegerBinding(() -> Math.max(filters.firstYearProperty().get(),
                Math.min(START_YEAR, filters.lastYearProperty().get())),
                filters.firstYearProperty(), filters.lastYearProperty()));
        playing.addListener((o, was, now) -> {
            if (now && nothingAhead()) {
                filters.setYear(startYear.get()); // play at the end starts again from the beginning
            }
        });
    }

    /**
     * True at the slider's last year, or past the last year in which a tie changed: playing on would show the same
     * picture year after year and stop (issue 16: Play at 2024 played two quiet years and stopped).
     */
    private boolean nothingAhead() {
        int year = filters.year();
        var changes = changeYears.get();
        boolean afterLastChange = changes != null && !changes.isEmpty() && year >= changes.get(changes.size() - 1);
        return year >= filters.lastYearProperty().get() || afterLastChange;
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

    /**
     * Where ▶ Play starts when the year shown is the last: {@link #START_YEAR}, or the nearest year of the data's
     * range when the data does not reach it (a dataset of the 1990s starts at its first year). Follows the loaded
     * data.
     */
    public ReadOnlyIntegerProperty startYearProperty() {
        return startYear.getReadOnlyProperty();
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

    /** One bar per year from the data's first year to its last; empty until first computed. */
    public ReadOnlyObjectProperty<List<YearCount>> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /**
     * The filters changed: recomputes the timeline and the change years (off the UI thread) unless only the year
     * changed, which changes neither.
     */
    public void setCriteria(FilterCriteria criteria) {
        var key = criteria.withYear(0);
        if (key.equals(timelineFor)) {
            return;
        }
        timelineFor = key;
        int first = filters.firstYearProperty().get();
        int last = filters.lastYearProperty().get();
        timelines.run("Counting ties per year", progress -> {
            // One pass over every year of the slider, for the strip's bars and the slider's marks alike. The first
            // year has nothing before it to differ from.
            var bars = new ArrayList<YearCount>();
            var changes = new ArrayList<Integer>();
            Set<Tie> before = null;
            for (int y = first; y <= last; y++) {
                var ties = service.filter(criteria.withYear(y)).ties();
                boolean changed = before != null && !before.equals(ties);
                if (changed) {
                    changes.add(y);
                }
                bars.add(new YearCount(y, ties.size(), changed));
                before = ties;
                progress.update("Counting ties per year", (y - first + 1.0) / (last - first + 1));
            }
            return new Timeline(List.copyOf(bars), List.copyOf(changes));
        }, result -> {
            changeYears.set(result.changeYears());
            timeline.set(result.bars());
        }, error -> {
            changeYears.set(List.of());
            timeline.set(List.of());
            timelineFor = null;
        });
    }

    private record Timeline(List<YearCount> bars, List<Integer> changeYears) {
    }

    /** The data was reloaded: the next criteria recompute the timeline even when equal to the last ones. */
    public void dataChanged() {
        timelineFor = null;
    }

    /**
     * Years whose ties differ from the year before, ascending, from the data's first year to its last: the marks on
     * the year slider and the ticks on the strip. Empty until first computed.
     */
    public ReadOnlyObjectProperty<List<Integer>> changeYearsProperty() {
        return changeYears.getReadOnlyProperty();
    }

    public List<Integer> changeYears() {
        return changeYears.get();
    }
}

package org.allianceatlas.ui.time;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.allianceatlas.analysis.Change;
import org.allianceatlas.analysis.YearComparison;
import org.allianceatlas.export.render.TieLook;
import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.shared.Labels;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * Compare two years: the {@link YearComparison} of years A and B under the current filters (off the UI thread), the
 * list of changes, and while {@link #activeProperty() compare mode} is on, the colours the canvas gives each tie:
 * added ties in {@link VisualStyle#added()}, ended ties in {@link VisualStyle#ended()}, unchanged ones muted
 * ({@link #unchangedColour}).
 *
 * <p>The canvas shows year B with the ended ties of year A drawn as well. UI thread only; no controls.
 */
public final class CompareViewModel {

    /** Stroke width of added and ended ties in compare mode, in px at 100 %: wider than any tie type's own. */
    static final double CHANGED_WIDTH = 3;

    private final AtlasService service;
    private final TaskRunner runner;
    private final IntegerProperty yearA = new SimpleIntegerProperty(this, "yearA", 1990);
    private final IntegerProperty yearB = new SimpleIntegerProperty(this, "yearB", 2024);
    private final ReadOnlyIntegerWrapper firstYear = new ReadOnlyIntegerWrapper(this, "firstYear", yearA.get());
    private final ReadOnlyIntegerWrapper lastYear = new ReadOnlyIntegerWrapper(this, "lastYear", yearB.get());
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ReadOnlyObjectWrapper<YearComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private FilterCriteria criteria;
    private long generation;

    public CompareViewModel(AtlasService service, TaskRunner runner) {
        this.service = Objects.requireNonNull(service, "service");
        this.runner = Objects.requireNonNull(runner, "runner");
        yearA.addListener((o, a, b) -> compare());
        yearB.addListener((o, a, b) -> compare());
        active.addListener((o, was, now) -> compare());
    }

    public IntegerProperty yearAProperty() {
        return yearA;
    }

    public IntegerProperty yearBProperty() {
        return yearB;
    }

    /** The earliest year A or B may be: the loaded data's first year (see {@link #setYearRange}). */
    public ReadOnlyIntegerProperty firstYearProperty() {
        return firstYear.getReadOnlyProperty();
    }

    /** The latest year A or B may be: the loaded data's last year (see {@link #setYearRange}). */
    public ReadOnlyIntegerProperty lastYearProperty() {
        return lastYear.getReadOnlyProperty();
    }

    /**
     * The data's years, first to last inclusive (ATOP and COW data reach back to 1815): what years A and B may be.
     * A year outside the new range moves to its nearest end. Until the first call the range is just the two default
     * years.
     *
     * @throws IllegalArgumentException when {@code first > last}
     */
    public void setYearRange(int first, int last) {
        if (first > last) {
            throw new IllegalArgumentException("first year " + first + " after last year " + last);
        }
        // Never first > last on the way, not even for a moment: spinners bound to the range refuse it.
        if (first > lastYear.get()) {
            lastYear.set(last);
            firstYear.set(first);
        } else {
            firstYear.set(first);
            lastYear.set(last);
        }
        yearA.set(Math.max(first, Math.min(last, yearA.get())));
        yearB.set(Math.max(first, Math.min(last, yearB.get())));
    }

    /** Compare mode: while on, the canvas shows year B with compare colours and the legend explains them. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The filters changed; their year is ignored (years A and B are used). */
    public void setCriteria(FilterCriteria newCriteria) {
        var same = criteria != null && criteria.withYear(0).equals(newCriteria.withYear(0));
        criteria = newCriteria;
        if (!same) {
            compare();
        }
    }

    /** The data was reloaded: the next criteria are compared even when equal to the last ones. */
    public void dataChanged() {
        criteria = null;
    }

    /** The latest comparison; null before the first. */
    public ReadOnlyObjectProperty<YearComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Added and ended ties, by year. */
    public ObservableList<Change> changes() {
        return FXCollections.unmodifiableObservableList(changes);
    }

    /** "1990 → 2024: 120 added, 14 ended, 310 unchanged". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /**
     * How the comparison colours ties: added in {@link VisualStyle#added()} and ended in {@link VisualStyle#ended()},
     * {@value #CHANGED_WIDTH} units wide; unchanged ties in {@link #unchangedColour}, their own width. Empty while
     * compare mode is off or before the first comparison.
     */
    public Map<Tie, TieLook> tieLooks(VisualStyle style) {
        var c = comparison.get();
        if (!active.get() || c == null) {
            return Map.of();
        }
        var looks = new HashMap<Tie, TieLook>();
        for (var change : c.changes()) {
            var colour = change.kind() == Change.Kind.ADDED ? style.added() : style.ended();
            looks.put(change.tie(), new TieLook(colour, CHANGED_WIDTH));
        }
        var unchanged = new TieLook(unchangedColour(style), Double.NaN);
        for (var t : c.unchanged()) {
            looks.put(t, unchanged);
        }
        return looks;
    }

    /**
     * The view of year A under the criteria of {@code shown} (year B on the canvas): the ends of the ended ties are
     * drawn from it. Null while compare mode is off, before the first comparison, or when {@code shown} is not of
     * year B.
     */
    public AlignmentView before(AlignmentView shown) {
        var c = comparison.get();
        if (!active.get() || c == null || shown == null || shown.criteria().year() != c.to()) {
            return null;
        }
        return shown.source().view(shown.criteria().withYear(c.from()));
    }

    /** Unchanged ties: the muted text colour, mostly transparent, so that they stay as context behind the changes. */
    public static Rgb unchangedColour(VisualStyle style) {
        return style.mutedForeground().withAlpha(0.3);
    }

    private void compare() {
        if (criteria == null) {
            return;
        }
        long request = ++generation;
        var asked = criteria;
        int a = yearA.get();
        int b = yearB.get();
        runner.run("Comparing " + a + " and " + b, progress -> service.compare(asked, a, b), c -> {
            if (request == generation) {
                comparison.set(c);
                changes.setAll(c.changes());
                summary.set(c.from() + " → " + c.to() + ": " + c.added().size() + " added, " + c.ended().size()
                        + " ended, " + c.unchanged().size() + " unchanged");
            }
        }, error -> {
            if (request == generation) {
                summary.set("Could not compare: " + error.getMessage());
            }
        });
    }
}

package org.allianceatlas.ui.analysis;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.ui.task.LatestOnly;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * One analysis of "the current view", kept up to date: recomputed off the UI thread when the criteria change, but
 * only while {@link #activeProperty() active} (its tab is showing) — otherwise it remembers that it is out of date and
 * computes when it becomes active. Latest result wins ({@link LatestOnly}).
 *
 * <p>UI thread only.
 *
 * @param <T> the result (a {@code MetricsTable}, a {@code BlocReport})
 */
final class ViewComputation<T> {

    private final LatestOnly requests;
    private final String title;
    private final Function<FilterCriteria, T> compute;
    private final Consumer<T> publish;
    private final Consumer<Throwable> fail;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing", false);
    private FilterCriteria criteria;
    private FilterCriteria computed;

    /**
     * @param compute runs off the UI thread; must not touch JavaFX
     * @param publish receives the result of the latest request, on the UI thread
     * @param fail    receives what the latest request threw, on the UI thread
     */
    ViewComputation(TaskRunner runner, String title, Function<FilterCriteria, T> compute, Consumer<T> publish,
                    Consumer<Throwable> fail) {
        this.requests = new LatestOnly(runner);
        this.title = title;
        this.compute = compute;
        this.publish = publish;
        this.fail = fail;
        active.addListener((o, was, now) -> {
            if (now) {
                requestIfStale();
            }
        });
    }

    /** The view changed: recompute now when active, else when next activated. */
    void setCriteria(FilterCriteria newCriteria) {
        criteria = newCriteria;
        requestIfStale();
    }

    /** The data was reloaded: the next {@link #setCriteria} computes even when the criteria did not change. */
    void forget() {
        computed = null;
    }

    BooleanProperty activeProperty() {
        return active;
    }

    ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    private void requestIfStale() {
        if (!active.get() || criteria == null || criteria.equals(computed)) {
            return;
        }
        var asked = criteria;
        computed = asked;
        computing.set(true);
        requests.run(title + " for " + asked.year(), progress -> compute.apply(asked), result -> {
            computing.set(false);
            if (result != null) {
                publish.accept(result);
            }
        }, error -> {
            computing.set(false);
            computed = null;
            fail.accept(error);
        });
    }
}

package org.allianceatlas.ui.analysis;

import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * A panel's view model whose content is one analysis of the view on the canvas (the metrics table, the blocs), kept
 * up to date by a {@link ViewComputation}. The criteria, activity and progress it takes and gives are the same for
 * every such panel, so they live here once; a subclass says what a result or a failure does to its properties.
 *
 * <p>UI thread only.
 *
 * @param <T> the result
 */
abstract class ViewAnalysis<T> {

    private final ViewComputation<T> computation;

    /**
     * @param title   what the status bar says while it runs ("Finding blocs")
     * @param compute runs off the UI thread; must not touch JavaFX
     */
    ViewAnalysis(TaskRunner runner, String title, Function<FilterCriteria, T> compute) {
        // The callbacks run later, on the UI thread, once the subclass is built.
        this.computation = new ViewComputation<>(runner, title, compute, this::publish, this::failed);
    }

    /** The result of the latest request, on the UI thread. */
    abstract void publish(T result);

    /** What the latest request threw, on the UI thread. */
    abstract void failed(Throwable error);

    /** The view on the canvas changed: recomputed now while active, else when next activated. */
    public void setCriteria(FilterCriteria criteria) {
        computation.setCriteria(criteria);
    }

    /** The data was reloaded: the next criteria are computed even when equal to the last ones. */
    void dataChanged() {
        computation.forget();
    }

    /** True while the panel is showing: only then is the analysis computed. */
    public BooleanProperty activeProperty() {
        return computation.activeProperty();
    }

    /** True while a computation for the latest criteria runs. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computation.computingProperty();
    }
}

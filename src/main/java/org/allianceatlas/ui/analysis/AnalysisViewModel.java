package org.allianceatlas.ui.analysis;

import java.util.Objects;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.filter.FilterViewModel;
import org.allianceatlas.ui.task.TaskRunner;
import org.allianceatlas.ui.time.CompareViewModel;
import org.allianceatlas.ui.time.PlaybackViewModel;

/**
 * The analysis side of the main window ("Time and structure"): metrics, blocs, path, year comparison and playback,
 * each a view model of its own, all fed the criteria of the view on the canvas through {@link #setCriteria}.
 *
 * <p>UI thread only; no controls.
 */
public final class AnalysisViewModel {

    private final MetricsViewModel metrics;
    private final BlocsViewModel blocs;
    private final PathViewModel path;
    private final CompareViewModel compare;
    private final PlaybackViewModel playback;
    private final FilterViewModel filters;
    private AlignmentGraph source;

    public AnalysisViewModel(AtlasService service, TaskRunner runner, FilterViewModel filters) {
        Objects.requireNonNull(service, "service");
        this.filters = Objects.requireNonNull(filters, "filters");
        this.metrics = new MetricsViewModel(service, runner);
        this.blocs = new BlocsViewModel(service, runner);
        this.path = new PathViewModel(service, runner);
        this.compare = new CompareViewModel(service, runner);
        this.playback = new PlaybackViewModel(filters, service, runner);
    }

    /**
     * The canvas now shows {@code view}. A view of another graph (the data was reloaded) makes every analysis start
     * afresh even when the criteria are the same, and the years to compare follow the new data's (the filters').
     */
    public void setView(AlignmentView view) {
        if (view.source() != source) {
            source = view.source();
            metrics.dataChanged();
            blocs.dataChanged();
            playback.dataChanged();
            compare.dataChanged();
            compare.setYearRange(filters.firstYearProperty().get(), filters.lastYearProperty().get());
        }
        path.setStates(view.states());
        setCriteria(view.criteria());
    }

    /** The view on the canvas now shows {@code criteria} (of the same data as before). */
    public void setCriteria(FilterCriteria criteria) {
        metrics.setCriteria(criteria);
        blocs.setCriteria(criteria);
        path.setCriteria(criteria);
        compare.setCriteria(criteria);
        playback.setCriteria(criteria);
    }

    public MetricsViewModel metrics() {
        return metrics;
    }

    public BlocsViewModel blocs() {
        return blocs;
    }

    public PathViewModel path() {
        return path;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public PlaybackViewModel playback() {
        return playback;
    }
}

package org.allianceatlas.ui.analysis;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.allianceatlas.analysis.Metric;
import org.allianceatlas.analysis.MetricsTable;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.service.FailureMessage;
import org.allianceatlas.ui.shared.Labels;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * The metrics panel: the {@link MetricsTable} of the current view, recomputed off the UI thread when the view changes
 * (while the panel is active), the metric that sizes the vertices, the plain explanation of the metric the user looks
 * at, and the CSV export.
 *
 * <p>UI thread only; no controls: tested without a display with a same-thread runner.
 */
public final class MetricsViewModel extends ViewAnalysis<MetricsTable> {

    /** Vertices sized by a metric range from {@code MIN_SCALE} to {@code MAX_SCALE} times a state's normal radius. */
    static final double MIN_SCALE = 0.6;
    static final double MAX_SCALE = 2.6;

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<MetricsTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final AtlasService service;
    private final ObjectProperty<Metric> sizeBy = new SimpleObjectProperty<>(this, "sizeBy");
    private final ReadOnlyObjectWrapper<Map<String, Double>> radiusScales =
            new ReadOnlyObjectWrapper<>(this, "radiusScales", Map.of());
    private final ObjectProperty<Metric> explained = new SimpleObjectProperty<>(this, "explained", Metric.DEGREE);
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation");
    private final ReadOnlyStringWrapper sizeNote = new ReadOnlyStringWrapper(this, "sizeNote", "");

    public MetricsViewModel(AtlasService service, TaskRunner runner) {
        super(runner, "Computing metrics", Objects.requireNonNull(service, "service")::metrics);
        this.service = service;
        this.runner = Objects.requireNonNull(runner, "runner");
        computingProperty().addListener((o, was, now) -> {
            if (now) {
                status.set("Computing metrics…");
            }
        });
        sizeBy.addListener((o, a, metric) -> {
            if (metric != null) {
                explained.set(metric);
            }
            sizeNote.set(sizeNote(metric));
            updateScales();
        });
        explained.addListener((o, a, metric) -> explanation.set(explanation(metric)));
        explanation.set(explanation(explained.get()));
    }

    /** The latest table; null before the first computation. */
    public ReadOnlyObjectProperty<MetricsTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** "38 states, 6 organisations in 1990", "Computing metrics…", or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * The metric that sizes the vertices: every state, and for a metric of the two-mode graph (degree) every
     * organisation too; null: every vertex has its normal size.
     */
    public ObjectProperty<Metric> sizeByProperty() {
        return sizeBy;
    }

    /**
     * The metric explained under the table: the one the table was last sorted by or last chosen to size the vertices
     * (set by the view and by {@link #sizeByProperty()}); degree, the table's first order, until then. Setting null
     * leaves the explanation empty.
     */
    public ObjectProperty<Metric> explainedMetricProperty() {
        return explained;
    }

    /**
     * What {@link #explainedMetricProperty()} means and which graph it is computed on, in two plain sentences:
     * "How often it lies on the shortest alignment path … Computed on the state–state projection, …".
     */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /**
     * Why organisations keep their size while {@link #sizeByProperty()} is a metric they do not have, in one sentence;
     * "" while sizing is off or by degree (then every vertex is sized, on one scale).
     */
    public ReadOnlyStringProperty sizeNoteProperty() {
        return sizeNote.getReadOnlyProperty();
    }

    /**
     * Radius factors by id while {@link #sizeByProperty()} is set, from {@link #MIN_SCALE} (smallest value) to
     * {@link #MAX_SCALE} (largest), by the square root of the value's share of the range so that areas, not radii,
     * grow with the metric. Every state has one (those without a value {@link #MIN_SCALE}); organisations only for a
     * metric they have (degree), on the same scale as the states, so that equal values mean equal areas. Empty when
     * sizing is off.
     */
    public ReadOnlyObjectProperty<Map<String, Double>> radiusScalesProperty() {
        return radiusScales.getReadOnlyProperty();
    }

    /**
     * Writes the table as CSV to {@code target}, atomically (a temporary file moved into place), off the UI thread.
     * The status says where it went or what went wrong.
     */
    public void exportCsv(Path target) {
        var current = table.get();
        if (current == null) {
            status.set("Nothing to export yet.");
            return;
        }
        runner.run("Exporting metrics", progress -> {
            service.writeMetricsTable(current, target);
            return target;
        }, written -> status.set("Exported " + Labels.count(current.rows().size(), "row") + " to " + written + "."),
                error -> status.set("Could not export to " + target + ": " + FailureMessage.of(error)));
    }

    @Override
    void failed(Throwable error) {
        status.set("Could not compute the metrics: " + error.getMessage());
    }

    @Override
    void publish(MetricsTable result) {
        table.set(result);
        long states = result.rows().stream().filter(r -> r.kind().equals("state")).count();
        status.set(Labels.count((int) states, "state") + ", "
                + Labels.count(result.rows().size() - (int) states, "organisation") + " in " + result.year());
        updateScales();
    }

    private static String explanation(Metric m) {
        return m == null ? "" : m.description() + " " + m.graph().explanation();
    }

    private static String sizeNote(Metric m) {
        if (m == null || m.appliesToOrganisations()) {
            return "";
        }
        return "Organisations keep their size (their visible members): " + m.label() + " is computed on states only.";
    }

    private void updateScales() {
        var metric = sizeBy.get();
        var current = table.get();
        if (metric == null || current == null) {
            radiusScales.set(Map.of());
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (var r : current.rows()) {
            double v = r.value(metric);
            if (sized(r, metric) && !Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        var scales = new HashMap<String, Double>();
        for (var r : current.rows()) {
            if (!sized(r, metric)) {
                continue;
            }
            double v = r.value(metric);
            double share = Double.isNaN(v) ? 0 : max > min ? (v - min) / (max - min) : 1;
            scales.put(r.id(), MIN_SCALE + (MAX_SCALE - MIN_SCALE) * Math.sqrt(share));
        }
        radiusScales.set(Map.copyOf(scales));
    }

    private static boolean sized(MetricsTable.Row r, Metric metric) {
        return r.kind().equals("state") || metric.appliesToOrganisations();
    }
}

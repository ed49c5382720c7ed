package org.allianceatlas.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics of every visible vertex of a view. Immutable. A value is absent (NaN) where a metric does not apply
 * (projection metrics for organisations).
 */
public record MetricsTable(int year, List<Row> rows) {

    /** One vertex: id, display name, {@code state} or {@code organisation}, and its values. */
    public record Row(String id, String name, String kind, Map<Metric, Double> values) {
        public Row {
            values = Map.copyOf(values);
        }

        public double value(Metric m) {
            return values.getOrDefault(m, Double.NaN);
        }
    }

    public MetricsTable {
        rows = List.copyOf(rows);
    }

    public Optional<Row> row(String id) {
        return rows.stream().filter(r -> r.id.equals(id)).findFirst();
    }

    /** Rows by descending value of {@code m} (NaN last), ties broken by id. */
    public List<Row> sortedBy(Metric m) {
        return rows.stream().sorted(Comparator.<Row>comparingDouble(r -> {
            double v = r.value(m);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }).reversed().thenComparing(Row::id)).toList();
    }
}

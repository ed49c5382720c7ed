package org.allianceatlas.ui.analysis;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import org.allianceatlas.analysis.Metric;
import org.allianceatlas.analysis.MetricsTable.Row;

/**
 * The metrics tab: "size by", "Export CSV…", a sortable table of the current view's metrics, and under it,
 * always in view, what the metric the table is sorted by (or the vertices are sized by) means and which graph it is
 * computed on; the column headers' tooltips say the same. Binds to a {@link MetricsViewModel}.
 *
 * <p>Node ids for tests: {@code metricsTable}, {@code sizeBy}, {@code sizeNote}, {@code exportMetrics},
 * {@code metricsStatus}, {@code metricName}, {@code metricExplanation}.
 */
public final class MetricsView {

    private final VBox root;

    /** @param chooseTarget asks where to save the CSV (empty: cancelled) */
    public MetricsView(MetricsViewModel vm, Supplier<Optional<Path>> chooseTarget) {
        var table = new TableView<Row>();
        table.setId("metricsTable");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        var name = new TableColumn<Row, String>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(120);
        var kind = new TableColumn<Row, String>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind()));
        kind.setPrefWidth(84);
        table.getColumns().add(name);
        table.getColumns().add(kind);
        for (var m : Metric.values()) {
            var col = column(m);
            table.getColumns().add(col);
            if (m == Metric.DEGREE) {
                // The most tied first until the user sorts by another column.
                col.setSortType(TableColumn.SortType.DESCENDING);
                table.getSortOrder().add(col);
            }
        }
        vm.tableProperty().addListener((o, a, t) -> {
            table.getItems().setAll(t == null ? FXCollections.emptyObservableList() : t.rows());
            table.sort();
        });
        // Sorting by a metric's column is looking at that metric: explain it.
        table.getSortOrder().addListener((ListChangeListener<TableColumn<Row, ?>>) c -> {
            if (!table.getSortOrder().isEmpty() && table.getSortOrder().get(0).getUserData() instanceof Metric m) {
                vm.explainedMetricProperty().set(m);
            }
        });
        table.setPlaceholder(new Label("No metrics yet."));
        VBox.setVgrow(table, Priority.ALWAYS);

        var sizeBy = new ComboBox<Metric>();
        sizeBy.setId("sizeBy");
        sizeBy.getItems().add(null);
        sizeBy.getItems().addAll(Metric.values());
        sizeBy.setConverter(new StringConverter<>() {
            @Override
            public String toString(Metric m) {
                return m == null ? "Normal size" : m.label();
            }

            @Override
            public Metric fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        sizeBy.valueProperty().bindBidirectional(vm.sizeByProperty());
        sizeBy.setTooltip(new Tooltip("Scale the vertices on the canvas by a metric (area grows with the value):"
                + " states by any, organisations by degree, the one they have"));
        var sizeLabel = new Label("Size by");
        var sizeNote = note("sizeNote", vm.sizeNoteProperty());
        sizeNote.visibleProperty().bind(vm.sizeNoteProperty().isNotEmpty());
        sizeNote.managedProperty().bind(sizeNote.visibleProperty());

        var export = new Button("Export CSV…");
        export.setTooltip(new Tooltip("Export the table as CSV: every row and metric of the view on screen"));
        export.setId("exportMetrics");
        export.disableProperty().bind(vm.tableProperty().isNull());
        export.setOnAction(e -> chooseTarget.get().ifPresent(vm::exportCsv));

        var busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.computingProperty());
        var status = new Label();
        status.setId("metricsStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);

        // One row of controls: in a short window every line of height goes to the table.
        sizeLabel.setMinWidth(Region.USE_PREF_SIZE);
        sizeBy.setMaxWidth(Double.MAX_VALUE);
        sizeBy.setMinWidth(100);
        HBox.setHgrow(sizeBy, Priority.ALWAYS);
        export.setMinWidth(Region.USE_PREF_SIZE);
        var controls = new HBox(8, sizeLabel, sizeBy, export);
        controls.setAlignment(Pos.CENTER_LEFT);
        var statusRow = new HBox(6, busy, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);

        // One flowing paragraph, the metric's name in bold: the side panel is short of height for the table.
        var metricName = new Text();
        metricName.setId("metricName");
        metricName.getStyleClass().add(Styles.TEXT_BOLD);
        metricName.textProperty().bind(vm.explainedMetricProperty().map(m -> m.label() + ". "));
        var explanation = new Text();
        explanation.setId("metricExplanation");
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        explanation.textProperty().bind(vm.explanationProperty());
        var explained = new TextFlow(metricName, explanation);
        explained.setMinHeight(Region.USE_PREF_SIZE);
        // The header and five rows at least: the column headers scroll sideways to every metric.
        table.setMinHeight(150);
        root = new VBox(8, controls, sizeNote, statusRow, table, explained);
        root.setPadding(new Insets(8));
    }

    /** A muted sentence that wraps to the panel's width instead of ending in an ellipsis. */
    private static Label note(String id, ObservableValue<String> text) {
        var label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    public Node node() {
        return root;
    }

    private static TableColumn<Row, Double> column(Metric m) {
        var col = new TableColumn<Row, Double>();
        var header = new Label(m.label());
        header.setTooltip(new Tooltip(m.description() + "\n" + m.graph().explanation()));
        col.setGraphic(header);
        col.setUserData(m);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value(m)));
        col.setComparator(MetricsView::compareNaNLast);
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format(v));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        col.setPrefWidth(96);
        return col;
    }

    /** NaN (not applicable) sorts below every number in either direction's natural reading. */
    static int compareNaNLast(Double a, Double b) {
        double x = a == null || a.isNaN() ? Double.NEGATIVE_INFINITY : a;
        double y = b == null || b.isNaN() ? Double.NEGATIVE_INFINITY : b;
        return Double.compare(x, y);
    }

    /** Whole numbers as such, others with three decimals, "—" where the metric does not apply. */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }
}

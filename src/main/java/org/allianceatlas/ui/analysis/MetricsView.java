package org.allianceatlas.ui.analysis;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
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
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;

import org.allianceatlas.analysis.Metric;
import org.allianceatlas.analysis.MetricsTable.Row;

/**
 * The metrics tab: a sortable table of the current view's metrics (each column header explains its metric and the
 * graph it is computed on), "size states by", and "Export table as CSV…". Binds to a {@link MetricsViewModel}.
 *
 * <p>Node ids for tests: {@code metricsTable}, {@code sizeBy}, {@code exportMetrics}, {@code metricsStatus}.
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
        sizeBy.setTooltip(new Tooltip("Scale the state circles on the canvas by a metric (area grows with the value)"));
        var sizeLabel = new Label("Size states by");

        var export = new Button("Export table as CSV…");
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

        // Two short rows rather than one long one: the side panel is about 340 px wide.
        sizeLabel.setMinWidth(Region.USE_PREF_SIZE);
        sizeBy.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(sizeBy, Priority.ALWAYS);
        export.setMinWidth(Region.USE_PREF_SIZE);
        var controls = new HBox(8, sizeLabel, sizeBy);
        controls.setAlignment(Pos.CENTER_LEFT);
        var statusRow = new HBox(6, busy, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, controls, export, statusRow, table);
        root.setPadding(new Insets(8));
    }

    public Node node() {
        return root;
    }

    private static TableColumn<Row, Double> column(Metric m) {
        var col = new TableColumn<Row, Double>();
        var header = new Label(m.label());
        header.setTooltip(new Tooltip(m.description() + "\nComputed on the " + m.graph().label() + "."));
        col.setGraphic(header);
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

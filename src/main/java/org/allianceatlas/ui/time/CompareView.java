package org.allianceatlas.ui.time;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

import atlantafx.base.theme.Styles;
import org.allianceatlas.analysis.Change;
import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.ui.shared.AtlasStyles;

/**
 * The compare tab: years A and B, "Show on canvas" (compare mode), the summary and the list of changes, each marked
 * with its compare colour. Binds to a {@link CompareViewModel}; what a click on a change does is the caller's.
 *
 * <p>Node ids for tests: {@code compareYearA}, {@code compareYearB}, {@code compareMode}, {@code compareChanges},
 * {@code compareSummary}.
 */
public final class CompareView {

    private final VBox root;
    private final ListView<Change> list;
    /** The spinners' values as objects, bound both ways to years A and B; held here because bindings are weak. */
    private final ObjectProperty<Integer> yearA;
    private final ObjectProperty<Integer> yearB;
    private VisualStyle style;

    /** The spinners offer the years of {@link CompareViewModel#firstYearProperty()} to its last, as they change. */
    public CompareView(CompareViewModel vm, VisualStyle style) {
        this.style = style;
        yearA = vm.yearAProperty().asObject();
        yearB = vm.yearBProperty().asObject();
        var a = yearSpinner("compareYearA", vm, yearA);
        var b = yearSpinner("compareYearB", vm, yearB);

        var mode = new ToggleButton("Show on canvas");
        mode.setId("compareMode");
        mode.selectedProperty().bindBidirectional(vm.activeProperty());
        mode.setTooltip(new Tooltip("Draw year B with added ties in blue, ended ties in orange, the rest muted"));
        mode.getStyleClass().add(Styles.ACCENT);

        var fromLabel = new Label("From");
        var toLabel = new Label("to");
        fromLabel.setMinWidth(Region.USE_PREF_SIZE);
        toLabel.setMinWidth(Region.USE_PREF_SIZE);
        var years = new HBox(8, fromLabel, a, toLabel, b);
        years.setAlignment(Pos.CENTER_LEFT);

        var summary = new Label();
        summary.setId("compareSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // wrap onto a second line instead of ending in "…"

        list = new ListView<>(vm.changes());
        list.setId("compareChanges");
        list.getStyleClass().add(Styles.DENSE);
        list.setPlaceholder(new Label("No ties added or ended between these years."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Change c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(c.text());
                    setGraphic(swatch(colour(c.kind())));
                }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        var heading = new Label("Compare two years");
        heading.getStyleClass().add(AtlasStyles.SECTION_TITLE);
        root = new VBox(8, heading, years, mode, summary, list);
        root.setPadding(new Insets(8));
    }

    public Node node() {
        return root;
    }

    /** The change list, so that the caller can act on clicks. */
    public ListView<Change> changeList() {
        return list;
    }

    public void setStyle(VisualStyle newStyle) {
        style = newStyle;
        list.refresh();
    }

    private Rgb colour(Change.Kind kind) {
        return kind == Change.Kind.ADDED ? style.added() : style.ended();
    }

    /** A short thick line in a compare colour: the list entry's and the legend's key. */
    static Node swatch(Rgb rgb) {
        var line = new Line(0, 0, 18, 0);
        line.setStrokeWidth(CompareViewModel.CHANGED_WIDTH);
        line.setStroke(Color.rgb(rgb.r(), rgb.g(), rgb.b(), rgb.alpha()));
        return line;
    }

    private static Spinner<Integer> yearSpinner(String id, CompareViewModel vm, ObjectProperty<Integer> year) {
        var s = new Spinner<Integer>(vm.firstYearProperty().get(), vm.lastYearProperty().get(), year.get());
        var range = (SpinnerValueFactory.IntegerSpinnerValueFactory) s.getValueFactory();
        range.minProperty().bind(vm.firstYearProperty());
        range.maxProperty().bind(vm.lastYearProperty());
        range.valueProperty().bindBidirectional(year);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(96);
        return s;
    }
}

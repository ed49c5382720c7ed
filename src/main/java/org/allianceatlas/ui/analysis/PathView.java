package org.allianceatlas.ui.analysis;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.allianceatlas.ui.search.SearchView;
import org.allianceatlas.ui.search.SearchViewModel;
import org.allianceatlas.ui.shared.AtlasStyles;

/**
 * The path tab: two state pickers — search boxes over the view's states, also filled by clicking states on the
 * canvas while the tab shows — and the shortest paths between them with each hop explained; the paths are
 * highlighted on the canvas. Binds to a {@link PathViewModel}.
 *
 * <p>Node ids for tests: {@code pathFrom}, {@code pathTo} (the boxes; their suggestions {@code pathFromHits},
 * {@code pathToHits}), {@code pathLines}.
 */
public final class PathView {

    private final VBox root;

    public PathView(PathViewModel vm) {
        var from = picker(vm.fromSearch(), "pathFrom");
        var to = picker(vm.toSearch(), "pathTo");
        var swap = new Button("⇅");
        swap.setTooltip(new Tooltip("Swap the two states"));
        swap.setOnAction(e -> vm.swap());

        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, fixed(new Label("From")), from);
        grid.addRow(1, fixed(new Label("To")), to, swap);
        GridPane.setHgrow(from, Priority.ALWAYS);
        GridPane.setHgrow(to, Priority.ALWAYS);

        var hint = new Label("Type a name or code and press Enter, or click a state on the canvas, then another.");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);

        var lines = new ListView<>(vm.lines());
        lines.setId("pathLines");
        lines.getStyleClass().add(Styles.DENSE);
        // Hops are long sentences: wrap them to the panel's width instead of scrolling sideways.
        lines.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                } else {
                    var text = new Label(line.strip());
                    text.setWrapText(true);
                    text.maxWidthProperty().bind(l.widthProperty().subtract(30));
                    text.setMinHeight(Region.USE_PREF_SIZE);
                    text.prefWidthProperty().bind(text.maxWidthProperty());
                    if (line.startsWith(" ")) {
                        text.setPadding(new Insets(0, 0, 0, 14));
                    } else {
                        text.getStyleClass().add(Styles.TEXT_BOLD);
                    }
                    setGraphic(text);
                }
                setText(null);
            }
        });
        VBox.setVgrow(lines, Priority.ALWAYS);

        var heading = new Label("Shortest alignment path");
        heading.getStyleClass().add(AtlasStyles.SECTION_TITLE);
        root = new VBox(8, heading, grid, hint, lines);
        root.setPadding(new Insets(8));
        root.setAlignment(Pos.TOP_LEFT);
    }

    public Node node() {
        return root;
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A search box over the view's states; Enter or a click on a suggestion picks the state. */
    private static Region picker(SearchViewModel search, String id) {
        var box = (Region) new SearchView(search, id, id + "Hits", "Type a state's name or code", 12).node();
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}

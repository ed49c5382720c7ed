package org.allianceatlas.ui.time;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.allianceatlas.export.style.VisualStyle;

/**
 * The key of compare mode, shown over the canvas while the mode is on: which colour is added, ended and unchanged,
 * and between which years.
 *
 * <p>Node id for tests: {@code compareLegend}.
 */
public final class CompareLegend {

    private final VBox root = new VBox(4);
    private final CompareViewModel vm;
    private VisualStyle style;

    public CompareLegend(CompareViewModel vm, VisualStyle style) {
        this.vm = vm;
        root.setId("compareLegend");
        root.setPadding(new Insets(8, 10, 8, 10));
        root.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        root.visibleProperty().bind(vm.activeProperty());
        root.setMouseTransparent(true);
        vm.yearAProperty().addListener((o, a, b) -> setStyle(this.style));
        vm.yearBProperty().addListener((o, a, b) -> setStyle(this.style));
        setStyle(style);
    }

    public Node node() {
        return root;
    }

    /** Redraws the key in the colours of {@code style}. */
    public void setStyle(VisualStyle style) {
        this.style = style;
        var title = new Label("Compare " + vm.yearAProperty().get() + " → " + vm.yearBProperty().get());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        root.getChildren().setAll(title,
                row(CompareView.swatch(style.added()), "Added (tie new by " + vm.yearBProperty().get() + ")"),
                row(CompareView.swatch(style.ended()), "Ended (gone by " + vm.yearBProperty().get() + ")"),
                row(CompareView.swatch(CompareViewModel.unchangedColour(style)), "Unchanged"));
        root.setStyle("-fx-background-color: " + style.background().withAlpha(0.92).toCss()
                + "; -fx-background-radius: 6; -fx-border-color: " + style.mutedForeground().withAlpha(0.4).toCss()
                + "; -fx-border-radius: 6;");
    }

    private static Node row(Node swatch, String text) {
        var box = new HBox(8, swatch, new Label(text));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}

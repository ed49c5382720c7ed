package org.allianceatlas.ui.analysis;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.allianceatlas.ui.shared.AtlasStyles;

/**
 * The blocs tab: "Colour states by community", then cliques, communities, cut-points and bridges of the current view,
 * each with its members; the selected one is highlighted on the canvas and its meaning explained below the list.
 * Binds to a {@link BlocsViewModel}.
 *
 * <p>Node ids for tests: {@code colourCommunities}, {@code blocsList}, {@code blocsNotice}, {@code blocDescription}.
 */
public final class BlocsView {

    private final VBox root;

    public BlocsView(BlocsViewModel vm) {
        var notice = new Label();
        notice.setId("blocsNotice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.getStyleClass().add(AtlasStyles.DETAILS_NOTICE);
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        var list = new ListView<>(vm.entries());
        list.setId("blocsList");
        list.getStyleClass().add(Styles.DENSE);
        list.setPlaceholder(new Label("Blocs appear here for the view on the canvas."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BlocEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                var title = new Label(e.title());
                title.getStyleClass().add(Styles.TEXT_BOLD);
                var members = new Label(e.memberLine());
                members.setWrapText(true);
                members.getStyleClass().add(Styles.TEXT_MUTED);
                members.maxWidthProperty().bind(l.widthProperty().subtract(40));
                members.setMinHeight(Region.USE_PREF_SIZE);
                setText(null);
                setGraphic(new VBox(2, title, members));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> vm.selectedProperty().set(e));
        vm.selectedProperty().addListener((o, a, e) -> {
            if (e == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(e);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        var description = new Label();
        description.setId("blocDescription");
        description.setWrapText(true);
        description.setMinHeight(Region.USE_PREF_SIZE);
        description.getStyleClass().add(Styles.TEXT_MUTED);
        vm.selectedProperty().addListener((o, a, e) -> description.setText(e == null
                ? "Select a bloc to highlight its members on the canvas." : e.description()));
        description.setText("Select a bloc to highlight its members on the canvas.");

        var busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.computingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        var colour = new CheckBox("Colour states by community");
        colour.setId("colourCommunities");
        colour.selectedProperty().bindBidirectional(vm.colourByCommunityProperty());
        colour.setTooltip(new Tooltip("Fill every state with the colour of its community (the legend lists them),"
                + " in every tab, until turned off; off: states are coloured by region"));

        var heading = new Label("Blocs");
        heading.getStyleClass().add(AtlasStyles.SECTION_TITLE);
        root = new VBox(8, new HBox(6, heading, busy), colour, notice, list, description);
        root.setPadding(new Insets(8));
    }

    public Node node() {
        return root;
    }
}

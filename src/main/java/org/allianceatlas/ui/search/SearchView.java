package org.allianceatlas.ui.search;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.stage.Popup;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import org.allianceatlas.ui.shared.AtlasStyles;

/**
 * The search box of the toolbar with its suggestions popup, bound to a {@link SearchViewModel}. Typing shows the
 * suggestions, or a line saying that nothing matches; Down and Up move the highlight; Enter picks the highlighted
 * one (the best one if none is highlighted); Escape closes the list; a click picks. After a pick the box shows it.
 *
 * <p>Node ids: {@code searchField}, {@code searchHits} (the list, in the popup window) and {@code searchHitsNone}
 * (the no-hit line there) for the toolbar's box; other boxes are named by their owner.
 */
public final class SearchView {

    /** A magnifying glass, drawn as a path: the app ships no icon font. */
    private static final String MAGNIFIER = "M6.5 1a5.5 5.5 0 0 1 4.38 8.82l3.65 3.65-1.06 1.06-3.65-3.65"
            + "A5.5 5.5 0 1 1 6.5 1zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8z";

    private final SearchViewModel vm;
    private final CustomTextField field = new CustomTextField();
    private final ListView<SearchHit> list = new ListView<>();
    /** Said in the popup instead of the list when the query finds nothing. */
    private final Label noHits = new Label();
    private final Popup popup = new Popup();

    /** The toolbar's search box ({@code searchField}, {@code searchHits}). */
    public SearchView(SearchViewModel vm) {
        this(vm, "searchField", "searchHits", "Search states, organisations, treaties (Ctrl+F)", 26);
    }

    /**
     * A search box with other ids and prompt, such as a path picker.
     *
     * @param fieldId the text box's node id
     * @param hitsId  the suggestion list's node id
     * @param columns the box's preferred width in characters
     */
    public SearchView(SearchViewModel vm, String fieldId, String hitsId, String prompt, int columns) {
        this.vm = vm;
        field.setId(fieldId);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        var glass = new SVGPath();
        glass.setContent(MAGNIFIER);
        glass.getStyleClass().add(Styles.TEXT_MUTED);
        field.setLeft(glass);
        field.textProperty().bindBidirectional(vm.queryProperty());

        list.setId(hitsId);
        list.setItems(vm.hits());
        list.setCellFactory(lv -> new HitCell());
        list.setPrefWidth(380);
        list.setFixedCellSize(44);
        list.getStyleClass().add(AtlasStyles.SEARCH_POPUP);
        list.managedProperty().bind(list.visibleProperty());
        noHits.setId(hitsId + "None");
        noHits.textProperty().bind(vm.noHitsProperty());
        noHits.getStyleClass().addAll(AtlasStyles.SEARCH_POPUP, Styles.TEXT_MUTED);
        noHits.setWrapText(true);
        noHits.setPrefWidth(list.getPrefWidth());
        noHits.setPadding(new Insets(10, 12, 10, 12));
        noHits.managedProperty().bind(noHits.visibleProperty());
        popup.getContent().add(new VBox(list, noHits));
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        vm.hits().addListener((ListChangeListener<SearchHit>) c -> updatePopup());
        vm.noHitsProperty().addListener((o, a, b) -> updatePopup());
        field.focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                updatePopup();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onFieldKey);
        // The list never takes the keyboard: the cursor stays in the box and the arrows move the highlight (JavaFX
        // hands key events that reach the popup window to its owner, the main window).
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** The search box, for the toolbar. */
    public Node node() {
        return field;
    }

    /** Puts the cursor in the search box with its text selected (Ctrl+F). */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void onFieldKey(KeyEvent e) {
        var selection = list.getSelectionModel();
        switch (e.getCode()) {
            case ENTER -> {
                var highlighted = popup.isShowing() ? selection.getSelectedItem() : null;
                if (highlighted != null) {
                    choose(highlighted);
                } else if (vm.chooseBest()) {
                    popup.hide();
                }
                e.consume();
            }
            case DOWN, UP -> {
                if (!vm.hits().isEmpty()) {
                    showPopup();
                    int i = selection.getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                    selection.select(Math.max(0, Math.min(vm.hits().size() - 1, i)));
                    list.scrollTo(selection.getSelectedIndex());
                    e.consume();
                }
            }
            case ESCAPE -> {
                popup.hide();
                e.consume();
            }
            default -> {
            }
        }
    }

    private void choose(SearchHit hit) {
        if (hit != null) {
            popup.hide();
            vm.choose(hit);
        }
    }

    private void updatePopup() {
        list.getSelectionModel().clearSelection();
        boolean nothing = vm.hits().isEmpty();
        list.setVisible(!nothing);
        noHits.setVisible(nothing);
        if (nothing && vm.noHitsProperty().get().isEmpty() || !field.isFocused()) {
            popup.hide();
        } else {
            list.setPrefHeight(Math.min(vm.hits().size(), 8) * list.getFixedCellSize() + 4);
            showPopup();
        }
    }

    private void showPopup() {
        if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            var bounds = field.localToScreen(field.getBoundsInLocal());
            if (bounds != null) {
                popup.show(field.getScene().getWindow(), bounds.getMinX(), bounds.getMaxY() + 2);
            }
        }
    }

    /** Two lines: the name in normal text, what it is muted below. */
    private static final class HitCell extends ListCell<SearchHit> {
        private final Label label = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, label, detail);

        HitCell() {
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
            } else {
                label.setText(hit.label());
                detail.setText(hit.detail());
                setGraphic(box);
            }
            setText(null);
        }
    }
}

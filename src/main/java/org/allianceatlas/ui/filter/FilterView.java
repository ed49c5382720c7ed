package org.allianceatlas.ui.filter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.TieType;
import org.allianceatlas.ui.shared.AtlasStyles;
import org.allianceatlas.ui.shared.Swatches;

/**
 * The left panel: binds the year slider, the organisation and region trees, the tie-type boxes and the two
 * switches to a {@link FilterViewModel}. Holds no state of its own beyond which tree groups are expanded.
 *
 * <p>Node ids for tests and keyboard users: {@code yearSlider}, {@code yearMarks} (the marks under it),
 * {@code yearLabel}, {@code organisationSearch},
 * {@code organisationTree}, {@code regionTree}, {@code tieType-<key>}, {@code showIsolated}, {@code entryIntoForce}.
 */
public final class FilterView {

    private static final PseudoClass NOT_RELEVANT = PseudoClass.getPseudoClass(AtlasStyles.NOT_RELEVANT);

    private final FilterViewModel vm;
    private final VBox root = new VBox();
    private final Slider slider = new Slider();
    private final YearMarks yearMarks = new YearMarks(slider);
    private final TreeView<Object> organisationTree = new TreeView<>();
    private final TreeView<Object> regionTree = new TreeView<>();
    private final Map<TieType, CheckBox> tieTypeBoxes = new EnumMap<>(TieType.class);
    private final List<Runnable> organisationBindings = new ArrayList<>();
    private final Set<OrganisationKind> collapsedKinds = new HashSet<>();
    private final List<CheckBoxTreeItem<Object>> regionItems = new ArrayList<>();

    public FilterView(FilterViewModel vm, VisualStyle style) {
        this.vm = vm;
        root.getStyleClass().add(AtlasStyles.FILTER_PANEL);
        root.setId("filterPanel");
        var sections = new VBox(organisationsPane(), regionsPane(), tieTypesPane(), optionsPane());
        var scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(yearBox(), scroll);
        setStyle(style);
        vm.yearProperty().addListener((o, a, b) -> organisationTree.refresh());
    }

    /** The panel, to be placed by the main window. */
    public Node node() {
        return root;
    }

    /**
     * Marks the years where something changed under the year slider (those outside its range are left out); the
     * window passes {@code PlaybackViewModel}'s change years, the same ones the timeline strip ticks.
     */
    public void setChangeYears(List<Integer> years) {
        yearMarks.setYears(years);
    }

    /** Redraws the region dots and tie-type lines in a theme's colours. */
    public void setStyle(VisualStyle style) {
        tieTypeBoxes.forEach((type, box) -> box.setGraphic(Swatches.line(style.tieStyle(type))));
        for (var item : regionItems) {
            var group = (RegionGroup) item.getValue();
            item.setGraphic(Swatches.dot(style.regionColour(group.region())));
        }
    }

    // --- year -------------------------------------------------------------------------------------------------

    private Node yearBox() {
        var year = new Label();
        year.setId("yearLabel");
        year.getStyleClass().add(AtlasStyles.YEAR);
        year.textProperty().bind(vm.yearProperty().asString("%d"));

        var back = stepButton("‹", -1, "Previous year (Left arrow on the slider)");
        var forward = stepButton("›", 1, "Next year (Right arrow on the slider)");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var heading = new HBox(6, year, spacer, back, forward);
        heading.setAlignment(Pos.CENTER_LEFT);

        slider.setId("yearSlider");
        slider.minProperty().bind(vm.firstYearProperty());
        slider.maxProperty().bind(vm.lastYearProperty());
        slider.setValue(vm.year());
        slider.setBlockIncrement(1);
        slider.setFocusTraversable(true);
        slider.setAccessibleText("Year");
        slider.valueProperty().addListener((o, a, b) -> vm.setYear((int) Math.round(b.doubleValue())));
        vm.yearProperty().addListener((o, a, b) -> {
            if ((int) Math.round(slider.getValue()) != b.intValue()) {
                slider.setValue(b.intValue());
            }
        });
        // Snap to the whole year when a drag ends, so the thumb sits where the year label says.
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                slider.setValue(vm.year());
            }
        });
        // The arrows step exactly one year, whatever the slider's own key handling would do with fractions.
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int delta = e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.DOWN ? -1
                    : e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.UP ? 1 : 0;
            if (delta != 0) {
                vm.stepYear(delta);
                e.consume();
            }
        });

        var first = new Label();
        first.textProperty().bind(vm.firstYearProperty().asString("%d"));
        var last = new Label();
        last.textProperty().bind(vm.lastYearProperty().asString("%d"));
        first.getStyleClass().add(Styles.TEXT_MUTED);
        last.getStyleClass().add(Styles.TEXT_MUTED);
        var ends = new BorderPane();
        ends.setLeft(first);
        ends.setRight(last);

        yearMarks.setId("yearMarks");
        var box = new VBox(2, heading, slider, yearMarks, ends);
        box.setPadding(new Insets(12, 14, 10, 14));
        return box;
    }

    private Button stepButton(String text, int delta, String tooltip) {
        var b = new Button(text);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> vm.stepYear(delta));
        b.setFocusTraversable(false);
        return b;
    }

    // --- organisations ----------------------------------------------------------------------------------------

    private TitledPane organisationsPane() {
        var search = new TextField();
        search.setId("organisationSearch");
        search.setPromptText("Filter organisations");
        search.textProperty().bindBidirectional(vm.organisationQueryProperty());

        var all = new Button("All");
        all.setOnAction(e -> vm.selectAllOrganisations());
        all.setTooltip(new Tooltip("Tick every organisation in the list"));
        var none = new Button("None");
        none.setOnAction(e -> vm.selectNoOrganisations());
        none.setTooltip(new Tooltip("Untick every organisation in the list"));
        for (var b : List.of(all, none)) {
            b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        }
        var buttons = new HBox(4, all, none);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        organisationTree.setId("organisationTree");
        organisationTree.setShowRoot(false);
        organisationTree.setPrefHeight(300);
        organisationTree.setMinHeight(160);
        organisationTree.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        organisationTree.setCellFactory(tv -> new FilterCell());
        vm.organisationGroupsProperty().addListener((o, a, groups) -> showOrganisations(groups));
        showOrganisations(vm.organisationGroupsProperty().get());

        var box = new VBox(6, search, buttons, organisationTree);
        return titled("Organisations", box, true);
    }

    private void showOrganisations(List<OrganisationGroup> groups) {
        organisationBindings.forEach(Runnable::run);
        organisationBindings.clear();
        var rootItem = new CheckBoxTreeItem<Object>("organisations");
        for (var group : groups) {
            var groupItem = new CheckBoxTreeItem<Object>(group);
            for (var item : group.items()) {
                var leaf = new CheckBoxTreeItem<Object>(item);
                leaf.setSelected(item.isSelected());
                groupItem.getChildren().add(leaf);
                bind(leaf.selectedProperty(), item.selectedProperty());
            }
            syncParent(groupItem);
            groupItem.setExpanded(!collapsedKinds.contains(group.kind()));
            groupItem.expandedProperty().addListener((o, a, expanded) -> {
                if (expanded) {
                    collapsedKinds.remove(group.kind());
                } else {
                    collapsedKinds.add(group.kind());
                }
            });
            rootItem.getChildren().add(groupItem);
        }
        organisationTree.setRoot(rootItem);
    }

    private void bind(BooleanProperty treeSide, BooleanProperty modelSide) {
        treeSide.bindBidirectional(modelSide);
        organisationBindings.add(() -> treeSide.unbindBidirectional(modelSide));
    }

    /**
     * Sets a group's tick from its children's. CheckBoxTreeItem updates a parent when a child changes, but not for
     * children that were already ticked when they were added.
     */
    private static void syncParent(CheckBoxTreeItem<Object> parent) {
        long ticked = parent.getChildren().stream()
                .filter(c -> ((CheckBoxTreeItem<Object>) c).isSelected()).count();
        if (ticked == parent.getChildren().size()) {
            parent.setSelected(true);
        } else if (ticked == 0) {
            parent.setSelected(false);
        } else {
            parent.setIndeterminate(true);
        }
    }

    // --- regions ----------------------------------------------------------------------------------------------

    private TitledPane regionsPane() {
        regionTree.setId("regionTree");
        regionTree.setShowRoot(false);
        regionTree.setPrefHeight(176);
        regionTree.setMinHeight(120);
        regionTree.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        regionTree.setCellFactory(tv -> new FilterCell());
        var rootItem = new CheckBoxTreeItem<Object>("regions");
        for (var group : vm.regions()) {
            var regionItem = new CheckBoxTreeItem<Object>(group);
            for (var item : group.subregions()) {
                var leaf = new CheckBoxTreeItem<Object>(item);
                leaf.setSelected(item.isSelected());
                leaf.selectedProperty().bindBidirectional(item.selectedProperty());
                regionItem.getChildren().add(leaf);
            }
            syncParent(regionItem);
            regionItems.add(regionItem);
            rootItem.getChildren().add(regionItem);
        }
        regionTree.setRoot(rootItem);
        return titled("Regions", regionTree, true);
    }

    // --- tie types and switches -------------------------------------------------------------------------------

    private TitledPane tieTypesPane() {
        var box = new VBox(5);
        for (var item : vm.tieTypes()) {
            var check = new CheckBox(item.label());
            check.setId("tieType-" + item.value().key());
            check.setGraphicTextGap(8);
            check.selectedProperty().bindBidirectional(item.selectedProperty());
            check.setTooltip(new Tooltip(item.label() + ": " + item.detail()));
            tieTypeBoxes.put(item.value(), check);
            box.getChildren().add(check);
        }
        return titled("Tie types", box, true);
    }

    private TitledPane optionsPane() {
        var isolated = new CheckBox("Show states with no visible tie");
        isolated.setId("showIsolated");
        isolated.selectedProperty().bindBidirectional(vm.showIsolatedProperty());
        var inForce = new CheckBox("Count clauses from entry into force");
        inForce.setId("entryIntoForce");
        inForce.selectedProperty().bindBidirectional(vm.countFromEntryIntoForceProperty());
        inForce.setTooltip(new Tooltip("Off: a clause counts from its signature. On: from its entry into force; "
                + "clauses that never entered into force are hidden."));
        for (var c : List.of(isolated, inForce)) {
            c.setWrapText(true);
        }
        return titled("Options", new VBox(6, isolated, inForce), true);
    }

    private static TitledPane titled(String title, Node content, boolean expanded) {
        var pane = new TitledPane(title, content);
        pane.setExpanded(expanded);
        pane.getStyleClass().add(Styles.DENSE);
        return pane;
    }

    /**
     * A tree row: a tick box, the entry's label, a tooltip with its details, greyed out when the entry cannot show
     * anything in the year on screen.
     */
    private static final class FilterCell extends CheckBoxTreeCell<Object> {

        FilterCell() {
            super(FilterCell::selected, new StringConverter<>() {
                @Override
                public String toString(TreeItem<Object> item) {
                    return item == null ? "" : text(item.getValue());
                }

                @Override
                public TreeItem<Object> fromString(String s) {
                    throw new UnsupportedOperationException("filter entries are not editable");
                }
            });
        }

        {
            // A cell no wider than the tree: long names end in an ellipsis instead of adding a horizontal
            // scroll bar (the full name is in the tooltip).
            setPrefWidth(0);
        }

        private static ObservableValue<Boolean> selected(TreeItem<Object> item) {
            return item instanceof CheckBoxTreeItem<Object> c ? c.selectedProperty() : null;
        }

        private static String text(Object value) {
            if (value instanceof OrganisationGroup g) {
                return g.heading();
            }
            if (value instanceof RegionGroup r) {
                return r.region().label();
            }
            return String.valueOf(value);
        }

        @Override
        public void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            var item = value instanceof CheckItem<?> c ? c : null;
            pseudoClassStateChanged(NOT_RELEVANT, item != null && !item.isRelevant());
            setTooltip(item == null || item.detail().isEmpty() ? null : new Tooltip(item.detail()));
        }
    }
}

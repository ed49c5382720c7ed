package org.allianceatlas.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.allianceatlas.map.AllianceFills;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.TieType;

/**
 * View › Map › Organisations on the alliance map…: the automatic choice (the largest mutual-defence organisations in
 * view, {@link AllianceFills#defaultOrganisations}), or up to {@value #MAX} organisations the user ticks, in the order
 * ticked (the order of their colours). Organisations are listed as they were named in the year shown, those that exist
 * in it first, mutual-defence ones first among them, then by members in view.
 *
 * <p>UI thread only; no controls, tested without a display.
 */
public final class MapOrganisationsViewModel {

    /** The alliance map has a colour for this many organisations. */
    public static final int MAX = AllianceFills.DEFAULT_COUNT;

    /** One organisation of the list: ticked or not. */
    public static final class Choice {
        private final Organisation organisation;
        private final String label;
        private final BooleanProperty ticked = new SimpleBooleanProperty(this, "ticked");

        Choice(Organisation organisation, String label) {
            this.organisation = organisation;
            this.label = label;
        }

        public String id() {
            return organisation.id();
        }

        /** "NATO — North Atlantic Treaty Organization · 32 members in view" (named as in the year shown). */
        public String label() {
            return label;
        }

        public BooleanProperty tickedProperty() {
            return ticked;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final List<String> order = new ArrayList<>();
    private final BooleanProperty automatic = new SimpleBooleanProperty(this, "automatic", true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final String defaultChoice;
    private final List<String> filterOrganisations;
    private final BooleanBinding applicable;
    private boolean ticking;

    /**
     * @param year                the year shown (names, who exists, the default choice)
     * @param inView              the states in view (members counted among them; null: every state)
     * @param current             the organisations chosen now, in colour order; empty: automatic
     * @param filterOrganisations the organisations the filters narrow the view to, or empty (all are shown)
     */
    public MapOrganisationsViewModel(Dataset dataset, int year, Set<String> inView, List<String> current,
                                     List<String> filterOrganisations) {
        Objects.requireNonNull(dataset, "dataset");
        this.filterOrganisations = filterOrganisations.stream().filter(id -> dataset.organisation(id).isPresent())
                .toList();
        defaultChoice = AllianceFills.defaultOrganisations(dataset, year, inView).stream()
                .map(o -> o.shortLabelIn(year)).collect(Collectors.joining(", "));
        var sorted = new ArrayList<>(dataset.organisations());
        sorted.sort(Comparator.<Organisation>comparingInt(o -> o.existsIn(year) ? 0 : 1)
                .thenComparingInt(o -> o.tieTypes().contains(TieType.MUTUAL_DEFENCE) ? 0 : 1)
                .thenComparingInt(o -> -members(dataset, o, year, inView))
                .thenComparing(o -> o.shortLabelIn(year)));
        for (var o : sorted) {
            int n = members(dataset, o, year, inView);
            var name = o.nameIn(year);
            var shortName = o.shortLabelIn(year);
            var label = (shortName.equals(name) ? name : shortName + " \u2014 " + name)
                    + (o.existsIn(year) ? " \u00b7 " + n + (n == 1 ? " member" : " members") + " in view"
                    : " \u00b7 not in " + year);
            var choice = new Choice(o, label);
            choice.tickedProperty().addListener((obs, was, now) -> ticked(choice, now));
            choices.add(choice);
        }
        var known = current.stream().filter(id -> dataset.organisation(id).isPresent()).toList();
        tick(known);
        automatic.set(known.isEmpty());
        applicable = Bindings.createBooleanBinding(() -> automatic.get() || !chosenNow().isEmpty(), automatic,
                choices);
        automatic.addListener((obs, was, now) -> message.set(""));
    }

    /** Every organisation of the data, in the order described in the class comment. */
    public ObservableList<Choice> choices() {
        return choices;
    }

    /** True: the map chooses by itself ({@link #defaultChoice()}); false: the ticked organisations. */
    public BooleanProperty automaticProperty() {
        return automatic;
    }

    /** What the automatic choice colours in the year shown ("NATO, CSTO"); empty when it finds none. */
    public String defaultChoice() {
        return defaultChoice;
    }

    /** True when the filters narrow the view to a few organisations that {@link #useFilter()} can take. */
    public boolean canUseFilter() {
        return !filterOrganisations.isEmpty() && filterOrganisations.size() <= MAX;
    }

    /** Ticks exactly the filter's organisations (in their order) and leaves the automatic choice. */
    public void useFilter() {
        if (canUseFilter()) {
            tick(filterOrganisations);
            automatic.set(false);
        }
    }

    /** Why the last tick was refused ("At most 4 …"); empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the choice can be applied: automatic, or at least one organisation ticked. */
    public BooleanBinding applicableProperty() {
        return applicable;
    }

    /** The organisations to colour, ids in colour order: empty for the automatic choice. */
    public List<String> result() {
        return automatic.get() ? List.of() : chosenNow();
    }

    private List<String> chosenNow() {
        return List.copyOf(order);
    }

    private void tick(List<String> ids) {
        ticking = true;
        try {
            order.clear();
            for (var c : choices) {
                c.tickedProperty().set(ids.contains(c.id()));
            }
            order.addAll(ids);
        } finally {
            ticking = false;
        }
        message.set("");
        applicable();
    }

    private void ticked(Choice choice, boolean now) {
        if (ticking) {
            return;
        }
        if (now && order.size() >= MAX) {
            message.set("At most " + MAX + " organisations: the map has a colour for " + MAX + ". Untick one first.");
            ticking = true;
            choice.tickedProperty().set(false);
            ticking = false;
            return;
        }
        message.set("");
        if (now) {
            order.add(choice.id());
            automatic.set(false);
        } else {
            order.remove(choice.id());
        }
        applicable();
    }

    /** Re-evaluates {@link #applicableProperty()} (the ticked order is not itself observable). */
    private void applicable() {
        if (applicable != null) {
            applicable.invalidate();
        }
    }

    private static int members(Dataset dataset, Organisation o, int year, Set<String> inView) {
        return AllianceFills.members(dataset, o, year, inView).size();
    }
}

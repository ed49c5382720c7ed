package org.allianceatlas.ui.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Organisation;
import org.allianceatlas.model.OrganisationKind;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;
import org.allianceatlas.ui.shared.Labels;
import org.allianceatlas.ui.shared.SearchText;

/**
 * The filter panel's state: the year, the organisation, sub-region and tie-type ticks, and the two switches. Every
 * change produces a new {@link FilterCriteria} in {@link #criteriaProperty()}; equal criteria are not re-announced.
 *
 * <p>Invariants: {@code firstYear <= year <= lastYear}; a list with every entry ticked becomes
 * {@link Selection#everything()} (so that, for organisations, the broader "any visible tie" rule of
 * {@link FilterCriteria} applies), otherwise {@link Selection#only} of the ticked values.
 *
 * <p>UI thread only. No JavaFX controls: tested without a display.
 */
public final class FilterViewModel {

    private final int currentYear;
    private final ReadOnlyIntegerWrapper firstYear = new ReadOnlyIntegerWrapper(this, "firstYear");
    private final ReadOnlyIntegerWrapper lastYear = new ReadOnlyIntegerWrapper(this, "lastYear");
    private final ReadOnlyIntegerWrapper year = new ReadOnlyIntegerWrapper(this, "year");
    private final BooleanProperty showIsolated = new SimpleBooleanProperty(this, "showIsolated", false);
    private final BooleanProperty countFromEntryIntoForce = new SimpleBooleanProperty(this, "entryIntoForce", false);
    private final StringProperty organisationQuery = new SimpleStringProperty(this, "organisationQuery", "");

    private final List<CheckItem<Organisation>> organisations = new ArrayList<>();
    private final ReadOnlyObjectWrapper<List<OrganisationGroup>> organisationGroups =
            new ReadOnlyObjectWrapper<>(this, "organisationGroups", List.of());
    private final List<RegionGroup> regions;
    private final List<CheckItem<TieType>> tieTypes;
    private final ReadOnlyObjectWrapper<FilterCriteria> criteria = new ReadOnlyObjectWrapper<>(this, "criteria");

    /** True while a bulk change is under way: the criteria are recomputed once at its end. */
    private boolean bulk;

    /**
     * @param currentYear this year; the slider reaches at least this far (the data's last date may be earlier) and
     *                    the first year shown before any data is loaded
     */
    public FilterViewModel(int currentYear) {
        this.currentYear = currentYear;
        firstYear.set(currentYear);
        lastYear.set(currentYear);
        year.set(currentYear);
        var regionList = new ArrayList<RegionGroup>();
        for (var r : Region.values()) {
            regionList.add(new RegionGroup(r, r.subregions().stream()
                    .map(s -> watch(new CheckItem<>(s, s.label(), ""))).toList()));
        }
        regions = List.copyOf(regionList);
        var types = new ArrayList<CheckItem<TieType>>();
        for (var t : TieType.values()) {
            types.add(watch(new CheckItem<>(t, t.label(), t.description())));
        }
        tieTypes = List.copyOf(types);
        showIsolated.addListener((o, a, b) -> recompute());
        countFromEntryIntoForce.addListener((o, a, b) -> recompute());
        organisationQuery.addListener((o, a, b) -> regroup());
        recompute();
    }

    private <T> CheckItem<T> watch(CheckItem<T> item) {
        item.selectedProperty().addListener((o, a, b) -> recompute());
        return item;
    }

    /**
     * Shows the organisations and year range of a newly loaded dataset. Ticks are kept by id: an organisation that
     * was unticked stays unticked; one new to the list is ticked when the organisation selection was "everything".
     * The year is kept, clamped to the new range.
     */
    public void setDataset(Dataset dataset) {
        var previous = criteria.get();
        bulk = true;
        try {
            organisations.clear();
            var sorted = dataset.organisations().stream()
                    .sorted(Comparator.comparing(Organisation::kind, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(o -> SearchText.fold(Labels.organisation(o))))
                    .toList();
            for (var o : sorted) {
                var item = watch(new CheckItem<>(o, Labels.organisation(o), description(o)));
                item.setSelected(previous.organisations().contains(o.id()));
                organisations.add(item);
            }
            int[] range = dataset.yearRange(currentYear);
            firstYear.set(range[0]);
            lastYear.set(Math.max(range[1], currentYear));
            year.set(clamp(year.get()));
        } finally {
            bulk = false;
        }
        regroup();
        recompute();
    }

    /** Sets every control from criteria (restored preferences); ids the dataset does not know are ignored. */
    public void apply(FilterCriteria c) {
        bulk = true;
        try {
            year.set(clamp(c.year()));
            countFromEntryIntoForce.set(c.basis() == DateBasis.ENTRY_INTO_FORCE);
            showIsolated.set(c.showIsolated());
            organisations.forEach(i -> i.setSelected(c.organisations().contains(i.value().id())));
            allSubregions().forEach(i -> i.setSelected(c.subregions().contains(i.value())));
            tieTypes.forEach(i -> i.setSelected(c.tieTypes().contains(i.value())));
        } finally {
            bulk = false;
        }
        recompute();
    }

    private static String description(Organisation o) {
        return Labels.kind(o) + ", " + Labels.years(o.lifetime());
    }

    /** "Alliances" for {@link OrganisationKind#ALLIANCE}: every kind's label takes a plain -s. */
    static String plural(OrganisationKind kind) {
        return kind == null ? "Other" : kind.label() + "s";
    }

    // --- year -------------------------------------------------------------------------------------------------

    public ReadOnlyIntegerProperty yearProperty() {
        return year.getReadOnlyProperty();
    }

    public int year() {
        return year.get();
    }

    /** Sets the year, clamped to {@code [firstYear, lastYear]}. */
    public void setYear(int value) {
        year.set(clamp(value));
        recompute();
    }

    /** Moves the year by {@code delta} years (clamped): the arrow keys step one year. */
    public void stepYear(int delta) {
        setYear(year.get() + delta);
    }

    private int clamp(int value) {
        return Math.max(firstYear.get(), Math.min(lastYear.get(), value));
    }

    /** The data's first year (earliest start). */
    public ReadOnlyIntegerProperty firstYearProperty() {
        return firstYear.getReadOnlyProperty();
    }

    /** The data's last year, and at least the current year. */
    public ReadOnlyIntegerProperty lastYearProperty() {
        return lastYear.getReadOnlyProperty();
    }

    // --- organisations ----------------------------------------------------------------------------------------

    /** Every organisation of the dataset, by kind then label. */
    public List<CheckItem<Organisation>> organisations() {
        return List.copyOf(organisations);
    }

    /** The organisations matching {@link #organisationQueryProperty()}, grouped by kind; empty groups left out. */
    public ReadOnlyObjectProperty<List<OrganisationGroup>> organisationGroupsProperty() {
        return organisationGroups.getReadOnlyProperty();
    }

    /** Search text over acronyms, names and ids (case and accents ignored). */
    public StringProperty organisationQueryProperty() {
        return organisationQuery;
    }

    /** Ticks every organisation matching the search text (all of them when it is empty). */
    public void selectAllOrganisations() {
        setMatching(true);
    }

    /** Unticks every organisation matching the search text (all of them when it is empty). */
    public void selectNoOrganisations() {
        setMatching(false);
    }

    private void setMatching(boolean value) {
        bulk = true;
        try {
            organisationGroups.get().forEach(g -> g.items().forEach(i -> i.setSelected(value)));
        } finally {
            bulk = false;
        }
        recompute();
    }

    /** Ticks or unticks one organisation by id; false when the dataset has no such organisation. */
    public boolean setOrganisationSelected(String id, boolean value) {
        for (var item : organisations) {
            if (item.value().id().equals(id)) {
                item.setSelected(value);
                return true;
            }
        }
        return false;
    }

    private void regroup() {
        var query = SearchText.fold(organisationQuery.get());
        var byKind = new LinkedHashMap<OrganisationKind, List<CheckItem<Organisation>>>();
        for (var item : organisations) {
            var o = item.value();
            if (query.isEmpty() || matches(query, o)) {
                byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(item);
            }
        }
        organisationGroups.set(byKind.entrySet().stream()
                .map(e -> new OrganisationGroup(e.getKey(), e.getValue())).toList());
    }

    private static boolean matches(String query, Organisation o) {
        return SearchText.fold(o.name()).contains(query) || SearchText.fold(o.acronym()).contains(query)
                || SearchText.fold(o.id()).contains(query);
    }

    // --- regions, tie types, switches -------------------------------------------------------------------------

    /** The five regions with their sub-regions, in {@link Region} order. */
    public List<RegionGroup> regions() {
        return regions;
    }

    /** Ticks or unticks every sub-region of a region at once. */
    public void setRegionSelected(Region region, boolean value) {
        bulk = true;
        try {
            regions.stream().filter(g -> g.region() == region)
                    .forEach(g -> g.subregions().forEach(i -> i.setSelected(value)));
        } finally {
            bulk = false;
        }
        recompute();
    }

    private List<CheckItem<Subregion>> allSubregions() {
        return regions.stream().flatMap(g -> g.subregions().stream()).toList();
    }

    /** Every tie type, in {@link TieType} (strength) order. */
    public List<CheckItem<TieType>> tieTypes() {
        return tieTypes;
    }

    /** Show states with no visible tie. */
    public BooleanProperty showIsolatedProperty() {
        return showIsolated;
    }

    /** Count clauses from entry into force instead of signature. */
    public BooleanProperty countFromEntryIntoForceProperty() {
        return countFromEntryIntoForce;
    }

    // --- criteria ---------------------------------------------------------------------------------------------

    /** The criteria the controls describe; a new value after each change. */
    public ReadOnlyObjectProperty<FilterCriteria> criteriaProperty() {
        return criteria.getReadOnlyProperty();
    }

    public FilterCriteria criteria() {
        return criteria.get();
    }

    private void recompute() {
        if (bulk) {
            return;
        }
        int y = year.get();
        organisations.forEach(i -> i.setRelevant(i.value().existsIn(y)));
        var basis = countFromEntryIntoForce.get() ? DateBasis.ENTRY_INTO_FORCE : DateBasis.SIGNATURE;
        var organisationIds = selection(organisations, Organisation::id);
        var next = new FilterCriteria(y, basis, organisationIds, selection(allSubregions(), Function.identity()),
                selection(tieTypes, Function.identity()), showIsolated.get());
        if (!next.equals(criteria.get())) {
            criteria.set(next);
        }
    }

    /** Everything when every item is ticked (and, for an empty list, when there is nothing to choose). */
    private static <T, V> Selection<V> selection(List<CheckItem<T>> items, Function<T, V> key) {
        Set<V> ticked = new HashSet<>();
        for (var item : items) {
            if (item.isSelected()) {
                ticked.add(key.apply(item.value()));
            }
        }
        return ticked.size() == items.size() ? Selection.everything() : Selection.only(ticked);
    }
}

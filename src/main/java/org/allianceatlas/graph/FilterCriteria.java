package org.allianceatlas.graph;

import java.util.Collection;
import java.util.Objects;

import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;

/**
 * What to show: an immutable value that {@link AlignmentGraph#view} turns into a view of the graph.
 *
 * <p>The rules (also in docs/architecture.md):
 * <ol>
 *   <li><b>Year.</b> Everything is judged as of 31 December of {@code year} (see {@code YearSpan}): states that exist,
 *       organisations that exist, memberships and clauses in force. Clauses count from signature, or from entry into
 *       force when {@code basis} is {@link DateBasis#ENTRY_INTO_FORCE}.</li>
 *   <li><b>Regions.</b> Only states whose sub-region is selected are shown; ties to other states are hidden.
 *       Organisations are not regional: one is shown when it has a visible member.</li>
 *   <li><b>Tie types.</b> A membership is shown when its organisation carries at least one selected type; a clause
 *       when its type is selected.</li>
 *   <li><b>Organisations.</b> A membership is shown only when its organisation is selected. With every organisation
 *       selected, a state is shown when it has any visible tie. With a narrower selection, the states shown are the
 *       members of the selected organisations, plus the clauses among those states.</li>
 *   <li><b>Isolated states.</b> With {@code showIsolated}, every state that exists and is in a selected region is
 *       shown, tied or not.</li>
 * </ol>
 *
 * @param year         the year shown (as of 31 December)
 * @param basis        which clause date counts
 * @param organisations selected organisation ids
 * @param subregions   selected sub-regions (a region is all of its sub-regions)
 * @param tieTypes     selected tie types
 * @param showIsolated show states with no visible tie
 */
public record FilterCriteria(int year, DateBasis basis, Selection<String> organisations,
                             Selection<Subregion> subregions, Selection<TieType> tieTypes, boolean showIsolated) {

    public FilterCriteria {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(organisations, "organisations");
        Objects.requireNonNull(subregions, "subregions");
        Objects.requireNonNull(tieTypes, "tieTypes");
    }

    /** Everything in force in {@code year}, counted from signature, isolated states hidden. */
    public static FilterCriteria forYear(int year) {
        return new FilterCriteria(year, DateBasis.SIGNATURE, Selection.everything(), Selection.everything(),
                Selection.everything(), false);
    }

    public FilterCriteria withYear(int newYear) {
        return new FilterCriteria(newYear, basis, organisations, subregions, tieTypes, showIsolated);
    }

    public FilterCriteria withBasis(DateBasis newBasis) {
        return new FilterCriteria(year, newBasis, organisations, subregions, tieTypes, showIsolated);
    }

    public FilterCriteria withOrganisations(Selection<String> selection) {
        return new FilterCriteria(year, basis, selection, subregions, tieTypes, showIsolated);
    }

    public FilterCriteria withSubregions(Selection<Subregion> selection) {
        return new FilterCriteria(year, basis, organisations, selection, tieTypes, showIsolated);
    }

    /** Selects every sub-region of the given regions. */
    public FilterCriteria withRegions(Collection<Region> regions) {
        return withSubregions(Selection.only(regions.stream().flatMap(r -> r.subregions().stream()).toList()));
    }

    public FilterCriteria withTieTypes(Selection<TieType> selection) {
        return new FilterCriteria(year, basis, organisations, subregions, selection, showIsolated);
    }

    public FilterCriteria withShowIsolated(boolean show) {
        return new FilterCriteria(year, basis, organisations, subregions, tieTypes, show);
    }
}

package org.allianceatlas.bench.compare;

import java.util.ArrayList;
import java.util.List;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.model.Region;

/**
 * A view measured for issue 12: a name for its files, a year, and the regions or organisations it is filtered to.
 *
 * @param name          file-name friendly, e.g. {@code europe-2024}
 * @param year          the year shown
 * @param regions       region labels ({@code Europe}), empty for all
 * @param organisations organisation ids, empty for all
 */
public record SlideView(String name, int year, List<String> regions, List<String> organisations) {

    /** The five views of issue 12's "Measure" section. */
    public static final List<SlideView> ISSUE_12 = List.of(
            new SlideView("world-2024", 2024, List.of(), List.of()),
            new SlideView("europe-2024", 2024, List.of("Europe"), List.of()),
            new SlideView("asia-2024", 2024, List.of("Asia"), List.of()),
            new SlideView("africa-2024", 2024, List.of("Africa"), List.of()),
            new SlideView("nato-warsaw-pact-1985", 1985, List.of(), List.of("nato", "warsaw-pact")));

    public SlideView {
        regions = List.copyOf(regions);
        organisations = List.copyOf(organisations);
    }

    /** The same view as options of our CLI ({@code --year Y [--region R]… [--org ID]…}). */
    public List<String> cliArgs() {
        var args = new ArrayList<>(List.of("--year", Integer.toString(year)));
        regions.forEach(r -> args.addAll(List.of("--region", r)));
        organisations.forEach(o -> args.addAll(List.of("--org", o)));
        return args;
    }

    /** The same view as filter criteria, as the CLI builds them from {@link #cliArgs()}. */
    public FilterCriteria criteria() {
        var criteria = FilterCriteria.forYear(year);
        if (!organisations.isEmpty()) {
            criteria = criteria.withOrganisations(Selection.only(organisations));
        }
        if (!regions.isEmpty()) {
            criteria = criteria.withRegions(regions.stream().map(r -> Region.fromLabel(r).orElseThrow(
                    () -> new IllegalArgumentException("no region " + r))).toList());
        }
        return criteria;
    }
}

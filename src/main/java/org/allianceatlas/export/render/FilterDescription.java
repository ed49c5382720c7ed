package org.allianceatlas.export.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.model.Region;
import org.allianceatlas.model.Subregion;
import org.allianceatlas.model.TieType;

/** The default title of a picture and the words for its active filters. */
public final class FilterDescription {

    private FilterDescription() {
    }

    /** "Defence alignments, YEAR". */
    public static String defaultTitle(AlignmentView view) {
        return "Defence alignments, " + view.criteria().year();
    }

    /**
     * The filters that narrow the view, e.g. "Organisations: NATO, EU · Regions: Europe · Tie types: mutual
     * defence"; empty when everything is shown.
     */
    public static String activeFilters(AlignmentView view) {
        FilterCriteria c = view.criteria();
        var parts = new ArrayList<String>();
        if (!c.organisations().all()) {
            var dataset = view.source().dataset();
            var names = c.organisations().items().stream()
                    .map(id -> dataset.organisation(id).map(o -> o.shortLabelIn(c.year())).orElse(id))
                    .sorted(String.CASE_INSENSITIVE_ORDER).toList();
            parts.add("Organisations: " + (names.isEmpty() ? "none" : String.join(", ", names)));
        }
        if (!c.subregions().all()) {
            parts.add("Regions: " + regions(c));
        }
        if (!c.tieTypes().all()) {
            var types = c.tieTypes().items().stream().sorted(Comparator.comparing(TieType::ordinal))
                    .map(t -> t.label().toLowerCase(Locale.ROOT)).toList();
            parts.add("Tie types: " + (types.isEmpty() ? "none" : String.join(", ", types)));
        }
        if (c.basis() == DateBasis.ENTRY_INTO_FORCE) {
            parts.add("clauses counted from entry into force");
        }
        if (c.showIsolated()) {
            parts.add("states without ties shown");
        }
        return String.join(" \u00b7 ", parts);
    }

    /** Whole regions by name, the rest as sub-regions. */
    private static String regions(FilterCriteria c) {
        var names = new ArrayList<String>();
        for (var region : Region.values()) {
            List<Subregion> subs = region.subregions();
            var selected = subs.stream().filter(c.subregions()::contains).toList();
            if (selected.size() == subs.size()) {
                names.add(region.label());
            } else {
                selected.forEach(s -> names.add(s.label()));
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}

package org.allianceatlas.bench.legibility;

import java.util.List;
import java.util.Locale;

/** Legibility reports as a Markdown table, one row a picture. */
public final class LegibilityTable {

    private static final String HEADER = """
            | picture | labels | vertices | overlapping label pairs | labels on another vertex | overlapping vertex \
            pairs | labels off the page | smallest / median state label (px) | page filled | beside legend filled | \
            labels attributed by key / text / position | measured in |
            |---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|
            """;

    private LegibilityTable() {
    }

    /** The table; {@code names} gives each report's row name (the same length as {@code reports}). */
    public static String of(List<String> names, List<LegibilityReport> reports) {
        var out = new StringBuilder(HEADER);
        for (int i = 0; i < reports.size(); i++) {
            out.append(row(names.get(i), reports.get(i))).append('\n');
        }
        return out.toString();
    }

    /** One row, without the line break. */
    public static String row(String name, LegibilityReport r) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %s / %s | %.0f %% | %.0f %% | "
                        + "%d / %d / %d | %s |",
                name, r.labels(), r.vertices(), r.overlappingLabels(), r.labelsOnOtherVertex(),
                r.overlappingVertices(), r.labelsOffPage(), px(r.smallestStateLabel()), px(r.medianStateLabel()),
                100 * r.pageFilled(), 100 * r.besideLegendFilled(), r.byKey(), r.byTitle(), r.byNearest(),
                String.join(", ", r.fonts()));
    }

    private static String px(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }
}

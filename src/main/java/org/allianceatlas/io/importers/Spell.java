package org.allianceatlas.io.importers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.YearSpan;

/** A membership interval read from one row, with the row it came from (for citations and problems). */
record Spell(YearSpan span, int line, String rowRef) {

    /**
     * Merges spells of one state in one alliance into non-overlapping spells: consecutive phases (the next starts on
     * or before the day after the previous ends) and overlapping rows become one spell; a real gap stays a gap.
     * The merged spell cites the rows it came from.
     */
    static List<Spell> merge(List<Spell> spells) {
        var sorted = new ArrayList<>(spells);
        sorted.sort(Comparator.comparing((Spell s) -> s.span.start()).thenComparing(s -> s.line));
        var merged = new ArrayList<Spell>();
        for (var s : sorted) {
            if (!merged.isEmpty()) {
                var last = merged.get(merged.size() - 1);
                if (continues(last.span, s.span)) {
                    var end = last.span.end() == null || s.span.end() == null ? null
                            : max(last.span.end(), s.span.end());
                    merged.set(merged.size() - 1, new Spell(new YearSpan(last.span.start(), end), last.line,
                            last.rowRef + ", " + s.rowRef));
                    continue;
                }
            }
            merged.add(s);
        }
        return merged;
    }

    private static boolean continues(YearSpan earlier, YearSpan later) {
        if (earlier.end() == null) {
            return true;
        }
        var dayAfter = earlier.end().firstDay().plusDays(1);
        // Year-precision ends are ambiguous: treat a start in the end's year as continuing.
        boolean sameYear = !earlier.end().hasMonth() && later.start().year() <= earlier.end().year();
        return sameYear || !later.start().firstDay().isAfter(dayAfter);
    }

    private static PartialDate max(PartialDate a, PartialDate b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

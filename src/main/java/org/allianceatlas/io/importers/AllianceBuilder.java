package org.allianceatlas.io.importers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;

/** Everything read about one alliance of a research dataset, before it becomes an organisation or clauses. */
final class AllianceBuilder {

    final String datasetId;
    final int allianceId;
    final Map<String, List<Spell>> spellsByState = new LinkedHashMap<>();
    final Set<TieType> obligations = EnumSet.noneOf(TieType.class);
    boolean bilateralFlag;
    PartialDate begin;
    PartialDate end;
    boolean endKnown;
    /** The dataset's own class of the alliance (COW's {@code ss_type}, e.g. "Type I: Defense Pact"), or null. */
    String classification;
    /** The tie type {@code classification} names, used when no obligation flag is set; or null. */
    TieType classifiedAs;
    /** The line of the row that gave the alliance-level columns, or 0 before any did. */
    int allianceLevelRow;

    AllianceBuilder(String datasetId, int allianceId) {
        this.datasetId = datasetId;
        this.allianceId = allianceId;
    }

    /**
     * The obligations a row's 0/1 flags give, {@code flags} mapping each flag column to the tie type it means. A
     * malformed flag {@linkplain CsvTable#flag skips the row}.
     */
    static Set<TieType> obligations(CsvTable t, CsvTable.Row row, Map<String, TieType> flags) {
        var found = EnumSet.noneOf(TieType.class);
        flags.forEach((column, type) -> {
            if (t.flag(row, column)) {
                found.add(type);
            }
        });
        return found;
    }

    void add(String iso3, Spell spell) {
        spellsByState.computeIfAbsent(iso3, k -> new ArrayList<>()).add(spell);
    }

    /** A bilateral alliance becomes clauses: exactly two states (the flag alone is not enough: successor states). */
    boolean isBilateral() {
        return spellsByState.size() == 2;
    }

    /**
     * The alliance's lifetime: the alliance-level dates if given, widened to cover every member's spell (so that no
     * membership lies outside it), else the span of its members' spells; open when any spell is.
     */
    YearSpan lifetime() {
        var spans = spellsByState.values().stream().flatMap(List::stream).map(Spell::span).toList();
        var first = spans.stream().map(YearSpan::start).min(Comparator.naturalOrder()).orElse(begin);
        if (begin != null && begin.compareTo(first) < 0) {
            first = begin;
        }
        if (spans.stream().anyMatch(YearSpan::isOpen) || endKnown && end == null) {
            return new YearSpan(first, null);
        }
        var last = spans.stream().map(YearSpan::end).max(Comparator.naturalOrder()).orElse(end);
        if (endKnown && end.compareTo(last) > 0) {
            last = end;
        }
        return new YearSpan(first, last);
    }
}

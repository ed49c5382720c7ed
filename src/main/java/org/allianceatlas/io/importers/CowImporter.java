package org.allianceatlas.io.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;

/**
 * Imports Correlates of War Formal Alliances v4.1 CSV files: the by-member file ({@code version4id}, {@code ccode},
 * {@code mem_st_*}, {@code mem_end_*}; an empty end means still in force) and the dyad-level files
 * ({@code ccode1}, {@code ccode2}, {@code dyad_st_*}, {@code dyad_end_*}). The by-member file wins where both describe
 * an alliance. Dyads are symmetric: a pair listed in one direction only, or in both, is one tie. Obligation flags
 * become tie types: defense → mutual defence, neutrality, nonaggression → non-aggression, entente → consultation.
 */
public final class CowImporter {

    static final List<String> MEMBER_COLUMNS = List.of("version4id", "ccode", "mem_st_year", "mem_end_year",
            "defense", "neutrality", "nonaggression", "entente");
    static final List<String> DYAD_COLUMNS = List.of("version4id", "ccode1", "ccode2", "dyad_st_year",
            "dyad_end_year", "defense", "neutrality", "nonaggression", "entente");
    /** The obligation flags and the tie type each gives the alliance. */
    private static final Map<String, TieType> OBLIGATIONS = Map.of("defense", TieType.MUTUAL_DEFENCE,
            "neutrality", TieType.NEUTRALITY, "nonaggression", TieType.NON_AGGRESSION, "entente",
            TieType.CONSULTATION);

    private final CowCrosswalk crosswalk;
    private final Map<String, State> knownStates;

    public CowImporter(CowCrosswalk crosswalk, Map<String, State> knownStates) {
        this.crosswalk = crosswalk;
        this.knownStates = knownStates;
    }

    /** Imports by-member and/or dyad-level files, told apart by their headers. Never throws. */
    public ImportResult importFiles(List<Path> files) {
        var problems = new ArrayList<Problem>(crosswalk.problems());
        var byMember = new TreeMap<Integer, AllianceBuilder>();
        var byDyad = new TreeMap<Integer, AllianceBuilder>();
        var skipped = new ArrayList<Problem>();
        DatasetAssembler assembler = null;
        for (var f : files) {
            var t = CsvTable.read(f, f.toString());
            if (assembler == null) {
                assembler = new DatasetAssembler(ResearchDataset.COW, knownStates, crosswalk, problems, t.file());
            }
            if (t.hasColumn("ccode1")) {
                if (t.requireColumns(DYAD_COLUMNS, "a COW dyad-level alliance file")) {
                    readDyads(t, byDyad, assembler);
                }
            } else if (t.problems().isEmpty() || t.hasColumn("ccode")) {
                if (t.requireColumns(MEMBER_COLUMNS, "a COW by-member alliance file (alliance_v4.1_by_member.csv)")) {
                    readMembers(t, byMember, assembler);
                }
            }
            problems.addAll(t.problems());
            skipped.addAll(t.skippedRows());
        }
        if (assembler == null) {
            problems.add(Problem.ofFile(Severity.ERROR, "(no file)", "no COW alliance file given"));
            return new ImportResult(Dataset.empty(), problems);
        }
        byDyad.forEach(byMember::putIfAbsent);
        return new ImportResult(assembler.assemble(byMember.values()), problems, skipped);
    }

    private void readMembers(CsvTable t, Map<Integer, AllianceBuilder> alliances, DatasetAssembler assembler) {
        for (var row : t.rows()) {
            // Every field is read before the row is judged, so that all of its problems are reported at once.
            var id = t.required(row, "version4id");
            var code = t.required(row, "ccode");
            var span = span(t, row, "mem_st", "mem_end");
            var obligations = AllianceBuilder.obligations(t, row, OBLIGATIONS);
            var iso = resolve(t, row, "ccode", code, span);
            if (t.isSkipped(row)) {
                continue;
            }
            var a = alliances.computeIfAbsent(id.getAsInt(), k -> new AllianceBuilder("cow", k));
            add(row, code.getAsInt(), iso.get(), span.get(), a, assembler);
            a.obligations.addAll(obligations);
        }
    }

    private void readDyads(CsvTable t, Map<Integer, AllianceBuilder> alliances, DatasetAssembler assembler) {
        for (var row : t.rows()) {
            var id = t.required(row, "version4id");
            var c1 = t.required(row, "ccode1");
            var c2 = t.required(row, "ccode2");
            var span = span(t, row, "dyad_st", "dyad_end");
            var obligations = AllianceBuilder.obligations(t, row, OBLIGATIONS);
            var iso1 = resolve(t, row, "ccode1", c1, span);
            var iso2 = resolve(t, row, "ccode2", c2, span);
            if (t.isSkipped(row)) {
                continue;
            }
            var a = alliances.computeIfAbsent(id.getAsInt(), k -> new AllianceBuilder("cow", k));
            // Both ends join the alliance for the dyad's span; a pair listed in both directions adds the same
            // spells twice, which Spell.merge folds into one.
            add(row, c1.getAsInt(), iso1.get(), span.get(), a, assembler);
            add(row, c2.getAsInt(), iso2.get(), span.get(), a, assembler);
            a.obligations.addAll(obligations);
        }
    }

    /** The span of {@code prefix_st_*} to {@code prefix_end_*}; empty (the row skipped) when unusable or reversed. */
    private static Optional<YearSpan> span(CsvTable t, CsvTable.Row row, String start, String end) {
        var from = AtopImporter.date(t, row, start + "_year", start + "_month", start + "_day", false);
        var to = AtopImporter.date(t, row, end + "_year", end + "_month", end + "_day", true);
        if (from.date() == null || !to.usable()) {
            return Optional.empty();
        }
        var span = new YearSpan(from.date(), to.date());
        if (!span.isOrdered()) {
            t.skip(row, end + "_year", "the end " + span.end() + " is before the start " + span.start());
            return Optional.empty();
        }
        return Optional.of(span);
    }

    /** The ISO code of the state code in {@code column}, in the span's first year; empty when either is unusable. */
    private Optional<String> resolve(CsvTable t, CsvTable.Row row, String column, OptionalInt code,
                                     Optional<YearSpan> span) {
        return code.isEmpty() || span.isEmpty() ? Optional.empty()
                : crosswalk.resolve(t, row, column, code.getAsInt(), span.get().start().year());
    }

    private static void add(CsvTable.Row row, int code, String iso3, YearSpan span, AllianceBuilder a,
                            DatasetAssembler assembler) {
        a.add(iso3, new Spell(span, row.line(), "row " + row.line() + " (ccode " + code + ")"));
        assembler.sawCode(iso3, code);
    }
}

package org.allianceatlas.io.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        }
        if (assembler == null) {
            problems.add(Problem.ofFile(Severity.ERROR, "(no file)", "no COW alliance file given"));
            return new ImportResult(Dataset.empty(), problems);
        }
        byDyad.forEach(byMember::putIfAbsent);
        return new ImportResult(assembler.assemble(byMember.values()), problems);
    }

    private void readMembers(CsvTable t, Map<Integer, AllianceBuilder> alliances, DatasetAssembler assembler) {
        for (var row : t.rows()) {
            var id = t.integer(row, "version4id");
            var code = t.integer(row, "ccode");
            var start = AtopImporter.date(t, row, "mem_st_year", "mem_st_month", "mem_st_day", false);
            var end = AtopImporter.date(t, row, "mem_end_year", "mem_end_month", "mem_end_day", true);
            if (id.isEmpty() || code.isEmpty() || !start.usable() || !end.usable()) {
                if (id.isEmpty() || code.isEmpty()) {
                    t.report(row, id.isEmpty() ? "version4id" : "ccode", "version4id and ccode are required");
                }
                continue;
            }
            var a = alliances.computeIfAbsent(id.getAsInt(), k -> new AllianceBuilder("cow", k));
            if (add(t, row, "ccode", code.getAsInt(), new YearSpan(start.date(), end.date()), a, assembler)) {
                flags(t, row, a);
            }
        }
    }

    private void readDyads(CsvTable t, Map<Integer, AllianceBuilder> alliances, DatasetAssembler assembler) {
        for (var row : t.rows()) {
            var id = t.integer(row, "version4id");
            var c1 = t.integer(row, "ccode1");
            var c2 = t.integer(row, "ccode2");
            var start = AtopImporter.date(t, row, "dyad_st_year", "dyad_st_month", "dyad_st_day", false);
            var end = AtopImporter.date(t, row, "dyad_end_year", "dyad_end_month", "dyad_end_day", true);
            if (id.isEmpty() || c1.isEmpty() || c2.isEmpty() || !start.usable() || !end.usable()) {
                if (id.isEmpty() || c1.isEmpty() || c2.isEmpty()) {
                    t.report(row, "version4id", "version4id, ccode1 and ccode2 are required");
                }
                continue;
            }
            var span = new YearSpan(start.date(), end.date());
            var a = alliances.computeIfAbsent(id.getAsInt(), k -> new AllianceBuilder("cow", k));
            // Both ends join the alliance for the dyad's span; a pair listed in both directions adds the same
            // spells twice, which Spell.merge folds into one.
            boolean ok = add(t, row, "ccode1", c1.getAsInt(), span, a, assembler);
            ok &= add(t, row, "ccode2", c2.getAsInt(), span, a, assembler);
            if (ok) {
                flags(t, row, a);
            }
        }
    }

    private boolean add(CsvTable t, CsvTable.Row row, String column, int code, YearSpan span, AllianceBuilder a,
                        DatasetAssembler assembler) {
        if (!span.isOrdered()) {
            t.report(row, column, "the end " + span.end() + " is before the start " + span.start()
                    + "; the row is skipped");
            return false;
        }
        var iso = crosswalk.lookup(code, span.start().year());
        if (iso.isEmpty()) {
            t.problems().add(CowCrosswalk.unknownCode(t, row, column, code));
            return false;
        }
        if (iso.get().warning() != null) {
            t.warn(row, column, iso.get().warning());
        }
        a.add(iso.get().iso3(), new Spell(span, row.line(), "row " + row.line() + " (ccode " + code + ")"));
        assembler.sawCode(iso.get().iso3(), code);
        return true;
    }

    private static void flags(CsvTable t, CsvTable.Row row, AllianceBuilder a) {
        if (t.integer(row, "defense").orElse(0) == 1) {
            a.obligations.add(TieType.MUTUAL_DEFENCE);
        }
        if (t.integer(row, "neutrality").orElse(0) == 1) {
            a.obligations.add(TieType.NEUTRALITY);
        }
        if (t.integer(row, "nonaggression").orElse(0) == 1) {
            a.obligations.add(TieType.NON_AGGRESSION);
        }
        if (t.integer(row, "entente").orElse(0) == 1) {
            a.obligations.add(TieType.CONSULTATION);
        }
    }
}

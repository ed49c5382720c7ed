package org.allianceatlas.io.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;

/**
 * Imports Correlates of War Formal Alliances v4.1 CSV files: the by-member file ({@code version4id}, {@code ccode},
 * {@code mem_st_*}, {@code mem_end_*}; an empty end means still in force) and the dyad-level files
 * ({@code ccode1}, {@code ccode2}, {@code dyad_st_*}, {@code dyad_end_*}). The by-member file wins where both describe
 * an alliance. Dyads are symmetric: a pair listed in one direction only, or in both, is one tie. Obligation flags
 * become tie types: defense → mutual defence, neutrality, nonaggression → non-aggression, entente → consultation.
 *
 * <p>The by-member file's alliance-level columns are read too: {@code all_st_*}/{@code all_end_*} give the
 * organisation's lifetime and {@code ss_type} its COW class (and its tie type when no flag is set). The version cited
 * is the one the {@code version} column (or else the file names) state ({@link DatasetVersions}).
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
        var versions = new ArrayList<String>();
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
            } else if (t.hasHeader()) { // a bad row must not hide that the file is of another kind
                if (t.requireColumns(MEMBER_COLUMNS, "a COW by-member alliance file (alliance_v4.1_by_member.csv)")) {
                    readMembers(t, byMember, assembler);
                }
            }
            problems.addAll(t.problems());
            skipped.addAll(t.skippedRows());
            t.rows().stream().map(row -> t.text(row, "version")).filter(v -> !v.isEmpty()).forEach(versions::add);
        }
        if (assembler == null) {
            problems.add(Problem.ofFile(Severity.ERROR, "(no file)", "no COW alliance file given"));
            return new ImportResult(Dataset.empty(), problems);
        }
        byDyad.forEach(byMember::putIfAbsent);
        if (versions.isEmpty()) {
            files.forEach(f -> DatasetVersions.ofCowFile(f).ifPresent(versions::add));
        }
        var version = DatasetVersions.agreed(versions, ResearchDataset.COW, files.get(0).toString(), "the version "
                + "column or the file names (alliance_v4.1_by_member.csv is 4.1)", problems);
        return new ImportResult(assembler.assemble(byMember.values(), version), problems, skipped);
    }

    private void readMembers(CsvTable t, Map<Integer, AllianceBuilder> alliances, DatasetAssembler assembler) {
        for (var row : t.rows()) {
            // Every field is read before the row is judged, so that all of its problems are reported at once.
            var id = t.identifier(row, "version4id");
            var code = t.identifier(row, "ccode");
            var span = span(t, row, "mem_st", "mem_end");
            var obligations = AllianceBuilder.obligations(t, row, OBLIGATIONS);
            var iso = resolve(t, row, "ccode", code, span);
            // The alliance's own dates, repeated on each of its rows; optional, as not every export has them.
            var begin = t.hasColumn("all_st_year")
                    ? AtopImporter.date(t, row, "all_st_year", "all_st_month", "all_st_day", true) : null;
            var end = t.hasColumn("all_end_year")
                    ? AtopImporter.date(t, row, "all_end_year", "all_end_month", "all_end_day", true) : null;
            if (t.isSkipped(row)) {
                continue;
            }
            var a = alliances.computeIfAbsent(id.getAsInt(), k -> new AllianceBuilder("cow", k));
            add(row, code.getAsInt(), iso.get(), span.get(), a, assembler);
            a.obligations.addAll(obligations);
            allianceLevel(t, row, a, begin, end);
        }
    }

    /**
     * Takes the alliance-level columns of a by-member row: {@code all_st_*} and {@code all_end_*} (empty end = still
     * in force) give the organisation's lifetime (widened to its members' spells), {@code ss_type} its COW class and,
     * when no obligation flag is set, its tie type. The alliance's first row gives them; a later row that says
     * otherwise is reported with a warning.
     */
    private static void allianceLevel(CsvTable t, CsvTable.Row row, AllianceBuilder a, AtopImporter.DateField begin,
                                      AtopImporter.DateField end) {
        var type = t.text(row, "ss_type");
        if (a.allianceLevelRow == 0) {
            a.allianceLevelRow = row.line();
            a.begin = begin == null ? null : begin.date();
            a.endKnown = end != null;
            a.end = end == null ? null : end.date();
            a.classification = type.isEmpty() ? null : type;
            a.classifiedAs = impliedType(type);
            return;
        }
        var earlier = " in row " + a.allianceLevelRow + "; that row's value is used";
        if (begin != null && !Objects.equals(begin.date(), a.begin)) {
            t.warn(row, "all_st_year", "alliance " + a.allianceId + " starts " + text(begin.date()) + " here but "
                    + text(a.begin) + earlier);
        }
        if (end != null && a.endKnown && !Objects.equals(end.date(), a.end)) {
            t.warn(row, "all_end_year", "alliance " + a.allianceId + " ends " + text(end.date()) + " here but "
                    + text(a.end) + earlier);
        }
        if (!type.equals(a.classification == null ? "" : a.classification)) {
            t.warn(row, "ss_type", "alliance " + a.allianceId + " is of type '" + type + "' here but '"
                    + (a.classification == null ? "" : a.classification) + "'" + earlier);
        }
    }

    private static String text(PartialDate date) {
        return date == null ? "(no date)" : date.toString();
    }

    /**
     * The tie type that COW's {@code ss_type} names ("Type I: Defense Pact" is mutual defence), or null when it names
     * none. Read from its words rather than its numerals, which sources number differently.
     */
    static TieType impliedType(String ssType) {
        var t = ssType.toLowerCase(Locale.ROOT);
        if (t.contains("defense") || t.contains("defence")) {
            return TieType.MUTUAL_DEFENCE;
        } else if (t.contains("non-aggression") || t.contains("nonaggression")) {
            return TieType.NON_AGGRESSION;
        } else if (t.contains("neutral")) {
            return TieType.NEUTRALITY;
        } else if (t.contains("entente")) {
            return TieType.CONSULTATION;
        }
        return null;
    }

    private void readDyads(CsvTable t, Map<Integer, AllianceBuilder> alliances, DatasetAssembler assembler) {
        for (var row : t.rows()) {
            var id = t.identifier(row, "version4id");
            var c1 = t.identifier(row, "ccode1");
            var c2 = t.identifier(row, "ccode2");
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

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
import org.allianceatlas.model.PartialDate;
import org.allianceatlas.model.State;
import org.allianceatlas.model.TieType;
import org.allianceatlas.model.YearSpan;

/**
 * Imports ATOP (v4 and v5) CSV files: the member-level file (one row per alliance × member × phase) and,
 * optionally, the alliance-level file. Which file is which is told by its header. A member's consecutive phases are
 * merged into one membership; {@code yrexit = 0} means the membership was still in effect at the end of the data (an
 * open end). Obligation flags ({@code defense}, {@code offense}, {@code neutral}, {@code nonagg}, {@code consul})
 * become the alliance's tie types.
 *
 * <p>Of the alliance-level file only the dates are read ({@code begyr}…{@code endday}: the alliance's lifetime). Its
 * member list ({@code mem1}…{@code memN}) is not: the member-level file gives the same members with their own dates
 * and phases. The version cited is the one ATOP's file names state ({@link DatasetVersions}).
 */
public final class AtopImporter {

    static final List<String> MEMBER_COLUMNS = List.of("atopid", "member", "yrent", "moent", "dayent", "yrexit",
            "moexit", "dayexit", "phase", "bilat", "defense", "offense", "neutral", "nonagg", "consul");
    static final List<String> ALLIANCE_COLUMNS = List.of("atopid", "begyr", "endyr");
    /** The member-level obligation flags and the tie type each gives the alliance. */
    private static final Map<String, TieType> OBLIGATIONS = Map.of("defense", TieType.MUTUAL_DEFENCE,
            "offense", TieType.OFFENSIVE_PACT, "neutral", TieType.NEUTRALITY, "nonagg", TieType.NON_AGGRESSION,
            "consul", TieType.CONSULTATION);

    private final CowCrosswalk crosswalk;
    private final Map<String, State> knownStates;

    /**
     * @param crosswalk   COW code → ISO code mapping (ATOP uses COW codes)
     * @param knownStates states already loaded (the shipped data), used instead of placeholders
     */
    public AtopImporter(CowCrosswalk crosswalk, Map<String, State> knownStates) {
        this.crosswalk = crosswalk;
        this.knownStates = knownStates;
    }

    /**
     * Imports the given files (member-level required, alliance-level optional, in any order; several member-level
     * files are read one after the other). Never throws.
     */
    public ImportResult importFiles(List<Path> files) {
        var problems = new ArrayList<Problem>(crosswalk.problems());
        var alliances = new TreeMap<Integer, AllianceBuilder>();
        var tables = new ArrayList<CsvTable>();
        var memberTables = new ArrayList<CsvTable>();
        var allianceTables = new ArrayList<CsvTable>();
        for (var f : files) {
            var t = CsvTable.read(f, f.toString());
            tables.add(t);
            if (t.hasColumn("member") && t.hasColumn("atopid")) {
                memberTables.add(t);
            } else if (t.hasColumn("begyr") && t.hasColumn("atopid")) {
                allianceTables.add(t);
            } else if (t.hasHeader()) { // a bad row must not hide that the file is of another kind
                t.requireColumns(MEMBER_COLUMNS, "an ATOP member-level file (atop5_1m.csv)");
            }
        }
        if (memberTables.isEmpty()) {
            tables.forEach(t -> problems.addAll(t.problems()));
            if (problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
                problems.add(Problem.ofFile(Severity.ERROR, files.isEmpty() ? "(no file)" : files.get(0).toString(),
                        "no ATOP member-level file given: it has the columns " + String.join(", ", MEMBER_COLUMNS)));
            }
            return new ImportResult(Dataset.empty(), problems);
        }
        var assembler = new DatasetAssembler(ResearchDataset.ATOP, knownStates, crosswalk, problems,
                memberTables.get(0).file());
        for (var t : memberTables) {
            if (t.requireColumns(MEMBER_COLUMNS, "an ATOP member-level file (atop5_1m.csv)")) {
                readMembers(t, alliances, assembler);
            }
        }
        allianceTables.forEach(t -> readAlliances(t, alliances));
        // Each table collected its own problems while it was read and processed.
        var skipped = new ArrayList<Problem>();
        for (var t : tables) {
            problems.addAll(t.problems());
            skipped.addAll(t.skippedRows());
        }
        var version = DatasetVersions.agreed(files.stream().flatMap(f -> DatasetVersions.ofAtopFile(f).stream())
                .toList(), ResearchDataset.ATOP, memberTables.get(0).file(), "the file names (ATOP names them by "
                + "version: atop5_1m.csv is 5.1, atop4_01m.csv is 4.01)", problems);
        return new ImportResult(assembler.assemble(alliances.values(), version), problems, skipped);
    }

    private void readMembers(CsvTable t, Map<Integer, AllianceBuilder> alliances, DatasetAssembler assembler) {
        for (var row : t.rows()) {
            // Every field is read before the row is judged, so that all of its problems are reported at once.
            var id = t.identifier(row, "atopid");
            var member = t.identifier(row, "member");
            var start = date(t, row, "yrent", "moent", "dayent", false);
            var end = date(t, row, "yrexit", "moexit", "dayexit", true);
            var obligations = AllianceBuilder.obligations(t, row, OBLIGATIONS);
            boolean bilateral = t.flag(row, "bilat");
            var iso = member.isPresent() && start.date() != null
                    ? crosswalk.resolve(t, row, "member", member.getAsInt(), start.date().year())
                    : Optional.<String>empty();
            if (start.date() != null && end.usable() && !new YearSpan(start.date(), end.date()).isOrdered()) {
                t.skip(row, "yrexit", "exit " + end.date() + " is before entry " + start.date());
            }
            if (t.isSkipped(row)) {
                continue;
            }
            var a = alliances.computeIfAbsent(id.getAsInt(), k -> new AllianceBuilder("atop", k));
            a.add(iso.get(), new Spell(new YearSpan(start.date(), end.date()), row.line(), "row " + row.line()
                    + " (member " + member.getAsInt() + ", phase " + t.text(row, "phase") + ")"));
            assembler.sawCode(iso.get(), member.getAsInt());
            a.obligations.addAll(obligations);
            a.bilateralFlag |= bilateral;
        }
    }

    private void readAlliances(CsvTable t, Map<Integer, AllianceBuilder> alliances) {
        if (!t.requireColumns(ALLIANCE_COLUMNS, "an ATOP alliance-level file (atop5_1a.csv)")) {
            return;
        }
        for (var row : t.rows()) {
            var id = t.identifier(row, "atopid");
            var begin = date(t, row, "begyr", "begmo", "begday", false);
            var end = date(t, row, "endyr", "endmo", "endday", true);
            if (t.isSkipped(row)) {
                continue;
            }
            var a = alliances.get(id.getAsInt());
            if (a == null) {
                t.warn(row, "atopid", "alliance " + id.getAsInt() + " has no rows in the member-level file; "
                        + "it is not imported");
                continue;
            }
            a.begin = begin.date();
            a.endKnown = true;
            a.end = end.date();
        }
    }

    /**
     * A date read from year/month/day columns: {@code usable} is false when the row must be skipped (the problem is
     * reported); {@code date} is null when the columns say "no date" (an end year of 0 or empty).
     */
    record DateField(boolean usable, PartialDate date) {
        static final DateField NONE = new DateField(true, null);
        static final DateField BAD = new DateField(false, null);
    }

    /**
     * Reads a partial date; a month or day of 0 or empty lowers the precision. With {@code optional}, a year of 0
     * or empty means no date (ATOP's "still in effect").
     */
    static DateField date(CsvTable t, CsvTable.Row row, String yCol, String mCol, String dCol, boolean optional) {
        var y = t.integer(row, yCol);
        if (y.isEmpty() && !CsvTable.isAbsent(t.text(row, yCol))) {
            return DateField.BAD; // not a whole number: reported by integer()
        }
        if (y.isEmpty() || y.getAsInt() == 0) {
            if (optional) {
                return DateField.NONE;
            }
            t.skip(row, yCol, y.isEmpty() ? "column " + yCol + " is empty but required"
                    : "column " + yCol + " is 0 but a year is required");
            return DateField.BAD;
        }
        if (y.getAsInt() < 1000 || y.getAsInt() > 2100) {
            t.skip(row, yCol, "year " + y.getAsInt() + " in column " + yCol + " is out of range");
            return DateField.BAD;
        }
        int m = positive(t.lenient(row, mCol, "the date is read to the year only"));
        int d = m == 0 ? 0 : positive(t.lenient(row, dCol, "the date is read to the month only"));
        if (m > 12) {
            t.warn(row, mCol, "month " + m + " is impossible; the date is read to the year only");
            return new DateField(true, PartialDate.ofYear(y.getAsInt()));
        }
        try {
            return new DateField(true, new PartialDate(y.getAsInt(), m, d));
        } catch (IllegalArgumentException e) {
            t.warn(row, dCol, "day " + d + " does not exist in " + y.getAsInt() + "-" + m
                    + "; the date is read to the month only");
            return new DateField(true, new PartialDate(y.getAsInt(), m, 0));
        }
    }

    private static int positive(OptionalInt v) {
        return v.isPresent() && v.getAsInt() > 0 ? v.getAsInt() : 0;
    }
}

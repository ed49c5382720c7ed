package org.allianceatlas.io.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * optionally, the alliance-level file ({@code begyr}…{@code endyr}, {@code mem1}…). Which file is which is told by its
 * header. A member's consecutive phases are merged into one membership; {@code yrexit = 0} means the membership was
 * still in effect at the end of the data (an open end). Obligation flags ({@code defense}, {@code offense},
 * {@code neutral}, {@code nonagg}, {@code consul}) become the alliance's tie types.
 */
public final class AtopImporter {

    static final List<String> MEMBER_COLUMNS = List.of("atopid", "member", "yrent", "moent", "dayent", "yrexit",
            "moexit", "dayexit", "phase", "bilat", "defense", "offense", "neutral", "nonagg", "consul");
    static final List<String> ALLIANCE_COLUMNS = List.of("atopid", "begyr", "endyr");

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

    /** Imports the given files (member-level required, alliance-level optional, in any order). Never throws. */
    public ImportResult importFiles(List<Path> files) {
        var problems = new ArrayList<Problem>(crosswalk.problems());
        var alliances = new TreeMap<Integer, AllianceBuilder>();
        var tables = new ArrayList<CsvTable>();
        CsvTable memberTable = null;
        CsvTable allianceTable = null;
        for (var f : files) {
            var t = CsvTable.read(f, f.toString());
            tables.add(t);
            if (t.hasColumn("member") && t.hasColumn("atopid")) {
                memberTable = t;
            } else if (t.hasColumn("begyr") && t.hasColumn("atopid")) {
                allianceTable = t;
            } else if (t.problems().isEmpty()) {
                t.requireColumns(MEMBER_COLUMNS, "an ATOP member-level file (atop5_1m.csv)");
            }
        }
        if (memberTable == null) {
            tables.forEach(t -> problems.addAll(t.problems()));
            if (problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
                problems.add(Problem.ofFile(Severity.ERROR, files.isEmpty() ? "(no file)" : files.get(0).toString(),
                        "no ATOP member-level file given: it has the columns " + String.join(", ", MEMBER_COLUMNS)));
            }
            return new ImportResult(Dataset.empty(), problems);
        }
        var assembler = new DatasetAssembler(ResearchDataset.ATOP, knownStates, crosswalk, problems,
                memberTable.file());
        if (memberTable.requireColumns(MEMBER_COLUMNS, "an ATOP member-level file (atop5_1m.csv)")) {
            readMembers(memberTable, alliances, assembler);
        }
        if (allianceTable != null) {
            readAlliances(allianceTable, alliances);
        }
        // Each table collected its own problems while it was read and processed.
        tables.forEach(t -> problems.addAll(t.problems()));
        return new ImportResult(assembler.assemble(alliances.values()), problems);
    }

    private void readMembers(CsvTable t, Map<Integer, AllianceBuilder> alliances, DatasetAssembler assembler) {
        for (var row : t.rows()) {
            var id = t.integer(row, "atopid");
            var member = t.integer(row, "member");
            var start = date(t, row, "yrent", "moent", "dayent", false);
            var end = date(t, row, "yrexit", "moexit", "dayexit", true);
            if (id.isEmpty() || member.isEmpty() || !start.usable() || !end.usable()) {
                if (id.isEmpty() || member.isEmpty()) {
                    t.report(row, id.isEmpty() ? "atopid" : "member", "atopid and member are required");
                }
                continue;
            }
            var iso = crosswalk.lookup(member.getAsInt(), start.date().year());
            if (iso.isEmpty()) {
                t.problems().add(CowCrosswalk.unknownCode(t, row, "member", member.getAsInt()));
                continue;
            }
            if (iso.get().warning() != null) {
                t.warn(row, "member", iso.get().warning());
            }
            var span = new YearSpan(start.date(), end.date());
            if (!span.isOrdered()) {
                t.report(row, "yrexit", "exit " + end.date() + " is before entry " + start.date()
                        + "; the row is skipped");
                continue;
            }
            var a = alliances.computeIfAbsent(id.getAsInt(), k -> new AllianceBuilder("atop", k));
            a.add(iso.get().iso3(), new Spell(span, row.line(), "row " + row.line() + " (member "
                    + member.getAsInt() + ", phase " + t.text(row, "phase") + ")"));
            assembler.sawCode(iso.get().iso3(), member.getAsInt());
            flag(t, row, "defense", TieType.MUTUAL_DEFENCE, a);
            flag(t, row, "offense", TieType.OFFENSIVE_PACT, a);
            flag(t, row, "neutral", TieType.NEUTRALITY, a);
            flag(t, row, "nonagg", TieType.NON_AGGRESSION, a);
            flag(t, row, "consul", TieType.CONSULTATION, a);
            a.bilateralFlag |= t.integer(row, "bilat").orElse(0) == 1;
        }
    }

    private void readAlliances(CsvTable t, Map<Integer, AllianceBuilder> alliances) {
        if (!t.requireColumns(ALLIANCE_COLUMNS, "an ATOP alliance-level file (atop5_1a.csv)")) {
            return;
        }
        for (var row : t.rows()) {
            var id = t.integer(row, "atopid");
            var a = id.isEmpty() ? null : alliances.get(id.getAsInt());
            if (a == null) {
                if (id.isPresent()) {
                    t.warn(row, "atopid", "alliance " + id.getAsInt() + " has no rows in the member-level file; "
                            + "it is not imported");
                }
                continue;
            }
            var begin = date(t, row, "begyr", "begmo", "begday", false);
            var end = date(t, row, "endyr", "endmo", "endday", true);
            if (begin.date() != null) {
                a.begin = begin.date();
            }
            if (end.usable() && t.hasColumn("endyr")) {
                a.endKnown = true;
                a.end = end.date();
            }
        }
    }

    private static void flag(CsvTable t, CsvTable.Row row, String column, TieType type, AllianceBuilder a) {
        if (t.integer(row, column).orElse(0) == 1) {
            a.obligations.add(type);
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
        if (y.isEmpty() || y.getAsInt() == 0) {
            if (optional && (y.isPresent() || t.text(row, yCol).isEmpty())) {
                return DateField.NONE;
            }
            if (t.text(row, yCol).isEmpty()) {
                t.report(row, yCol, "column " + yCol + " is required; the row is skipped");
            }
            return DateField.BAD;
        }
        if (y.getAsInt() < 1000 || y.getAsInt() > 2100) {
            t.report(row, yCol, "year " + y.getAsInt() + " in column " + yCol + " is out of range; the row is skipped");
            return DateField.BAD;
        }
        int m = positive(t.hasColumn(mCol) ? t.integer(row, mCol) : OptionalInt.empty());
        int d = m == 0 ? 0 : positive(t.hasColumn(dCol) ? t.integer(row, dCol) : OptionalInt.empty());
        if (m > 12) {
            t.warn(row, mCol, "month " + m + " is impossible; using the year only");
            return new DateField(true, PartialDate.ofYear(y.getAsInt()));
        }
        try {
            return new DateField(true, new PartialDate(y.getAsInt(), m, d));
        } catch (IllegalArgumentException e) {
            t.warn(row, dCol, "day " + d + " does not exist in " + y.getAsInt() + "-" + m + "; using the month only");
            return new DateField(true, new PartialDate(y.getAsInt(), m, 0));
        }
    }

    private static int positive(OptionalInt v) {
        return v.isPresent() && v.getAsInt() > 0 ? v.getAsInt() : 0;
    }
}

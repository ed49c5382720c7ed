package org.allianceatlas.io.importers;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.allianceatlas.io.InputFiles;
import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read strictly: UTF-8 only (a malformed byte is reported with its line and column, not
 * replaced), every row checked for the header's field count, and typed accessors that report wrong values with the
 * row's line and the column's name. Header names are matched case-insensitively.
 */
final class CsvTable {

    /** How every message of a {@linkplain #skip skipped row} ends. */
    static final String ROW_SKIPPED = "; the row is skipped";

    /** Files larger than this are refused with a problem rather than read. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    /**
     * Most data rows an import reads from one file (200,000). ATOP's member-level file has about 1,000 rows and
     * COW's largest (dyad-years) about 120,000; a million rows ran out of memory before this limit existed.
     */
    static final int MAX_ROWS = 200_000;

    private final String file;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<Row> rows;
    private final List<Problem> problems;
    private final List<Problem> skipped = new ArrayList<>();
    private final Set<Integer> skippedLines = new HashSet<>();

    private CsvTable(String file, List<String> header, List<Row> rows, List<Problem> problems) {
        this.file = file;
        this.header = header;
        this.columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        this.rows = rows;
        this.problems = problems;
    }

    /** One data row. {@code line} is the 1-based line of the file it starts on. */
    record Row(int line, List<String> fields) {
    }

    /**
     * Reads {@code path}. Never throws: a missing, empty, oversized or non-UTF-8 file gives a table with no rows and
     * a problem.
     */
    static CsvTable read(Path path, String displayName) {
        var problems = new ArrayList<Problem>();
        byte[] bytes;
        var unreadable = InputFiles.problem(path, "the CSV file");
        if (unreadable.isPresent()) {
            problems.add(Problem.ofFile(Severity.ERROR, displayName, unreadable.get()));
            return new CsvTable(displayName, List.of(), List.of(), problems);
        }
        try {
            if (Files.size(path) > MAX_BYTES) {
                problems.add(Problem.ofFile(Severity.ERROR, displayName, "the file is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MB; split it or import the member-level file only"));
                return new CsvTable(displayName, List.of(), List.of(), problems);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(Problem.ofFile(Severity.ERROR, displayName, "cannot read the file: "
                    + InputFiles.describe(e)));
            return new CsvTable(displayName, List.of(), List.of(), problems);
        }
        return parse(bytes, displayName);
    }

    static CsvTable parse(byte[] bytes, String displayName) {
        var problems = new ArrayList<Problem>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            problems.add(badByte(bytes, displayName));
            return new CsvTable(displayName, List.of(), List.of(), problems);
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofFile(Severity.ERROR, displayName, "the file is not UTF-8 text"));
            return new CsvTable(displayName, List.of(), List.of(), problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(Problem.ofFile(Severity.ERROR, displayName,
                    "the file is empty: expected a header row and data rows"));
            return new CsvTable(displayName, List.of(), List.of(), problems);
        }
        var format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
        var records = new ArrayList<CSVRecord>();
        var lines = new ArrayList<Integer>();
        long startLine = 1; // where the next record starts: the broken one, when parsing fails
        try (var parser = format.parse(new StringReader(text))) {
            for (var rec : parser) {
                if (records.size() > MAX_ROWS) { // the header and MAX_ROWS rows are in
                    problems.add(new Problem(Severity.ERROR, displayName, (int) startLine, 1, "", String.format(
                            Locale.ROOT, "the file has more than %,d rows, more than an import takes: split it, or "
                                    + "import the member-level file only", MAX_ROWS)));
                    return new CsvTable(displayName, List.of(), List.of(), problems);
                }
                records.add(rec);
                lines.add((int) startLine);
                startLine = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | RuntimeException e) {
            problems.add(malformed(text, (int) startLine, displayName, e));
            return new CsvTable(displayName, List.of(), List.of(), problems);
        }
        if (records.isEmpty()) {
            problems.add(Problem.ofFile(Severity.ERROR, displayName, "the file has no header row"));
            return new CsvTable(displayName, List.of(), List.of(), problems);
        }
        var header = records.get(0).toList();
        var rows = new ArrayList<Row>();
        var shortRows = new ArrayList<Problem>();
        for (int i = 1; i < records.size(); i++) {
            var fields = records.get(i).toList();
            int line = lines.get(i);
            if (fields.size() != header.size()) {
                shortRows.add(new Problem(Severity.ERROR, displayName, line, 1, "",
                        "row has " + fields.size() + " fields but the header has " + header.size() + ROW_SKIPPED));
                continue;
            }
            rows.add(new Row(line, fields));
        }
        var table = new CsvTable(displayName, header, rows, problems);
        shortRows.forEach(table::recordSkip);
        return table;
    }

    /**
     * A CSV syntax error in words, at the line where the broken record starts and the column of its first quote.
     * Commons CSV says "EOF reached before encapsulated token finished" for a quote that is never closed and
     * "invalid char between encapsulated token and delimiter" for text after a closing quote.
     */
    private static Problem malformed(String text, int line, String displayName, Exception e) {
        var lineText = text.lines().skip(line - 1).findFirst().orElse("");
        int quote = lineText.indexOf('"');
        int column = quote < 0 ? 1 : quote + 1;
        var m = String.valueOf(e.getMessage());
        String what;
        if (m.contains("EOF reached before encapsulated token finished")) {
            what = "a quoted field is never closed (a \" without its closing \"): close it, or remove the quote";
        } else if (m.contains("between encapsulated token and delimiter")) {
            what = "text after the closing quote of a field: a quoted field ends with \" followed by a comma or "
                    + "the end of the line; write a quote inside a field as \"\"";
        } else {
            what = "malformed CSV (" + m.replaceAll("^[A-Za-z.]+(Exception|Error): ", "") + "): fix the row";
        }
        return new Problem(Severity.ERROR, displayName, line, column, "", what);
    }

    private static Problem badByte(byte[] bytes, String displayName) {
        // Find the first malformed sequence ourselves: the decoder's exception has no position.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < bytes.length) {
            int len = sequenceLength(bytes[i]);
            boolean ok = len > 0 && i + len <= bytes.length;
            if (ok) {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, i, len));
                } catch (CharacterCodingException e) {
                    ok = false;
                }
            }
            if (!ok) {
                return new Problem(Severity.ERROR, displayName, line, column, "", String.format(Locale.ROOT,
                        "byte 0x%02X is not valid UTF-8; save the file as UTF-8 (ATOP and COW files are ASCII)",
                        bytes[i] & 0xff));
            }
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += len;
        }
        return Problem.ofFile(Severity.ERROR, displayName, "the file is not valid UTF-8");
    }

    private static int sequenceLength(byte b) {
        int u = b & 0xff;
        if (u < 0x80) {
            return 1;
        }
        if (u >= 0xC2 && u <= 0xDF) {
            return 2;
        }
        if (u >= 0xE0 && u <= 0xEF) {
            return 3;
        }
        if (u >= 0xF0 && u <= 0xF4) {
            return 4;
        }
        return 0;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    List<Problem> problems() {
        return problems;
    }

    /** True when the file could be read as far as its header row (its columns can be judged). */
    boolean hasHeader() {
        return !header.isEmpty();
    }

    boolean hasColumn(String name) {
        return columns.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Reports every required column that is missing (one problem listing them) and returns true when all are there.
     */
    boolean requireColumns(Collection<String> names, String what) {
        var missing = names.stream().filter(n -> !hasColumn(n)).toList();
        if (missing.isEmpty()) {
            return true;
        }
        problems.add(new Problem(Severity.ERROR, file, 1, 1, "", "missing column" + (missing.size() > 1 ? "s " : " ")
                + String.join(", ", missing) + ": this does not look like " + what + " (header: "
                + String.join(",", header) + ")"));
        return false;
    }

    /** The raw text of a column in a row, or "" when the column is absent. */
    String text(Row row, String column) {
        var i = columns.get(column.toLowerCase(Locale.ROOT));
        return i == null ? "" : row.fields.get(i).strip();
    }

    /**
     * An integer field. Empty (or "NA", "." as some exports write) gives an empty result without a problem; a
     * non-integer value {@linkplain #skip skips the row} and gives an empty result. The caller must leave out every
     * row for which {@link #isSkipped} is true once it has read the row's fields.
     */
    OptionalInt integer(Row row, String column) {
        var t = text(row, column);
        if (isAbsent(t)) {
            return OptionalInt.empty();
        }
        var value = parse(t);
        if (value.isEmpty()) {
            skip(row, column, "column " + column + " must be a whole number, not '" + t + "'");
        }
        return value;
    }

    /** Like {@link #integer}, but an empty field also {@linkplain #skip skips the row}: the value is required. */
    OptionalInt required(Row row, String column) {
        if (isAbsent(text(row, column))) {
            skip(row, column, "column " + column + " is empty but required");
            return OptionalInt.empty();
        }
        return integer(row, column);
    }

    /**
     * Like {@link #required}, for an identifier: a whole number above zero (an alliance id, a state code). Zero or
     * a negative value {@linkplain #skip skips the row}: it would become an id such as {@code atop--5}.
     */
    OptionalInt identifier(Row row, String column) {
        var value = required(row, column);
        if (value.isPresent() && value.getAsInt() <= 0) {
            skip(row, column, "column " + column + " must be a positive whole number, not '" + text(row, column)
                    + "'");
            return OptionalInt.empty();
        }
        return value;
    }

    /**
     * An integer field whose row is still usable without it (a month, a day): a non-integer value is a warning that
     * ends with {@code fallback} (what the importer does instead), and gives an empty result.
     */
    OptionalInt lenient(Row row, String column, String fallback) {
        var t = text(row, column);
        if (isAbsent(t)) {
            return OptionalInt.empty();
        }
        var value = parse(t);
        if (value.isEmpty()) {
            warn(row, column, "column " + column + " must be a whole number, not '" + t + "'; " + fallback);
        }
        return value;
    }

    /**
     * A 0/1 flag (an obligation, ATOP's {@code bilat}). Any other value {@linkplain #skip skips the row}: reading it
     * as 0 would import the row with the wrong obligations. An empty field is read as 0 with a warning.
     */
    boolean flag(Row row, String column) {
        var t = text(row, column);
        if (isAbsent(t)) {
            warn(row, column, "column " + column + " is empty; read as 0 (no such obligation)");
            return false;
        }
        var value = parse(t);
        if (value.isEmpty() || value.getAsInt() != 0 && value.getAsInt() != 1) {
            skip(row, column, "column " + column + " must be 0 or 1, not '" + t + "'");
            return false;
        }
        return value.getAsInt() == 1;
    }

    /** True for the texts that mean "no value": empty, "NA" and "." (as some exports write). */
    static boolean isAbsent(String text) {
        return text.isEmpty() || text.equalsIgnoreCase("NA") || text.equals(".");
    }

    private static OptionalInt parse(String text) {
        try {
            // Stata exports sometimes write integers as "1949.0".
            return OptionalInt.of(Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** 1-based character column where a field starts (approximate for quoted fields), for problem locations. */
    int columnNumber(Row row, String column) {
        var idx = columns.get(column.toLowerCase(Locale.ROOT));
        int col = 1;
        for (int i = 0; idx != null && i < idx; i++) {
            col += row.fields.get(i).length() + 1;
        }
        return col;
    }

    /**
     * Reports an error that leaves the row out of the import: {@code why} names the column's problem, and the
     * message ends with "; the row is skipped". The rest of the file is still imported.
     */
    void skip(Row row, String column, String why) {
        recordSkip(new Problem(Severity.ERROR, file, row.line, columnNumber(row, column), "", why + ROW_SKIPPED));
    }

    private void recordSkip(Problem p) {
        problems.add(p);
        skipped.add(p);
        skippedLines.add(p.line());
    }

    /** True when a problem of this row was reported with {@link #skip}: the row must not be imported. */
    boolean isSkipped(Row row) {
        return skippedLines.contains(row.line);
    }

    /**
     * The errors that each left one row out (a subset of {@link #problems()}): an import that has no other errors
     * is complete but for these rows.
     */
    List<Problem> skippedRows() {
        return Collections.unmodifiableList(skipped);
    }

    void warn(Row row, String column, String message) {
        problems.add(new Problem(Severity.WARNING, file, row.line, columnNumber(row, column), "", message));
    }
}

package org.allianceatlas.io.importers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceatlas.io.Problem;

/**
 * Correlates of War state code ↔ ISO 3166 alpha-3 (or a former ISO 3166-3 or project code), with the years each
 * mapping holds: COW 365 is the Soviet Union (SUN) until 1991 and Russia (RUS) after; 260 (West Germany) and 255
 * (Germany, Prussia before 1871) are both DEU. Read from {@code data/crosswalk/cow-states.csv}
 * ({@code cow_code,cow_abbrev,cow_name,iso3,valid_from,valid_to,note}; {@code valid_to} empty = to date).
 */
public final class CowCrosswalk {

    /** The bundled crosswalk's resource name. */
    public static final String RESOURCE = "/org/allianceatlas/data/crosswalk/cow-states.csv";

    /** One mapping: {@code code} means {@code iso3} in the years {@code from}–{@code to} inclusive. */
    public record Entry(int code, String abbrev, String name, String iso3, int from, int to) {
        boolean covers(int year) {
            return year >= from && year <= to;
        }
    }

    /** Why a look-up failed or was approximate. */
    public record Lookup(String iso3, String warning) {
    }

    private final Map<Integer, List<Entry>> byCode;
    private final List<Problem> problems;

    private CowCrosswalk(Map<Integer, List<Entry>> byCode, List<Problem> problems) {
        this.byCode = byCode;
        this.problems = List.copyOf(problems);
    }

    /** The crosswalk shipped in the jar. */
    public static CowCrosswalk shipped() {
        try (InputStream in = CowCrosswalk.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled crosswalk " + RESOURCE + " is missing from the build");
            }
            return parse(CsvTable.parse(in.readAllBytes(), "data/crosswalk/cow-states.csv"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled crosswalk " + RESOURCE, e);
        }
    }

    public static CowCrosswalk read(Path path) {
        return parse(CsvTable.read(path, path.toString()));
    }

    static CowCrosswalk parse(CsvTable t) {
        var byCode = new HashMap<Integer, List<Entry>>();
        if (t.requireColumns(List.of("cow_code", "iso3", "valid_from"), "a COW–ISO crosswalk")) {
            for (var row : t.rows()) {
                var code = t.required(row, "cow_code");
                var from = t.required(row, "valid_from");
                var to = t.integer(row, "valid_to");
                var iso = t.text(row, "iso3");
                if (!iso.matches("[A-Z]{3}")) {
                    t.skip(row, "iso3", "column iso3 must be three capital letters (an ISO 3166 code or a project "
                            + "code starting with X), not '" + iso + "'");
                }
                if (t.isSkipped(row)) {
                    continue;
                }
                byCode.computeIfAbsent(code.getAsInt(), k -> new ArrayList<>()).add(new Entry(code.getAsInt(),
                        t.text(row, "cow_abbrev"), t.text(row, "cow_name"), iso, from.getAsInt(),
                        to.orElse(Integer.MAX_VALUE)));
            }
        }
        return new CowCrosswalk(byCode, t.problems());
    }

    /** Problems found reading the crosswalk itself. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    /**
     * The code valid for {@code code} in {@code year}. A code known only in other years maps to its nearest span,
     * with a warning; an unknown code gives empty.
     */
    public Optional<Lookup> lookup(int code, int year) {
        var entries = byCode.get(code);
        if (entries == null) {
            return Optional.empty();
        }
        Entry nearest = null;
        int best = Integer.MAX_VALUE;
        for (var e : entries) {
            if (e.covers(year)) {
                return Optional.of(new Lookup(e.iso3(), null));
            }
            int gap = year < e.from() ? e.from() - year : year - e.to();
            if (gap < best) {
                best = gap;
                nearest = e;
            }
        }
        return Optional.of(new Lookup(nearest.iso3(), "COW code " + code + " is not in the state system in " + year
                + "; mapped to " + nearest.iso3() + " (" + nearest.from() + "–"
                + (nearest.to() == Integer.MAX_VALUE ? "" : nearest.to()) + ")"));
    }

    /** The COW name of a code (first entry), for messages and placeholder states. */
    public Optional<Entry> entry(int code) {
        var entries = byCode.get(code);
        return entries == null || entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }

    /** All entries whose ISO code is {@code iso3}. */
    public List<Entry> entriesFor(String iso3) {
        return entries().stream().filter(e -> e.iso3().equals(iso3)).toList();
    }

    /** Every entry, in no particular order. */
    List<Entry> entries() {
        return byCode.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The ISO code of the COW code in {@code column} of a data row, in {@code year}. An unknown code
     * {@linkplain CsvTable#skip skips the row}; a code outside its years is used with a warning.
     */
    Optional<String> resolve(CsvTable t, CsvTable.Row row, String column, int code, int year) {
        var found = lookup(code, year);
        if (found.isEmpty()) {
            t.skip(row, column, "unknown COW state code " + code + " in column " + column
                    + "; add it to data/crosswalk/cow-states.csv");
            return Optional.empty();
        }
        if (found.get().warning() != null) {
            t.warn(row, column, found.get().warning());
        }
        return Optional.of(found.get().iso3());
    }
}

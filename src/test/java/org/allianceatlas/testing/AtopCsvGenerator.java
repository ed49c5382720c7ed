package org.allianceatlas.testing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;

/**
 * Writes ATOP v5-format CSV files at full scale for benchmarks: a member-level file ({@code atop5_1m.csv}: one row per
 * alliance × member × phase) and an alliance-level file ({@code atop5_1a.csv}). Deterministic for a given seed.
 *
 * <p>The defaults mimic ATOP v5.1: 750 alliances between 1815 and 2018, about 40 % bilateral, about 2,400 member
 * rows, some members with two phases (consecutive, or with a gap), ongoing memberships written as {@code 0} exits,
 * and COW codes taken from the shipped crosswalk, each valid in the year of the row that uses it (so a clean import
 * has no unknown-code or not-in-system problems). Alliance ids run 1005, 1010, … as in ATOP, so 3180 (NATO in our
 * crosswalk of famous alliances) is among them, as in the real data.
 */
public final class AtopCsvGenerator {

    /** The first and last year of ATOP v5.1. */
    public static final int FIRST_YEAR = 1815;
    public static final int LAST_YEAR = 2018;

    static final String MEMBER_HEADER = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,bilat,"
            + "defense,offense,neutral,nonagg,consul,version";
    static final String ALLIANCE_HEADER = "atopid,begday,begmo,begyr,endday,endmo,endyr,bilat,defense,offense,"
            + "neutral,nonagg,consul,version";

    /** One crosswalk mapping: {@code code} is in the state system from {@code from} to {@code to} inclusive. */
    record Span(int code, int from, int to) {
        boolean covers(int year) {
            return year >= from && year <= to;
        }
    }

    /**
     * The two files written and what they hold: {@code alliances} alliance-level rows, of which {@code bilateral}
     * have exactly two members; {@code memberRows} member-level rows (one per member and phase); {@code distinctCodes}
     * COW codes used.
     */
    public record GeneratedFiles(Path memberFile, Path allianceFile, int alliances, int bilateral, int memberRows,
                         int distinctCodes) {
        public List<Path> both() {
            return List.of(memberFile, allianceFile);
        }
    }

    private final int alliances;
    private final long seed;
    private final List<Span> spans;

    /** The default full-scale generator (750 alliances, seed 42). */
    public AtopCsvGenerator() {
        this(750, 42);
    }

    /**
     * @param alliances how many alliances to write (ids 1005, 1010, …)
     * @param seed      the same seed writes the same bytes
     */
    public AtopCsvGenerator(int alliances, long seed) {
        this.alliances = alliances;
        this.seed = seed;
        this.spans = shippedCrosswalk();
    }

    /** Writes {@code atop5_1m.csv} and {@code atop5_1a.csv} into {@code dir} (created if needed). */
    public GeneratedFiles write(Path dir) {
        var random = new Random(seed);
        var members = new StringBuilder(MEMBER_HEADER).append('\n');
        var level = new StringBuilder(ALLIANCE_HEADER).append('\n');
        int bilateral = 0;
        int rows = 0;
        var used = new HashSet<Integer>();
        var useCount = new HashMap<Integer, Integer>();
        for (int i = 1; i <= alliances; i++) {
            int id = 1000 + 5 * i;
            // Skewed to the 20th century, as ATOP is (most alliances are after 1900).
            int begin = FIRST_YEAR + (int) Math.round((LAST_YEAR - FIRST_YEAR) * Math.sqrt(random.nextDouble()));
            boolean bilat = random.nextDouble() < 0.4;
            int size = bilat ? 2 : multilateralSize(random);
            var candidates = spans.stream().filter(s -> s.covers(begin)).toList();
            size = Math.min(size, distinctCodes(candidates));
            var chosen = pick(candidates, size, random, useCount);
            // Ongoing (0 exit) mostly for alliances signed after 1945; earlier ones end after some decades.
            boolean ongoing = begin > 1945 && random.nextDouble() < 0.55;
            int end = ongoing ? 0 : Math.min(LAST_YEAR, begin + 1 + (int) (-Math.log(1 - random.nextDouble()) * 14));
            int[] flags = obligations(random);
            int beginMonth = 1 + random.nextInt(12);
            int beginDay = 1 + random.nextInt(28);
            int lastExit = 0;
            for (var s : chosen) {
                used.add(s.code());
                int exit = end == 0 ? (s.to() < LAST_YEAR ? s.to() : 0) : Math.min(end, s.to());
                if (exit != 0 && exit < begin) {
                    exit = begin;
                }
                lastExit = exit == 0 || lastExit == -1 ? -1 : Math.max(lastExit, exit);
                // About one member in nine has two phases: the first ends mid-way, the second follows at once or
                // after a gap (a member that left and rejoined).
                boolean phased = (exit == 0 ? begin <= LAST_YEAR - 6 : exit - begin >= 4) && random.nextInt(9) == 0;
                if (phased) {
                    int stop = exit == 0 ? begin + 2 + random.nextInt(LAST_YEAR - begin - 4)
                            : begin + 1 + random.nextInt(exit - begin - 2);
                    int gap = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
                    int restart = Math.min(stop + gap, exit == 0 ? LAST_YEAR : exit);
                    row(members, id, s.code(), begin, beginMonth, beginDay, stop, 6, 30, 1, bilat, flags);
                    row(members, id, s.code(), restart, gap == 0 ? 7 : 3, 1, exit, exit == 0 ? 0 : 12,
                            exit == 0 ? 0 : 31, 2, bilat, flags);
                    rows += 2;
                } else {
                    row(members, id, s.code(), begin, beginMonth, beginDay, exit, exit == 0 ? 0 : 12,
                            exit == 0 ? 0 : 31, 1, bilat, flags);
                    rows++;
                }
            }
            int endYear = lastExit == -1 ? 0 : lastExit;
            level.append(id).append(',').append(beginDay).append(',').append(beginMonth).append(',').append(begin)
                    .append(',').append(endYear == 0 ? 0 : 31).append(',').append(endYear == 0 ? 0 : 12).append(',')
                    .append(endYear).append(',').append(bilat ? 1 : 0);
            for (int f : flags) {
                level.append(',').append(f);
            }
            level.append(",5.1\n");
            bilateral += bilat ? 1 : 0;
        }
        try {
            Files.createDirectories(dir);
            var m = dir.resolve("atop5_1m.csv");
            var a = dir.resolve("atop5_1a.csv");
            Files.writeString(m, members, StandardCharsets.US_ASCII);
            Files.writeString(a, level, StandardCharsets.US_ASCII);
            return new GeneratedFiles(m, a, alliances, bilateral, rows, used.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(StringBuilder out, int id, int code, int yEnt, int mEnt, int dEnt, int yExit, int mExit,
                            int dExit, int phase, boolean bilat, int[] flags) {
        out.append(id).append(',').append(code).append(',').append(yEnt).append(',').append(mEnt).append(',')
                .append(dEnt).append(',').append(yExit).append(',').append(mExit).append(',').append(dExit)
                .append(',').append(phase).append(',').append(bilat ? 1 : 0);
        for (int f : flags) {
            out.append(',').append(f);
        }
        out.append(",5.1\n");
    }

    /** Multilateral sizes: mostly 3–6, a tail up to about 30 (the OAS, the Arab League). */
    private static int multilateralSize(Random random) {
        if (random.nextDouble() < 0.03) {
            return 10 + random.nextInt(14);
        }
        return 3 + (int) (-Math.log(1 - random.nextDouble()) * 0.5);
    }

    /** defense, offense, neutral, nonagg, consul: at least one set, as in every ATOP alliance. */
    private static int[] obligations(Random random) {
        double[] p = {0.55, 0.1, 0.2, 0.35, 0.45};
        var flags = new int[p.length];
        boolean any = false;
        for (int i = 0; i < p.length; i++) {
            flags[i] = random.nextDouble() < p[i] ? 1 : 0;
            any |= flags[i] == 1;
        }
        if (!any) {
            flags[4] = 1;
        }
        return flags;
    }

    private static int distinctCodes(List<Span> spans) {
        return (int) spans.stream().mapToInt(Span::code).distinct().count();
    }

    /** Distinct codes, favouring the least used so that the files cover most of the crosswalk. */
    private static List<Span> pick(List<Span> candidates, int size, Random random,
                                   Map<Integer, Integer> useCount) {
        var pool = new ArrayList<>(candidates);
        Collections.shuffle(pool, random);
        pool.sort(Comparator.comparingInt(s -> useCount.getOrDefault(s.code(), 0) / 4));
        var chosen = new ArrayList<Span>();
        var codes = new HashSet<Integer>();
        for (var s : pool) {
            if (chosen.size() == size) {
                break;
            }
            if (codes.add(s.code())) {
                chosen.add(s);
                useCount.merge(s.code(), 1, Integer::sum);
            }
        }
        chosen.sort(Comparator.comparingInt(Span::code));
        return chosen;
    }

    /** The shipped crosswalk's spans, read from the class path (the same file the importer uses). */
    static List<Span> shippedCrosswalk() {
        try (var in = AtopCsvGenerator.class.getResourceAsStream("/org/allianceatlas/data/crosswalk/cow-states.csv")) {
            if (in == null) {
                throw new IllegalStateException("the crosswalk is not on the class path: run mvn test-compile");
            }
            var spans = new ArrayList<Span>();
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
            for (var r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                var to = r.get("valid_to").isBlank() ? LAST_YEAR
                        : Math.min(LAST_YEAR, Integer.parseInt(r.get("valid_to")));
                spans.add(new Span(Integer.parseInt(r.get("cow_code")), Integer.parseInt(r.get("valid_from")), to));
            }
            return List.copyOf(spans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

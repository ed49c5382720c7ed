package org.allianceatlas.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Suggestions for a misspelt id or key ("did you mean SWE?"), by edit distance. Used in load messages and by the
 * CLI for unknown ids.
 *
 * <p>The search is bounded, so that a file full of unknown ids cannot make a load quadratic (20,000 unknown source
 * ids against a few hundred known ones took 72 s): a pair whose lengths differ by more than the allowed distance
 * costs one comparison of lengths and one substring test, the distance stops as soon as it exceeds what is allowed,
 * and within one {@linkplain #bounded load} at most {@link #LOAD_BUDGET} known names are examined in all — past that,
 * messages simply come without suggestions.
 */
public final class ClosestNames {

    /**
     * Known names examined for suggestions within one {@linkplain #bounded load}: two million, about a second at
     * worst (a thousand unknown ids among two thousand known ones); a file's ordinary typos need a few thousand.
     */
    public static final long LOAD_BUDGET = 2_000_000L;

    /** The names still to be examined in the current bounded load of this thread; absent outside one. */
    private static final ThreadLocal<long[]> BUDGET = new ThreadLocal<>();

    private ClosestNames() {
    }

    /**
     * Runs {@code work} (a load) with {@link #LOAD_BUDGET} for every suggestion it asks for on this thread. Nested
     * calls share the outer budget.
     */
    static <T> T bounded(Supplier<T> work) {
        if (BUDGET.get() != null) {
            return work.get();
        }
        BUDGET.set(new long[] {LOAD_BUDGET});
        try {
            return work.get();
        } finally {
            BUDGET.remove();
        }
    }

    /**
     * The known names closest to {@code wanted}: case-insensitive edit distance at most a third of the longer name
     * (at least 1, at most 3 edits), best first, ties in name order, at most {@code limit} of them. A name that
     * contains {@code wanted} (or the reverse) also counts, so that {@code ato} finds {@code nato}. Empty when the
     * current load's budget is spent.
     */
    public static List<String> of(String wanted, Collection<String> known, int limit) {
        var budget = BUDGET.get();
        if (budget != null) {
            if (budget[0] < known.size()) {
                budget[0] = 0;
                return List.of();
            }
            budget[0] -= known.size();
        }
        var w = wanted.toLowerCase(Locale.ROOT);
        var scored = new ArrayList<Scored>();
        for (var k : known) {
            int d = score(w, lowerCase(k));
            if (d >= 0) {
                scored.add(new Scored(k, d));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    /** Skips the copy for names already in lower case (ids): this runs for every known name. */
    private static String lowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) || Character.isSurrogate(s.charAt(i))) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    /** {@code " (did you mean X or Y?)"}, or empty when nothing is close. */
    public static String hint(String wanted, Collection<String> known) {
        var close = of(wanted, known, 3);
        if (close.isEmpty()) {
            return "";
        }
        return " (did you mean " + String.join(" or ", close) + "?)";
    }

    private record Scored(String name, int distance) {
    }

    /** Edit distance when close enough to suggest, else -1. */
    private static int score(String a, String b) {
        int allowed = Math.min(3, Math.max(1, Math.max(a.length(), b.length()) / 3));
        int d = Math.abs(a.length() - b.length()) > allowed ? allowed + 1 : distance(a, b, allowed);
        if (d <= allowed) {
            return d;
        }
        boolean contains = a.length() >= 2 && b.length() >= 2 && (a.contains(b) || b.contains(a));
        return contains ? allowed + 1 : -1;
    }

    /** Levenshtein distance with two rows. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * Levenshtein distance with two rows, or any value above {@code max} as soon as the distance must exceed it (a
     * row's minimum never decreases).
     */
    private static int distance(String a, String b, int max) {
        var prev = new int[b.length() + 1];
        var cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            var t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

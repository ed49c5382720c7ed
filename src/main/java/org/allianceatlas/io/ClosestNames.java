package org.allianceatlas.io;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Suggestions for a misspelt id or key ("did you mean SWE?"), by edit distance. Used in load messages and by the
 * CLI for unknown ids.
 */
public final class ClosestNames {

    private ClosestNames() {
    }

    /**
     * The known names closest to {@code wanted}: case-insensitive edit distance at most a third of the longer name
     * (at least 1, at most 3 edits), best first, ties in name order, at most {@code limit} of them. A name that
     * contains {@code wanted} (or the reverse) also counts, so that {@code ato} finds {@code nato}.
     */
    public static List<String> of(String wanted, Collection<String> known, int limit) {
        var w = wanted.toLowerCase(Locale.ROOT);
        return known.stream()
                .map(k -> new Scored(k, score(w, k.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance >= 0)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
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
        int d = distance(a, b);
        int allowed = Math.min(3, Math.max(1, Math.max(a.length(), b.length()) / 3));
        if (d <= allowed) {
            return d;
        }
        boolean contains = a.length() >= 2 && b.length() >= 2 && (a.contains(b) || b.contains(a));
        return contains ? allowed + 1 : -1;
    }

    /** Levenshtein distance with two rows. */
    static int distance(String a, String b) {
        var prev = new int[b.length() + 1];
        var cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            var t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

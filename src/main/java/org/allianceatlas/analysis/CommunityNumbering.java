package org.allianceatlas.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Numbers communities so that a community keeps its number — and so its colour — from one view to the next (year
 * after year during playback): label propagation numbers them by size anew for every view, so without this "community
 * 1" would be NATO's states one year and the CSTO's the next.
 *
 * <p>Each community takes the number of the previous view's community it shares most states with; pairs are taken
 * by largest overlap first, each old number and each new community at most once. A community that shares no state
 * with a numbered one (or lost the contest) takes the smallest number not in use. Without a previous view the
 * numbers are the size order, 1 = the largest.
 */
public final class CommunityNumbering {

    private CommunityNumbering() {
    }

    /**
     * @param communities the new view's communities, each as its state ids, largest first
     * @param previous    the number of each state in the previous view's communities; empty for a first view
     * @return the number of each community, in the order given
     */
    public static List<Integer> follow(List<List<String>> communities, Map<String, Integer> previous) {
        int n = communities.size();
        var numbers = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            numbers.add(null);
        }
        record Pair(int community, int number, int overlap) {
        }
        var pairs = new ArrayList<Pair>();
        for (int i = 0; i < n; i++) {
            var counts = new HashMap<Integer, Integer>();
            for (var state : communities.get(i)) {
                var old = previous.get(state);
                if (old != null) {
                    counts.merge(old, 1, Integer::sum);
                }
            }
            int community = i;
            counts.forEach((number, overlap) -> pairs.add(new Pair(community, number, overlap)));
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed().thenComparingInt(Pair::community)
                .thenComparingInt(Pair::number));
        var used = new HashSet<Integer>();
        for (var p : pairs) {
            if (numbers.get(p.community()) == null && !used.contains(p.number())) {
                numbers.set(p.community(), p.number());
                used.add(p.number());
            }
        }
        int next = 1;
        for (int i = 0; i < n; i++) {
            if (numbers.get(i) == null) {
                while (used.contains(next)) {
                    next++;
                }
                numbers.set(i, next);
                used.add(next);
            }
        }
        return List.copyOf(numbers);
    }
}

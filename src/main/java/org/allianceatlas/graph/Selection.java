package org.allianceatlas.graph;

import java.util.Collection;
import java.util.Set;

/**
 * A choice among items of one kind: everything (including items added later), or exactly a given set (possibly
 * empty, which selects nothing).
 */
public record Selection<T>(boolean all, Set<T> items) {

    public Selection {
        items = all ? Set.of() : Set.copyOf(items);
    }

    public static <T> Selection<T> everything() {
        return new Selection<>(true, Set.of());
    }

    public static <T> Selection<T> only(Collection<T> items) {
        return new Selection<>(false, Set.copyOf(items));
    }

    public boolean contains(T item) {
        return all || items.contains(item);
    }

    @Override
    public String toString() {
        return all ? "all" : items.toString();
    }
}

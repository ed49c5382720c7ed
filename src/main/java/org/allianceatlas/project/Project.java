package org.allianceatlas.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A talk in the making: the data it loads and its saved views, in the order they are presented. Immutable; the
 * {@code with…} methods return changed copies. View names need not be unique (the list is ordered); {@link #view}
 * finds the first of a name.
 */
public record Project(ProjectData data, List<SavedView> views) {

    public Project {
        Objects.requireNonNull(data, "data");
        views = List.copyOf(views);
    }

    /** A project over the shipped data with no saved view. */
    public static Project empty() {
        return new Project(ProjectData.shippedOnly(), List.of());
    }

    /** The first view called {@code name} (case-insensitive), or empty. */
    public Optional<SavedView> view(String name) {
        return views.stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
    }

    public Project withData(ProjectData newData) {
        return new Project(newData, views);
    }

    public Project withViews(List<SavedView> newViews) {
        return new Project(data, newViews);
    }

    /** This project with {@code view} added at the end. */
    public Project plus(SavedView view) {
        var more = new ArrayList<>(views);
        more.add(Objects.requireNonNull(view, "view"));
        return new Project(data, more);
    }
}

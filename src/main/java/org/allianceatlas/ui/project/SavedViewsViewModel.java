package org.allianceatlas.ui.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.allianceatlas.project.SavedView;

/**
 * The saved views of the project on screen, in presentation order, and the one chosen in the list. Every change is a
 * change of {@link #views()} (the project listens to it to know it has unsaved changes); the chosen index follows the
 * view it points at when views move, and stays within the list when one is deleted.
 *
 * <p>FX thread only; no controls.
 */
public final class SavedViewsViewModel {

    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final ObservableList<SavedView> readOnly = FXCollections.unmodifiableObservableList(views);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);

    /** The views, in order (read-only: change them through this model). */
    public ObservableList<SavedView> views() {
        return readOnly;
    }

    /** The index of the view chosen in the list, -1 for none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The view chosen in the list, if any. */
    public Optional<SavedView> selectedView() {
        int i = selected.get();
        return i >= 0 && i < views.size() ? Optional.of(views.get(i)) : Optional.empty();
    }

    /** Adds {@code view} at the end and chooses it. */
    public void add(SavedView view) {
        views.add(Objects.requireNonNull(view, "view"));
        selected.set(views.size() - 1);
    }

    /** Replaces every view (a project opened); chooses the first, or none. */
    public void setAll(List<SavedView> all) {
        views.setAll(all);
        selected.set(views.isEmpty() ? -1 : 0);
    }

    /**
     * Renames the view at {@code index}; a blank name is refused (returns false, nothing changes), as is one that is
     * the same as before.
     */
    public boolean rename(int index, String name) {
        if (name == null || name.isBlank() || !valid(index)) {
            return false;
        }
        var old = views.get(index);
        if (old.name().equals(name.strip())) {
            return false;
        }
        views.set(index, old.withName(name.strip()));
        selected.set(index); // a list control may drop its selection when the item is replaced
        return true;
    }

    /**
     * Replaces the view at {@code index} with {@code current} (what is on screen now), keeping the saved view's name,
     * title and whether the filters stay below the title.
     */
    public void update(int index, SavedView current) {
        if (!valid(index)) {
            return;
        }
        var old = views.get(index);
        views.set(index, current.withName(old.name()).withTitle(old.title(), old.keepSubtitle()));
        selected.set(index);
    }

    /** Deletes the view at {@code index}; the choice moves to the view that took its place (or the last one). */
    public void remove(int index) {
        if (!valid(index)) {
            return;
        }
        views.remove(index);
        selected.set(views.isEmpty() ? -1 : Math.min(index, views.size() - 1));
    }

    /**
     * Moves the view at {@code index} by {@code delta} places (-1: up, 1: down), stopping at either end; the choice
     * follows it. Returns false when it could not move.
     */
    public boolean move(int index, int delta) {
        int target = index + delta;
        if (!valid(index) || !valid(target) || delta == 0) {
            return false;
        }
        var view = views.remove(index);
        views.add(target, view);
        selected.set(target);
        return true;
    }

    private boolean valid(int index) {
        return index >= 0 && index < views.size();
    }
}

package org.allianceatlas.ui.filter;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One tickable entry of a filter list: an organisation, a sub-region or a tie type.
 *
 * @param <T> the filtered value
 */
public final class CheckItem<T> {

    private final T value;
    private final String label;
    private final String detail;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", true);
    private final ReadOnlyBooleanWrapper relevant = new ReadOnlyBooleanWrapper(this, "relevant", true);

    /**
     * @param label  what the list shows ("NATO — North Atlantic Treaty Organization")
     * @param detail a tooltip or secondary line, or empty
     */
    public CheckItem(T value, String label, String detail) {
        this.value = value;
        this.label = label;
        this.detail = detail == null ? "" : detail;
    }

    public T value() {
        return value;
    }

    public String label() {
        return label;
    }

    public String detail() {
        return detail;
    }

    /** Ticked: the value is part of the filter. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }

    /**
     * False when the value cannot show anything in the current year (an organisation not yet founded or already
     * dissolved); the list greys such entries out but keeps them tickable.
     */
    public boolean isRelevant() {
        return relevant.get();
    }

    void setRelevant(boolean value) {
        relevant.set(value);
    }

    @Override
    public String toString() {
        return label;
    }
}

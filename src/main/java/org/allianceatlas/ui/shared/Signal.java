package org.allianceatlas.ui.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A one-shot notification from a ViewModel to its View ("show this report", "centre on Greece"). Unlike a property,
 * emitting the same value twice notifies twice, and nothing is remembered.
 *
 * <p>Emitted and received on the UI thread; listeners run in subscription order.
 *
 * @param <T> what is announced
 */
public final class Signal<T> {

    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener; returns a handle that removes it. */
    public Runnable subscribe(Consumer<? super T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void emit(T value) {
        for (var l : listeners) {
            l.accept(value);
        }
    }
}

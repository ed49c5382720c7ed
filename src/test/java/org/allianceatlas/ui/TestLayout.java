package org.allianceatlas.ui;

import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Coexistence;
import org.allianceatlas.layout.LayoutAlgorithm;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Point;
import org.allianceatlas.layout.Positions;

/**
 * A layout for ui tests that keeps every previous position of a visible vertex and places new vertices on a line,
 * each at a fresh x — so a vertex that comes back where it was proves that the previous positions were passed in.
 */
public final class TestLayout implements LayoutAlgorithm {

    private final LayoutKind kind;
    private final AtomicInteger placed = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    public TestLayout(LayoutKind kind) {
        this.kind = kind;
    }

    @Override
    public LayoutKind kind() {
        return kind;
    }

    @Override
    public Positions layout(AlignmentView view, Positions previous, Coexistence coexistence) {
        calls.incrementAndGet();
        var out = new LinkedHashMap<String, Point>();
        for (var a : view.vertices()) {
            out.put(a.id(), previous.of(a.id()).orElseGet(() -> new Point(placed.incrementAndGet() * 10.0,
                    a.id().hashCode() % 500)));
        }
        return new Positions(out);
    }

    /** How often {@link #layout} ran. */
    public int calls() {
        return calls.get();
    }
}

package org.allianceatlas.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working state of a layout: discs (centre, radius) by index, some of them fixed. Mutable, confined to one
 * layout call. Indices follow the order in which bodies were added, which callers keep deterministic (sorted ids).
 */
final class Bodies {

    /** The gap left between two discs, in layout units: room for an edge to pass and for the eye to separate. */
    static final double GAP = 4;

    private final Coexistence coexistence;
    private final double gap;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private double[] x = new double[16];
    private double[] y = new double[16];
    private double[] r = new double[16];
    private boolean[] fixed = new boolean[16];

    /**
     * @param coexistence which pairs are kept apart (the others may overlap: they are never drawn together)
     * @param gap         the gap left between two discs, layout units ({@link #GAP} times the room scale)
     */
    Bodies(Coexistence coexistence, double gap) {
        this.coexistence = coexistence;
        this.gap = gap;
    }

    /** Bodies that are all drawn together, {@link #GAP} apart. */
    Bodies() {
        this(Coexistence.ALWAYS, GAP);
    }

    /** The gap left between two discs, layout units. */
    double gap() {
        return gap;
    }

    /** True when discs {@code i} and {@code j} can be drawn together (and so must not overlap). */
    boolean coexist(int i, int j) {
        return coexistence.coexist(ids.get(i), ids.get(j));
    }

    /** True when a vertex {@code id} not yet added can be drawn together with disc {@code j}. */
    boolean coexist(String id, int j) {
        return coexistence.coexist(id, ids.get(j));
    }

    int add(String id, Point p, double radius, boolean isFixed) {
        int i = ids.size();
        if (i == x.length) {
            int n = i * 2;
            x = Arrays.copyOf(x, n);
            y = Arrays.copyOf(y, n);
            r = Arrays.copyOf(r, n);
            fixed = Arrays.copyOf(fixed, n);
        }
        ids.add(id);
        index.put(id, i);
        x[i] = p.x();
        y[i] = p.y();
        r[i] = radius;
        fixed[i] = isFixed;
        return i;
    }

    int size() {
        return ids.size();
    }

    String id(int i) {
        return ids.get(i);
    }

    Integer indexOf(String id) {
        return index.get(id);
    }

    double x(int i) {
        return x[i];
    }

    double y(int i) {
        return y[i];
    }

    double r(int i) {
        return r[i];
    }

    boolean fixed(int i) {
        return fixed[i];
    }

    void move(int i, double nx, double ny) {
        x[i] = nx;
        y[i] = ny;
    }

    double maxRadius() {
        double m = 0;
        for (int i = 0; i < size(); i++) {
            m = Math.max(m, r[i]);
        }
        return m;
    }

    /**
     * True when disc {@code i} and disc {@code j} can be drawn together and are closer than their radii plus the
     * gap.
     */
    boolean overlap(int i, int j) {
        double min = r[i] + r[j] + gap;
        double dx = x[i] - x[j];
        double dy = y[i] - y[j];
        return dx * dx + dy * dy < min * min && coexist(i, j);
    }

    Positions toPositions() {
        var map = new LinkedHashMap<String, Point>();
        for (int i = 0; i < size(); i++) {
            map.put(ids.get(i), new Point(x[i], y[i]));
        }
        return new Positions(map);
    }
}

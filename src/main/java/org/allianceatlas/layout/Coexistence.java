package org.allianceatlas.layout;

/**
 * Whether two vertices can be drawn at the same time. A layout of several years at once (a
 * {@link org.allianceatlas.graph.Timeline}) keeps apart only vertices that are visible in a common year: the Soviet
 * Union and Russia, or Czechoslovakia and Czechia, may share their capital's spot.
 */
@FunctionalInterface
public interface Coexistence {

    /** Every pair is drawn together: a layout of one view. */
    Coexistence ALWAYS = (a, b) -> true;

    /** True when the vertices with ids {@code a} and {@code b} can be visible together. */
    boolean coexist(String a, String b);
}

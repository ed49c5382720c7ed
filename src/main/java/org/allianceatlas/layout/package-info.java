/**
 * Headless layouts: positions for the vertices of a view, computed without a display (geographic projection of
 * capitals, force-directed with JGraphT {@code alg.drawing}, circular), chosen with {@link
 * org.allianceatlas.layout.LayoutFactory#forKind}. Positions are keyed by actor id in a plane of about 2400 × 1200
 * layout units ({@link org.allianceatlas.layout.LayoutArea}; 1 unit = 1 px at 100 % zoom, the unit of the style's
 * sizes); the UI and exporters scale them. Every layout keeps vertices at least their radii
 * ({@link org.allianceatlas.layout.VertexSizes}) apart. The app and the exports lay out every year of a filter set
 * at once ({@link org.allianceatlas.layout.TimelineLayout}; ADR 0009 in docs/decisions/), so a vertex keeps its
 * place from year to year.
 *
 * <p>Depends on {@code model}, {@code graph} and JGraphT; must not import JavaFX, SmartGraph, Jackson or {@code io}.
 */
package org.allianceatlas.layout;

/**
 * Headless layouts: positions for the vertices of a view, computed without a display (geographic projection of
 * capitals, force-directed with JGraphT {@code alg.drawing}, circular), chosen with {@link
 * org.allianceatlas.layout.LayoutFactory#forKind}. Positions are keyed by actor id in a plane of about 2400 × 1200
 * layout units ({@link org.allianceatlas.layout.LayoutArea}; 1 unit = 1 px at 100 % zoom, the unit of the style's
 * sizes); the UI and exporters scale them. Every layout keeps vertices at least their radii
 * ({@link org.allianceatlas.layout.VertexSizes}) apart and keeps the position of a vertex that was already shown.
 *
 * <p>Depends on {@code model}, {@code graph} and JGraphT; must not import JavaFX, SmartGraph, Jackson or {@code io}.
 */
package org.allianceatlas.layout;

/**
 * Headless layouts: positions for the vertices of a view, computed without a display (geographic projection of
 * capitals, force-directed with JGraphT {@code alg.drawing}, circular). Positions are keyed by actor id in an
 * abstract plane (unit: "layout units", about one per vertex diameter); the UI and exporters scale them.
 *
 * <p>Depends on {@code model}, {@code graph} and JGraphT; must not import JavaFX, SmartGraph, Jackson or {@code io}.
 */
package org.allianceatlas.layout;

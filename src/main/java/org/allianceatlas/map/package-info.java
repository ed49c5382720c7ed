/**
 * The world map: country shapes derived from Natural Earth (public domain; see docs/data.md, "The map") in layout
 * units of {@link org.allianceatlas.layout.EqualEarthProjection}, so that shapes and the geographic layout's capitals
 * line up. {@link org.allianceatlas.map.WorldMap} loads the shipped resource; {@link org.allianceatlas.map.YearMap} is
 * the map of one year for one dataset: historical states (the Soviet Union, Yugoslavia, Czechoslovakia, East Germany,
 * South Vietnam, South Yemen …) drawn as unions and splits of today's shapes by the rules of
 * {@link org.allianceatlas.map.Succession}, land, borders and coasts as paths ready to draw, a hit test and the bounds
 * of a set of states. {@link org.allianceatlas.map.AllianceFills} and {@link org.allianceatlas.map.AllianceChanges} say which
 * chosen organisations each state belongs to in a year, or joined or left between two years; colours are the
 * exporters' business.
 *
 * <p>Everything here is immutable and thread-safe (the caches are concurrent). Public API speaks in layout units and
 * plain coordinate arrays ({@link org.allianceatlas.map.MapPath}); JTS ({@code org.locationtech.jts}) is used here and
 * nowhere else. Depends on {@code model} and {@code layout}; must not import {@code export}, {@code service}, the UI,
 * JavaFX, Jackson or AWT.
 */
package org.allianceatlas.map;

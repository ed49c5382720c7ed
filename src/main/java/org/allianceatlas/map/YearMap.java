package org.allianceatlas.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.allianceatlas.layout.EqualEarthProjection;
import org.allianceatlas.layout.Extent;
import org.allianceatlas.layout.Point;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.model.State;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The world map of one year for one dataset, in layout units: every state of the dataset that exists in the year
 * (on 31 December, {@link State#existsIn}) has the shapes the {@link Succession} rules give it — the Soviet Union in
 * 1985 is the union of today's Russia, Ukraine, the Baltic states …; East Germany is the part of today's Germany east
 * of the inner German border — and the rest of the land belongs to no state. Borders are drawn between shapes of
 * different holders only, each once.
 *
 * <p>Immutable and thread-safe. Made by {@link WorldMap#year}; the geometry is shared by every year with the same
 * assignment of shapes.
 */
public final class YearMap {

    private final int year;
    private final Dataset dataset;
    private final Map<String, String> holderOfShape;
    private final YearGeometry geometry;
    private final Set<String> shapeIds;

    private YearMap(int year, Dataset dataset, Map<String, String> holderOfShape, YearGeometry geometry,
                    Set<String> shapeIds) {
        this.shapeIds = shapeIds;
        this.year = year;
        this.dataset = dataset;
        this.holderOfShape = holderOfShape;
        this.geometry = geometry;
    }

    static YearMap of(WorldMap map, int year, Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        var exists = new HashMap<String, Boolean>();
        Predicate<String> existsIn = id -> exists.computeIfAbsent(id,
                k -> dataset.state(k).map(s -> s.existsIn(year)).orElse(false));
        var succession = map.succession();
        var holders = new LinkedHashMap<String, Map<String, String>>();
        var holderOfShape = new HashMap<String, String>();
        for (var piece : map.pieces()) {
            var parts = new LinkedHashMap<String, String>();
            for (var region : map.regions(piece.id())) {
                parts.put(region.name(), succession.holder(region.name(), year, existsIn));
            }
            parts.put(piece.id(), succession.holder(piece.id(), year, existsIn));
            if (parts.values().stream().distinct().count() == 1) {
                var holder = parts.get(piece.id());
                parts.clear();
                parts.put(piece.id(), holder);
            }
            parts.forEach((id, holder) -> {
                if (holder != null) {
                    holderOfShape.put(id, holder);
                }
            });
            holders.put(piece.id(), parts);
        }
        var geometry = map.yearGeometry(YearGeometry.signature(holders), s -> YearGeometry.build(map, holders));
        return new YearMap(year, dataset, Map.copyOf(holderOfShape), geometry, map.shapeIds());
    }

    public int year() {
        return year;
    }

    /** The whole map ready to draw: sea, land shapes, coasts and borders, in layout units. */
    public MapDrawing drawing() {
        return geometry.drawing();
    }

    /** The map cut to a box in layout units (what a cropped picture shows; shapes across the edge are clipped). */
    public MapDrawing drawing(Extent clip) {
        return drawing(clip, 0);
    }

    /**
     * The map cut to a box and simplified for drawing at a scale: no point moves more than {@code tolerance} layout
     * units (pass a fraction of a pixel: 0.25 / page units per layout unit). Fewer points make PNG, PDF and SVG
     * faster and smaller; a shape too small to simplify keeps its detail. Each border is simplified once, so shared
     * borders stay shared; fills may differ from them by the tolerance, which the border line covers.
     */
    public MapDrawing drawing(Extent clip, double tolerance) {
        Objects.requireNonNull(clip, "clip");
        return geometry.drawing(clip, tolerance);
    }

    /** Every filled shape: one per state that has land this year, and the land of no state. */
    public List<MapShape> shapes() {
        return geometry.drawing().shapes();
    }

    /** The shape of a state this year, if it has one (a state that does not exist, or has no land here, has none). */
    public Optional<MapShape> shape(String stateId) {
        var e = geometry.state(stateId);
        return e == null ? Optional.empty() : Optional.of(e.shape());
    }

    /** The ids of the states that have a shape this year, sorted. */
    public Set<String> stateIds() {
        var ids = new TreeSet<String>();
        for (var e : geometry.entries()) {
            if (e.shape().isState()) {
                ids.add(e.shape().stateId());
            }
        }
        return ids;
    }

    /**
     * The states of the dataset that exist this year but have no shape on the map at all (small islands the 1:50m map
     * does not have, such as Tuvalu): renderers draw them as dots at their capitals. A state whose shape another holds
     * this year (Estonia in 1985, inside the Soviet Union) is not one of them. Sorted by id.
     */
    public List<State> dotStates() {
        return dataset.states().stream()
                .filter(s -> s.existsIn(year) && geometry.state(s.id()) == null && !shapeIds.contains(s.id()))
                .sorted(Comparator.comparing(State::id))
                .toList();
    }

    /** Who holds today's shape (or part, such as {@code DEU.E}) {@code shapeId} this year, if anyone. */
    public Optional<String> holder(String shapeId) {
        return Optional.ofNullable(holderOfShape.get(shapeId));
    }

    /**
     * The state whose land contains a point (its border included), for clicks and hovering; empty over the sea and
     * over land of no state.
     *
     * @param p a point in layout units
     */
    public Optional<String> stateAt(Point p) {
        return Optional.ofNullable(geometry.stateAt(p.x(), p.y()));
    }

    /**
     * The box around the land of some states near their capitals, to crop a picture to them (Europe without French
     * Guiana or Siberia's far east). For each state: the part of its shape within {@code reach} layout units of its
     * capital on both axes (about 16.7 km per unit at the equator, less towards the poles); a state without a shape
     * counts as its capital. States unknown to the dataset or without land or capital this year are skipped.
     *
     * @param reach half the side of the box kept around each capital, layout units; 100 keeps European Russia and the
     *              eastern United States but not Alaska or Siberia
     * @return empty when no state is left
     */
    public Optional<Extent> bounds(Collection<String> stateIds, double reach) {
        return bounds(stateIds, reach, false);
    }

    /**
     * {@link #bounds(Collection, double)} without the distant islands: of a state's land within {@code reach}, a part
     * (one polygon) counts only when it is at least {@value #MAIN_PART_SHARE} of the state's largest part there, or
     * lies within {@value #NEAR_SHARE} of {@code reach} of the capital. Europe is then cropped without the Canary
     * Islands, Madeira, Svalbard or Novaya Zemlya, while Sicily, Crete and Northern Ireland stay.
     */
    public Optional<Extent> mainBounds(Collection<String> stateIds, double reach) {
        return bounds(stateIds, reach, true);
    }

    /**
     * A point well inside the largest part of a state's land this year (JTS interior point), for a marker of a state
     * whose capital lies outside its land (the data's one capital for Germany is Berlin, inside East Germany from 1949
     * to 1990); empty when the state has no land this year.
     */
    public Optional<Point> pointInside(String stateId) {
        var e = geometry.state(stateId);
        if (e == null) {
            return Optional.empty();
        }
        Geometry largest = null;
        for (int i = 0; i < e.geometry().getNumGeometries(); i++) {
            var part = e.geometry().getGeometryN(i);
            if (largest == null || part.getArea() > largest.getArea()) {
                largest = part;
            }
        }
        var p = largest.getInteriorPoint();
        return Optional.of(new Point(p.getX(), p.getY()));
    }

    /** A part of a state's land is "main" at this share of its largest part or more ({@link #mainBounds}). */
    static final double MAIN_PART_SHARE = 0.25;

    /** A part of a state's land this near its capital, as a share of the reach, always counts ({@link #mainBounds}). */
    static final double NEAR_SHARE = 0.4;

    private Optional<Extent> bounds(Collection<String> stateIds, double reach, boolean mainOnly) {
        Extent result = null;
        for (var id : stateIds) {
            var state = dataset.state(id);
            if (state.isEmpty() || !state.get().existsIn(year)) {
                continue;
            }
            var capital = EqualEarthProjection.project(state.get().lat(), state.get().lon());
            var near = new Envelope(capital.x() - reach, capital.x() + reach, capital.y() - reach, capital.y() + reach);
            Extent box = new Extent(capital.x(), capital.y(), capital.x(), capital.y());
            var e = geometry.state(id);
            if (e != null) {
                var env = e.geometry().getEnvelopeInternal();
                Geometry kept = null;
                if (near.contains(env)) {
                    kept = e.geometry();
                } else if (near.intersects(env)) {
                    kept = OverlayNGRobust.overlay(e.geometry(), WorldMap.FACTORY.toGeometry(near),
                            OverlayNG.INTERSECTION);
                }
                if (kept != null && mainOnly) {
                    kept = mainParts(kept, capital, NEAR_SHARE * reach);
                }
                if (kept != null && !kept.isEmpty()) {
                    var k = kept.getEnvelopeInternal();
                    box = box.union(new Extent(k.getMinX(), k.getMinY(), k.getMaxX(), k.getMaxY()));
                }
            }
            result = result == null ? box : result.union(box);
        }
        return Optional.ofNullable(result);
    }

    /** The parts of {@code land} that are large (against its largest part) or near {@code capital}. */
    private static Geometry mainParts(Geometry land, Point capital, double nearby) {
        double largest = 0;
        for (int i = 0; i < land.getNumGeometries(); i++) {
            largest = Math.max(largest, land.getGeometryN(i).getArea());
        }
        var around = new Envelope(capital.x() - nearby, capital.x() + nearby, capital.y() - nearby,
                capital.y() + nearby);
        var parts = new ArrayList<Geometry>();
        for (int i = 0; i < land.getNumGeometries(); i++) {
            var part = land.getGeometryN(i);
            if (part.getArea() >= MAIN_PART_SHARE * largest || around.intersects(part.getEnvelopeInternal())) {
                parts.add(part);
            }
        }
        return WorldMap.FACTORY.buildGeometry(parts);
    }

    /** The JTS geometry of a state's land this year (for tests in this package). */
    Optional<Geometry> geometry(String stateId) {
        var e = geometry.state(stateId);
        return e == null ? Optional.empty() : Optional.of(e.geometry());
    }
}

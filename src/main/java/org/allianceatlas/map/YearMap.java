package org.allianceatlas.map;

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
    public MapDrawing drawing(MapExtent clip) {
        return drawing(clip, 0);
    }

    /**
     * The map cut to a box and simplified for drawing at a scale: no point moves more than {@code tolerance} layout
     * units (pass a fraction of a pixel: 0.25 / page units per layout unit). Fewer points make PNG, PDF and SVG
     * faster and smaller; a shape too small to simplify keeps its detail. Each border is simplified once, so shared
     * borders stay shared; fills may differ from them by the tolerance, which the border line covers.
     */
    public MapDrawing drawing(MapExtent clip, double tolerance) {
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
     *              contiguous United States but not Alaska or Siberia
     * @return empty when no state is left
     */
    public Optional<MapExtent> bounds(Collection<String> stateIds, double reach) {
        MapExtent result = null;
        for (var id : stateIds) {
            var state = dataset.state(id);
            if (state.isEmpty() || !state.get().existsIn(year)) {
                continue;
            }
            var capital = EqualEarthProjection.project(state.get().lat(), state.get().lon());
            var near = new Envelope(capital.x() - reach, capital.x() + reach, capital.y() - reach, capital.y() + reach);
            MapExtent box = new MapExtent(capital.x(), capital.y(), capital.x(), capital.y());
            var e = geometry.state(id);
            if (e != null) {
                var env = e.geometry().getEnvelopeInternal();
                Envelope kept = null;
                if (near.contains(env)) {
                    kept = env;
                } else if (near.intersects(env)) {
                    var cut = OverlayNGRobust.overlay(e.geometry(), WorldMap.FACTORY.toGeometry(near),
                            OverlayNG.INTERSECTION);
                    kept = cut.isEmpty() ? null : cut.getEnvelopeInternal();
                }
                if (kept != null) {
                    box = box.union(new MapExtent(kept.getMinX(), kept.getMinY(), kept.getMaxX(), kept.getMaxY()));
                }
            }
            result = result == null ? box : result.union(box);
        }
        return Optional.ofNullable(result);
    }

    /** The JTS geometry of a state's land this year (for tests in this package). */
    Optional<Geometry> geometry(String stateId) {
        var e = geometry.state(stateId);
        return e == null ? Optional.empty() : Optional.of(e.geometry());
    }
}

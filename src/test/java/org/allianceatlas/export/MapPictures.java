package org.allianceatlas.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.allianceatlas.export.render.Anchor;
import org.allianceatlas.export.render.Bounds;
import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.Layer;
import org.allianceatlas.export.render.LayoutToPage;
import org.allianceatlas.export.render.MapLayers;
import org.allianceatlas.export.render.MapPicture;
import org.allianceatlas.export.render.MapRequest;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.layout.EqualEarthProjection;
import org.allianceatlas.layout.Extent;
import org.allianceatlas.map.ShippedMap;
import org.allianceatlas.map.WorldMap;

/**
 * Pictures of the shipped map as the scene builder will make them: the map fitted into a page area, optionally with
 * state discs at the capitals (to see that shapes and capitals line up) and the legend rows as text.
 */
public final class MapPictures {

    private MapPictures() {
    }

    /** The world's extent in layout units. */
    public static Extent world() {
        return WorldMap.shipped().sphere().extent();
    }

    /** The map of {@code request} for {@code extent} on a page of the given size, with a 3.5 % margin. */
    public static RenderModel picture(MapRequest request, Extent extent, double width, double height,
                                      VisualStyle style, boolean capitals) {
        var map = map(request, extent, width, height, style);
        var layers = new ArrayList<>(map.picture().layers());
        var toPage = map.toPage();
        if (capitals) {
            var discs = new ArrayList<Drawable>();
            var year = ShippedMap.year(request.year());
            for (var s : ShippedMap.dataset().states()) {
                if (s.existsIn(request.year()) && (year.shape(s.id()).isPresent() || year.dotStates().contains(s))) {
                    var p = EqualEarthProjection.project(s.lat(), s.lon());
                    double x = toPage.x(p.x());
                    double y = toPage.y(p.y());
                    if (map.area().minX() < x && x < map.area().maxX() && map.area().minY() < y
                            && y < map.area().maxY()) {
                        discs.add(new Drawable.Circle(x, y, 3, style.regionColour(s.region()), style.stateStroke(),
                                0.8, s.name()));
                    }
                }
            }
            layers.add(new Layer("vertices", discs));
        }
        var legend = new ArrayList<Drawable>();
        double y = map.area().minY() + 20;
        for (var row : map.picture().legend()) {
            legend.add(new Drawable.Area(null, List.of(new double[] {map.area().minX() + 10, y - 12,
                    map.area().minX() + 28, y - 12, map.area().minX() + 28, y + 2, map.area().minX() + 10, y + 2}),
                    row.fill(), row.hatch(), style.foreground(), 0.5));
            legend.add(new Drawable.Text(map.area().minX() + 34, y, row.text(), 13, style.foreground(), Anchor.START,
                    false));
            y += 20;
        }
        layers.add(new Layer("legend", legend));
        return new RenderModel(width, height, style.background(), "map", style.fontFamilies(), layers);
    }

    /** The map layers, the transform and the page area of a picture. */
    public record Fitted(MapPicture picture, LayoutToPage toPage, Bounds area) {
    }

    public static Fitted map(MapRequest request, Extent extent, double width, double height, VisualStyle style) {
        double margin = 0.035 * Math.min(width, height);
        var area = new Bounds(margin, margin, width - margin, height - margin);
        double s = Math.min(area.width() / extent.width(), area.height() / extent.height());
        double ox = area.minX() + (area.width() - extent.width() * s) / 2 - extent.minX() * s;
        double oy = area.minY() + (area.height() - extent.height() * s) / 2 - extent.minY() * s;
        var toPage = new LayoutToPage(s, ox, oy);
        var picture = MapLayers.build(request, ShippedMap.dataset(), toPage, area, style);
        return new Fitted(picture, toPage, area);
    }

    /** The bounds of some states near their capitals (reach 100), grown by a margin. */
    public static Extent around(int year, Collection<String> states) {
        return ShippedMap.year(year).bounds(states, 100).orElseThrow().expand(15);
    }
}

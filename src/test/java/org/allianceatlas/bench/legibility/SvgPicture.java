package org.allianceatlas.bench.legibility;

import java.util.List;

/**
 * What an SVG shows, as far as legibility goes, in the pixels of the slide it is fitted into (centred, aspect ratio
 * kept, as {@code preserveAspectRatio="xMidYMid meet"} and a slide program place it).
 *
 * @param source   where it was read from (for messages and tables)
 * @param slide    the slide: {@code 0,0} to its width and height in pixels
 * @param scale    slide pixels per SVG user unit at the root (1 for our 1920 × 1080 exports)
 * @param labels   the vertex labels
 * @param vertices the vertex shapes
 * @param legend   the legend's bounds, or null
 * @param title    the title block's bounds, or null
 * @param caption  the caption's bounds, or null
 */
public record SvgPicture(String source, Box slide, double scale, List<SvgLabel> labels, List<SvgVertex> vertices,
                         Box legend, Box title, Box caption) {

    public SvgPicture {
        labels = List.copyOf(labels);
        vertices = List.copyOf(vertices);
    }
}

package org.allianceatlas.bench.legibility;

/**
 * A vertex label read from an SVG {@code <text>}, in slide pixels.
 *
 * @param text    the text, white space collapsed
 * @param key     the vertex it names when the SVG says so ({@code data-vertex}, or Gephi's {@code class="id_…"}),
 *                else null
 * @param box     the text's box: advance width by the anchor, from the font's ascent to its descent (the line box),
 *                after every transform; the union of its lines when {@code <tspan>}s place lines of their own
 * @param anchorX the anchor point ({@code x}, at the box's vertical middle): where the text is attached
 * @param anchorY see {@code anchorX}
 * @param sizePx  the font size in slide pixels
 * @param font    the font family whose metrics measured the text
 */
public record SvgLabel(String text, String key, Box box, double anchorX, double anchorY, double sizePx,
                       String font) {
}

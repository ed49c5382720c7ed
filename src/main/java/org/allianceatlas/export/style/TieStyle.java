package org.allianceatlas.export.style;

import java.util.List;

/**
 * How a tie is drawn.
 *
 * @param width stroke width in layout units (1 unit = 1 px at 100 % zoom)
 * @param dash  dash pattern (on, off, …) in layout units; empty for a solid line
 * @param arrow true when the tie is directed (arrowhead at the recipient)
 */
public record TieStyle(Rgb colour, double width, List<Double> dash, boolean arrow) {

    public TieStyle {
        dash = List.copyOf(dash);
    }
}

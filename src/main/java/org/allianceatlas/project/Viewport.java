package org.allianceatlas.project;

/**
 * Where the screen looked when a view was saved.
 *
 * @param centreX the centre of the screen, in layout units
 * @param centreY the centre of the screen, in layout units
 * @param zoom    how close, &gt; 0: 1 is the view fitted to the window, 2 twice as close
 */
public record Viewport(double centreX, double centreY, double zoom) {

    public Viewport {
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("the centre must be finite: " + centreX + ", " + centreY);
        }
        if (!(zoom > 0) || !Double.isFinite(zoom)) {
            throw new IllegalArgumentException("zoom must be a positive number: " + zoom);
        }
    }
}

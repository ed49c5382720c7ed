package org.allianceatlas.ui.prefs;

/**
 * Where the main window was: top-left corner and size in screen pixels (JavaFX's device-independent pixels), and
 * whether it was maximised.
 *
 * <p>Invariant: width and height are positive.
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public WindowBounds {
        if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("window bounds must be finite with a positive size");
        }
    }
}

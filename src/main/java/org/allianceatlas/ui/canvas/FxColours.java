package org.allianceatlas.ui.canvas;

import javafx.scene.paint.Color;

import org.allianceatlas.export.style.Rgb;

/** Toolkit-neutral style colours as JavaFX colours. */
final class FxColours {

    private FxColours() {
    }

    static Color of(Rgb rgb) {
        return Color.rgb(rgb.r(), rgb.g(), rgb.b(), rgb.alpha());
    }
}

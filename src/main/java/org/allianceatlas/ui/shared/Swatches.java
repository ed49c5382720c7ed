package org.allianceatlas.ui.shared;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;

import org.allianceatlas.export.style.Rgb;
import org.allianceatlas.export.style.TieStyle;

/**
 * Small drawings of the visual style for lists and menus — a line in a tie type's dash, width and colour, a dot in
 * a region's colour — so that the filters double as a legend and always match the canvas.
 */
public final class Swatches {

    private static final double LINE_LENGTH = 26;

    private Swatches() {
    }

    public static Color colour(Rgb rgb) {
        return Color.rgb(rgb.r(), rgb.g(), rgb.b(), rgb.alpha());
    }

    /** A short horizontal line drawn the way ties of this style are. */
    public static Node line(TieStyle style) {
        var line = new Line(0, 0, LINE_LENGTH, 0);
        line.setStroke(colour(style.colour()));
        line.setStrokeWidth(style.width());
        line.setStrokeLineCap(StrokeLineCap.BUTT);
        line.getStrokeDashArray().setAll(style.dash());
        line.getStyleClass().add(AtlasStyles.SWATCH);
        return line;
    }

    /** A dot in a region's colour. */
    public static Node dot(Rgb fill) {
        var dot = new Circle(5, colour(fill));
        dot.getStyleClass().add(AtlasStyles.SWATCH);
        return dot;
    }
}

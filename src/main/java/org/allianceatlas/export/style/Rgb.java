package org.allianceatlas.export.style;

import java.util.Locale;

/** A colour with alpha (0–1), toolkit-neutral. */
public record Rgb(int r, int g, int b, double alpha) {

    public Rgb {
        if (r < 0 || r > 255 || g < 0 || g > 255 || b < 0 || b > 255 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("colour out of range");
        }
    }

    /** Parses {@code #rrggbb}. */
    public static Rgb hex(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff, 1.0);
    }

    public Rgb withAlpha(double a) {
        return new Rgb(r, g, b, a);
    }

    /** {@code #rrggbb} (alpha dropped). */
    public String toHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** CSS {@code rgba(r,g,b,a)}, usable in JavaFX CSS and SVG. */
    public String toCss() {
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.3f)", r, g, b, alpha);
    }

    /** Relative luminance (WCAG), for picking a readable label colour. */
    public double luminance() {
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}

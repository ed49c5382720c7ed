package org.allianceatlas.export.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Text sizes estimated without a font engine, so that the render model can place titles, labels and the legend
 * without AWT or JavaFX. Estimates err on the wide side: each character is given at least the advance width it has
 * in DejaVu Sans, the widest of the style's font families, so text never runs past the box reserved for it (a test
 * checks the estimate against the fonts Java2D actually uses).
 */
public final class TextMetrics {

    private static final String NARROW = "ijl|!.,:;'`\u00b7";
    private static final String SEMI_NARROW = "fIrt()[]{}-/\\\"*";
    private static final String WIDE_LOWER = "mw";
    private static final String WIDE_UPPER = "MW\u00c6\u0152@%";

    private TextMetrics() {
    }

    /** Estimated advance width of {@code text} at {@code size} page units. */
    public static double width(String text, double size, boolean bold) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            em += advance(cp);
            i += Character.charCount(cp);
        }
        return em * size * (bold ? 1.12 : 1.0);
    }

    /** Height above the baseline that glyphs (accented capitals included) may reach. */
    public static double ascent(double size) {
        return 0.95 * size;
    }

    /** Depth below the baseline that descenders may reach. */
    public static double descent(double size) {
        return 0.26 * size;
    }

    /** Distance between baselines of consecutive lines. */
    public static double lineHeight(double size) {
        return 1.25 * size;
    }

    /**
     * Breaks {@code text} into lines no wider than {@code maxWidth}: at spaces where possible, inside a word only
     * when the word alone is too wide. Never returns an empty list for non-empty text.
     */
    public static List<String> wrap(String text, double size, boolean bold, double maxWidth) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.strip().split("\\s+")) {
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size, bold) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            var rest = word;
            while (width(rest, size, bold) > maxWidth && rest.length() > 1) {
                int fit = 1;
                while (fit < rest.length() && width(rest.substring(0, fit + 1), size, bold) <= maxWidth) {
                    fit++;
                }
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static double advance(int cp) {
        if (cp == ' ') {
            return 0.34;
        }
        if (cp < 128) {
            char c = (char) cp;
            if (NARROW.indexOf(c) >= 0) {
                return 0.34;
            }
            if (SEMI_NARROW.indexOf(c) >= 0) {
                return 0.5;
            }
            if (WIDE_LOWER.indexOf(c) >= 0) {
                return 1.0;
            }
            if (WIDE_UPPER.indexOf(c) >= 0) {
                return 1.05;
            }
            if (Character.isUpperCase(c)) {
                return 0.82;
            }
            if (Character.isDigit(c)) {
                return 0.66;
            }
            return 0.66;
        }
        if (Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL) {
            return 1.05;
        }
        if (cp == '\u2014' || cp == '\u2026') {
            return 1.05;
        }
        return Character.isUpperCase(cp) ? 0.9 : 0.75;
    }
}

package org.allianceatlas.bench.legibility;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures text with the real fonts of this machine (AWT, fractional metrics, no hinting), so that a label's box is
 * what a viewer on this machine draws. A CSS family list is resolved as a browser would: the first installed family;
 * {@code sans-serif}, {@code serif} and {@code monospace} and Java's logical families (Gephi writes {@code Dialog})
 * map to AWT's logical fonts; when nothing matches, {@code SansSerif}. Not thread-safe.
 */
final class FontMetricsCache {

    /** Metrics are taken at this size and scaled: with fractional metrics, advance widths are linear in size. */
    private static final float REFERENCE_SIZE = 100f;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Set<String> LOGICAL = Set.of("dialog", "dialoginput", "sansserif", "serif", "monospaced");
    private static final Map<String, String> GENERIC = Map.of("sans-serif", Font.SANS_SERIF, "serif", Font.SERIF,
            "monospace", Font.MONOSPACED, "system-ui", Font.SANS_SERIF, "cursive", Font.SANS_SERIF,
            "fantasy", Font.SANS_SERIF);

    private final Map<String, String> installed;
    private final Map<String, Font> fonts = new HashMap<>();

    FontMetricsCache() {
        installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .getAvailableFontFamilyNames(Locale.ROOT))
                .collect(Collectors.toMap(f -> f.toLowerCase(Locale.ROOT), f -> f, (a, b) -> a));
    }

    /** The family that draws a CSS {@code font-family} list on this machine. */
    String resolve(String cssFamilies) {
        if (cssFamilies != null) {
            for (var raw : cssFamilies.split(",")) {
                var name = raw.strip().replaceAll("^['\"]|['\"]$", "").strip();
                var lower = name.toLowerCase(Locale.ROOT);
                if (GENERIC.containsKey(lower)) {
                    return GENERIC.get(lower);
                }
                if (LOGICAL.contains(lower)) {
                    return logicalName(lower);
                }
                if (installed.containsKey(lower)) {
                    return installed.get(lower);
                }
            }
        }
        return Font.SANS_SERIF;
    }

    /** Advance width of {@code text} at {@code size} user units. */
    double width(String family, boolean bold, String text, double size) {
        return font(family, bold).getStringBounds(text, FRC).getWidth() * size / REFERENCE_SIZE;
    }

    /** Ascent above the baseline at {@code size}. */
    double ascent(String family, boolean bold, double size) {
        return font(family, bold).getLineMetrics("Hg", FRC).getAscent() * size / REFERENCE_SIZE;
    }

    /** Descent below the baseline at {@code size}. */
    double descent(String family, boolean bold, double size) {
        return font(family, bold).getLineMetrics("Hg", FRC).getDescent() * size / REFERENCE_SIZE;
    }

    private Font font(String family, boolean bold) {
        return fonts.computeIfAbsent(family + (bold ? "|b" : "|r"),
                k -> new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(REFERENCE_SIZE));
    }

    private static String logicalName(String lower) {
        return switch (lower) {
            case "dialog" -> Font.DIALOG;
            case "dialoginput" -> Font.DIALOG_INPUT;
            case "serif" -> Font.SERIF;
            case "monospaced" -> Font.MONOSPACED;
            default -> Font.SANS_SERIF;
        };
    }
}

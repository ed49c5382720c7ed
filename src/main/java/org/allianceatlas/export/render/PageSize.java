package org.allianceatlas.export.render;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The size of an exported picture in page units: CSS pixels at 96 per inch. A PNG has this many pixels times its
 * scale; a PDF page is this size at 96 units per inch (1 unit = 0.75 pt), so A4 is exactly 210 × 297 mm.
 *
 * @param name   the preset's name, or {@code WxH} for a custom size
 * @param width  page units, {@value #MIN}–{@value #MAX}
 * @param height page units, {@value #MIN}–{@value #MAX}
 */
public record PageSize(String name, int width, int height) {

    /** Smallest side, page units: below this the title and legend no longer fit legibly. */
    public static final int MIN = 200;

    /** Largest side, page units (about 2.8 m at 96 dpi): beyond any screen or poster. */
    public static final int MAX = 10_000;

    /** A 16:9 slide, 1920 × 1080. */
    public static final PageSize SLIDE = new PageSize("slide", 1920, 1080);
    /** A 4:3 slide, 1600 × 1200. */
    public static final PageSize FOUR_BY_THREE = new PageSize("4:3", 1600, 1200);
    /** A4 landscape, 297 × 210 mm. */
    public static final PageSize A4_LANDSCAPE = new PageSize("a4-landscape", 1123, 794);
    /** A4 portrait, 210 × 297 mm. */
    public static final PageSize A4_PORTRAIT = new PageSize("a4-portrait", 794, 1123);

    private static final Pattern CUSTOM = Pattern.compile("(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})");

    public PageSize {
        Objects.requireNonNull(name, "name");
        if (width < MIN || width > MAX || height < MIN || height > MAX) {
            throw new IllegalArgumentException("page size " + width + "x" + height + " is out of range: each side "
                    + "must be " + MIN + " to " + MAX);
        }
    }

    /**
     * Parses a preset name ({@code slide}, {@code 4:3}, {@code a4-landscape}, {@code a4-portrait}, {@code a4} for
     * landscape) or {@code WIDTHxHEIGHT} ({@code 3840x2160}).
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static PageSize parse(String text) {
        var t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "slide", "16:9", "16x9" -> {
                return SLIDE;
            }
            case "4:3", "4x3" -> {
                return FOUR_BY_THREE;
            }
            case "a4", "a4-landscape", "a4landscape" -> {
                return A4_LANDSCAPE;
            }
            case "a4-portrait", "a4portrait" -> {
                return A4_PORTRAIT;
            }
            default -> {
                var m = CUSTOM.matcher(t);
                if (!m.matches()) {
                    throw new IllegalArgumentException("'" + text + "' is not a page size: use slide, 4:3, "
                            + "a4-landscape, a4-portrait or WIDTHxHEIGHT such as 1920x1080");
                }
                int w = Integer.parseInt(m.group(1));
                int h = Integer.parseInt(m.group(2));
                return new PageSize(w + "x" + h, w, h);
            }
        }
    }

    public boolean isLandscape() {
        return width >= height;
    }
}

package org.allianceatlas.export.render;

import java.util.Objects;

/**
 * How a picture export looks. Immutable; change with the {@code with…} methods.
 *
 * @param page        page size (page units, see {@link PageSize})
 * @param scale       pixels per page unit for PNG, {@value #MIN_SCALE}–{@value #MAX_SCALE} (2 for sharp slides on
 *                    high-density screens); ignored by SVG and PDF, which are vectors
 * @param background  page colour and theme
 * @param showTitle   draw a title at the top
 * @param title       the title text, or null for the default ("Defence alignments, YEAR" and the active filters)
 * @param showLegend  draw a legend of the colours, shapes and line styles in use
 * @param showCaption draw a source caption at the bottom
 * @param caption     the caption text, or null for {@link #DEFAULT_CAPTION}
 */
public record ImageOptions(PageSize page, int scale, Background background, boolean showTitle, String title,
                           boolean showLegend, boolean showCaption, String caption) {

    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 4;

    /** Where the data comes from; every membership and clause in the data files cites its source. */
    public static final String DEFAULT_CAPTION =
            "Data: Alliance Atlas dataset, sources in data/ (every membership and clause cites its source)";

    public ImageOptions {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(background, "background");
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be " + MIN_SCALE + " to " + MAX_SCALE + ": " + scale);
        }
    }

    /** A 1920 × 1080 slide at scale 1 on white, with the default title, a legend and the caption. */
    public static ImageOptions defaults() {
        return new ImageOptions(PageSize.SLIDE, 1, Background.WHITE, true, null, true, true, null);
    }

    public ImageOptions withPage(PageSize newPage) {
        return new ImageOptions(newPage, scale, background, showTitle, title, showLegend, showCaption, caption);
    }

    public ImageOptions withScale(int newScale) {
        return new ImageOptions(page, newScale, background, showTitle, title, showLegend, showCaption, caption);
    }

    public ImageOptions withBackground(Background newBackground) {
        return new ImageOptions(page, scale, newBackground, showTitle, title, showLegend, showCaption, caption);
    }

    /** Title on or off, with the given text (null: the default text). */
    public ImageOptions withTitle(boolean show, String text) {
        return new ImageOptions(page, scale, background, show, text, showLegend, showCaption, caption);
    }

    public ImageOptions withLegend(boolean show) {
        return new ImageOptions(page, scale, background, showTitle, title, show, showCaption, caption);
    }

    /** Caption on or off, with the given text (null: {@link #DEFAULT_CAPTION}). */
    public ImageOptions withCaption(boolean show, String text) {
        return new ImageOptions(page, scale, background, showTitle, title, showLegend, show, text);
    }
}

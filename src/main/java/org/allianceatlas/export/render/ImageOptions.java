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
 * @param title       the title text, or null for the default ("Defence alignments, YEAR")
 * @param subtitle    the line under the title, or null for the active filters; empty for none. A custom title keeps
 *                    the filters unless the subtitle is cleared.
 * @param showLegend  draw a legend of the colours, shapes and line styles in use
 * @param showCaption draw a source caption at the bottom
 * @param caption     the caption text, or null for {@link #DEFAULT_CAPTION}
 * @param scene       what the graph shows: labels, organisations, map, overlay
 */
public record ImageOptions(PageSize page, int scale, Background background, boolean showTitle, String title,
                           String subtitle, boolean showLegend, boolean showCaption, String caption,
                           SceneOptions scene) {

    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 4;

    /** Where the data comes from; every membership and clause in the data files cites its source. */
    public static final String DEFAULT_CAPTION =
            "Data: Alliance Atlas dataset, sources in data/ (every membership and clause cites its source)";

    public ImageOptions {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(scene, "scene");
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be " + MIN_SCALE + " to " + MAX_SCALE + ": " + scale);
        }
    }

    /** Options with the default subtitle (the active filters) and the default scene. */
    public ImageOptions(PageSize page, int scale, Background background, boolean showTitle, String title,
                        boolean showLegend, boolean showCaption, String caption) {
        this(page, scale, background, showTitle, title, null, showLegend, showCaption, caption,
                SceneOptions.defaults());
    }

    /** A 1920 × 1080 slide at scale 1 on white, with the default title, a legend and the caption. */
    public static ImageOptions defaults() {
        return new ImageOptions(PageSize.SLIDE, 1, Background.WHITE, true, null, null, true, true, null,
                SceneOptions.defaults());
    }

    public ImageOptions withPage(PageSize newPage) {
        return new ImageOptions(newPage, scale, background, showTitle, title, subtitle, showLegend, showCaption,
                caption, scene);
    }

    public ImageOptions withScale(int newScale) {
        return new ImageOptions(page, newScale, background, showTitle, title, subtitle, showLegend, showCaption,
                caption, scene);
    }

    public ImageOptions withBackground(Background newBackground) {
        return new ImageOptions(page, scale, newBackground, showTitle, title, subtitle, showLegend, showCaption,
                caption, scene);
    }

    /** Title on or off, with the given text (null: the default text). */
    public ImageOptions withTitle(boolean show, String text) {
        return new ImageOptions(page, scale, background, show, text, subtitle, showLegend, showCaption, caption,
                scene);
    }

    /** The line under the title: null for the active filters, empty for none. */
    public ImageOptions withSubtitle(String text) {
        return new ImageOptions(page, scale, background, showTitle, title, text, showLegend, showCaption, caption,
                scene);
    }

    public ImageOptions withLegend(boolean show) {
        return new ImageOptions(page, scale, background, showTitle, title, subtitle, show, showCaption, caption,
                scene);
    }

    /** Caption on or off, with the given text (null: {@link #DEFAULT_CAPTION}). */
    public ImageOptions withCaption(boolean show, String text) {
        return new ImageOptions(page, scale, background, showTitle, title, subtitle, showLegend, show, text, scene);
    }

    public ImageOptions withScene(SceneOptions newScene) {
        return new ImageOptions(page, scale, background, showTitle, title, subtitle, showLegend, showCaption,
                caption, newScene);
    }
}

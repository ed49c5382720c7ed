package org.allianceatlas.ui.prefs;

import java.util.Objects;

import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;

/**
 * The choices of the export dialog that are remembered between runs. The title text is not remembered: it names a
 * year and filters that will have changed by the next export.
 *
 * @param format       the format last written
 * @param page         the page preset's key as the dialog names it ({@code slide}, {@code window}, {@code custom}…);
 *                     an unknown key falls back to the dialog's default
 * @param customWidth  the custom page width, page units, {@link PageSize#MIN}–{@link PageSize#MAX}
 * @param customHeight the custom page height, page units, same range
 * @param scale        PNG pixels per page unit, {@link ImageOptions#MIN_SCALE}–{@link ImageOptions#MAX_SCALE}
 * @param background   the page colour
 * @param title        draw a title
 * @param legend       draw a legend
 * @param caption      draw the source caption
 */
public record ExportChoices(ExportFormat format, String page, int customWidth, int customHeight, int scale,
                            Background background, boolean title, boolean legend, boolean caption) {

    /** What a first export offers: a PNG 16:9 slide at 2× on white, with title, legend and caption. */
    public static final ExportChoices DEFAULTS = new ExportChoices(ExportFormat.PNG, "slide", 1920, 1080, 2,
            Background.WHITE, true, true, true);

    public ExportChoices {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(background, "background");
        customWidth = clamp(customWidth, PageSize.MIN, PageSize.MAX);
        customHeight = clamp(customHeight, PageSize.MIN, PageSize.MAX);
        scale = clamp(scale, ImageOptions.MIN_SCALE, ImageOptions.MAX_SCALE);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}

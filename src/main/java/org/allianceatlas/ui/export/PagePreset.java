package org.allianceatlas.ui.export;

import java.util.Optional;

import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.model.Keyed;

/**
 * The page sizes the export dialog offers. Four are fixed; {@link #WINDOW} takes the size of the graph on screen
 * and {@link #CUSTOM} the width and height typed in, both resolved by the {@link ExportViewModel}.
 */
public enum PagePreset implements Keyed {
    SLIDE("16:9 slide", PageSize.SLIDE),
    FOUR_BY_THREE("4:3 slide", PageSize.FOUR_BY_THREE),
    A4_LANDSCAPE("A4 landscape", PageSize.A4_LANDSCAPE),
    A4_PORTRAIT("A4 portrait", PageSize.A4_PORTRAIT),
    WINDOW("Current window", null),
    CUSTOM("Custom", null);

    private final String label;
    private final PageSize size;

    PagePreset(String label, PageSize size) {
        this.label = label;
        this.size = size;
    }

    /** The name shown in the dialog, e.g. "16:9 slide". */
    public String label() {
        return label;
    }

    /** The fixed size; empty for {@link #WINDOW} and {@link #CUSTOM}. */
    public Optional<PageSize> fixedSize() {
        return Optional.ofNullable(size);
    }
}

package org.allianceatlas.export.render;

import org.allianceatlas.export.style.Theme;
import org.allianceatlas.model.Keyed;

/** The page behind the graph, and the theme whose colours read on it. */
public enum Background implements Keyed {
    WHITE(Theme.LIGHT),
    /** No page colour (PNG alpha, SVG without a background, PDF without a filled page); light-theme colours. */
    TRANSPARENT(Theme.LIGHT),
    DARK(Theme.DARK);

    private final Theme theme;

    Background(Theme theme) {
        this.theme = theme;
    }

    public Theme theme() {
        return theme;
    }
}

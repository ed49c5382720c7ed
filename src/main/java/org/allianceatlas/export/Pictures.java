package org.allianceatlas.export;

import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Positions;

/**
 * The picture of a view, built once for every painter: the PNG, SVG and PDF exporters and the export dialog's
 * preview draw the same {@link RenderModel}, in the style of the options' background.
 */
public final class Pictures {

    private Pictures() {
    }

    /** The render model of {@code view} at {@code positions} (layout units) with {@code options}. */
    public static RenderModel of(AlignmentView view, Positions positions, ImageOptions options) {
        return new RenderModelBuilder().build(view, positions, VisualStyle.of(options.background().theme()), options);
    }
}

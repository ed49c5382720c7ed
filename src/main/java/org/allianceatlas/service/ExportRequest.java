package org.allianceatlas.service;

import java.nio.file.Path;
import java.util.Objects;

import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;

/**
 * What {@link AtlasService#export} writes and how. A value: the {@code with…} methods return changed copies; the
 * picture's options ({@link ImageOptions}: page, scale, background, title, legend, caption, and what the picture
 * shows) travel as one value, so that options added there reach both front ends without a change here.
 *
 * @param format    the file format
 * @param target    the file to write; for CSV the folder that receives {@code nodes.csv} and {@code edges.csv}
 * @param overwrite replace existing files; otherwise an existing target is an error and stays as it was
 * @param picture   page and look of PNG, SVG and PDF (ignored by the data formats)
 * @param positions vertex positions in layout units (what the screen shows); empty: lay out with {@code layout}
 * @param layout    the layout used when {@code positions} is empty
 */
public record ExportRequest(ExportFormat format, Path target, boolean overwrite, ImageOptions picture,
                            Positions positions, LayoutKind layout) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(layout, "layout");
    }

    /** {@code format} to {@code target} with the default picture, laid out geographically, not overwriting. */
    public static ExportRequest of(ExportFormat format, Path target) {
        return new ExportRequest(format, target, false, ImageOptions.defaults(), Positions.empty(),
                LayoutKind.GEOGRAPHIC);
    }

    public ExportRequest overwriting(boolean replace) {
        return new ExportRequest(format, target, replace, picture, positions, layout);
    }

    public ExportRequest withPicture(ImageOptions options) {
        return new ExportRequest(format, target, overwrite, options, positions, layout);
    }

    /** Positions to draw as they are (what the screen shows), instead of a new layout. */
    public ExportRequest at(Positions drawn) {
        return new ExportRequest(format, target, overwrite, picture, drawn, layout);
    }

    public ExportRequest laidOutBy(LayoutKind kind) {
        return new ExportRequest(format, target, overwrite, picture, positions, kind);
    }
}

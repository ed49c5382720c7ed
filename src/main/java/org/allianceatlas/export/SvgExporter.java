package org.allianceatlas.export;

import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.VisualStyle;

/** Writes the picture of a view as an SVG file (see {@link SvgWriter}). */
public final class SvgExporter implements Exporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.SVG;
    }

    @Override
    public void export(ExportJob job) throws ExportException {
        AtomicFile.checkTarget(job.target(), job.overwrite());
        var style = VisualStyle.of(job.options().background().theme());
        var model = new RenderModelBuilder().build(job.view(), job.positions(), style, job.options());
        AtomicFile.write(job.target(), job.overwrite(), out -> new SvgWriter().write(model, out));
    }
}

package org.allianceatlas.export;


/** Writes the picture of a view as an SVG file (see {@link SvgWriter}). */
public final class SvgExporter implements Exporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.SVG;
    }

    @Override
    public void export(ExportJob job) throws ExportException {
        AtomicFile.checkTarget(job.target(), job.overwrite());
        var model = Pictures.of(job.view(), job.positions(), job.options());
        AtomicFile.write(job.target(), job.overwrite(), out -> new SvgWriter().write(model, out));
    }
}

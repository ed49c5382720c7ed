package org.allianceatlas.export;

import java.io.IOException;
import java.io.OutputStream;

import org.allianceatlas.export.render.RenderModel;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes the picture of a view as a one-page vector PDF: the render model drawn straight into the page's content
 * stream by {@link PdfPageWriter} (paths, fills, strokes and text operators, the drawables and their order as
 * {@link Java2dRenderer} draws them for PNG). The page is the page size at 96 units per inch (A4 is 210 × 297 mm).
 *
 * <p><b>Text stays text</b>, selectable and searchable: the font the PNG is drawn with is embedded as a subset of its
 * TrueType file when one was found ({@link FontFace}; parsed once per JVM, {@link PdfFonts}), else the PDF standard
 * Helvetica is used; only a string with characters the font lacks is drawn as outlines. Works with
 * {@code java.awt.headless=true}.
 */
public final class PdfExporter implements Exporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void export(ExportJob job) throws ExportException {
        AtomicFile.checkTarget(job.target(), job.overwrite());
        var model = Pictures.of(job.view(), job.positions(), job.options());
        AtomicFile.write(job.target(), job.overwrite(), out -> write(model, out));
    }

    /**
     * Writes the model as a one-page PDF to {@code out} (not closed). The objects are written plainly, with a classic
     * cross-reference table, rather than packed into compressed object streams: the page's content and the fonts
     * are compressed streams either way, and packing the few small objects left saved 4 % of a slide's file for a
     * third more time to write it.
     */
    public static void write(RenderModel model, OutputStream out) throws IOException {
        try (var doc = toDocument(model)) {
            doc.save(out, CompressParameters.NO_COMPRESSION);
        }
    }

    /** The model as a one-page PDF document; the caller closes it. */
    public static PDDocument toDocument(RenderModel model) throws IOException {
        var doc = new PDDocument();
        try {
            var face = FontFace.resolve(model.fontFamilies());
            var page = new PDPage(new PDRectangle((float) model.width() * PdfPageWriter.POINTS_PER_UNIT,
                    (float) model.height() * PdfPageWriter.POINTS_PER_UNIT));
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                new PdfPageWriter(content, new PdfFonts(doc, face), face).write(model);
            }
            var info = doc.getDocumentInformation();
            if (model.title() != null) {
                info.setTitle(model.title());
            }
            info.setCreator("Alliance Atlas");
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }
}

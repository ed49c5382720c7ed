package org.allianceatlas.export;

import java.io.IOException;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import org.allianceatlas.export.render.RenderModel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes the picture of a view as a one-page vector PDF, drawn by {@link Java2dRenderer} through PDFBox's Graphics2D
 * bridge. The page is the page size at 96 units per inch (A4 is 210 × 297 mm).
 *
 * <p><b>Text stays text.</b> The bridge by default draws text as outlines, which cannot be searched or copied. This
 * exporter gives it a font text drawer instead: the font the renderer uses is embedded (subset) from its TrueType
 * file when one was found ({@link FontFace}), else mapped to the PDF standard Helvetica; only a string with
 * characters the font lacks falls back to outlines. Works with {@code java.awt.headless=true}.
 */
public final class PdfExporter implements Exporter {

    /** PDF points per page unit: 72 points per inch over 96 page units per inch. */
    private static final float POINTS_PER_UNIT = 0.75f;

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void export(ExportJob job) throws ExportException {
        AtomicFile.checkTarget(job.target(), job.overwrite());
        var model = Pictures.of(job.view(), job.positions(), job.options());
        AtomicFile.write(job.target(), job.overwrite(), out -> {
            try (var doc = toDocument(model)) {
                doc.save(out);
            }
        });
    }

    /** The model as a one-page PDF document; the caller closes it. */
    public static PDDocument toDocument(RenderModel model) throws IOException {
        var doc = new PDDocument();
        try {
            var face = FontFace.resolve(model.fontFamilies());
            var page = new PDPage(new PDRectangle((float) model.width() * POINTS_PER_UNIT,
                    (float) model.height() * POINTS_PER_UNIT));
            doc.addPage(page);
            var g = new PdfBoxGraphics2D(doc, (float) model.width(), (float) model.height());
            try (var fonts = new PdfBoxGraphics2DFontTextDrawerDefaultFonts()) {
                if (face.regularFile() != null) {
                    fonts.registerFont(face.regularFile().toFile());
                }
                if (face.boldFile() != null) {
                    fonts.registerFont(face.boldFile().toFile());
                }
                g.setFontTextDrawer(fonts);
                new Java2dRenderer(face).render(model, g);
                g.dispose();
            }
            try (var content = new PDPageContentStream(doc, page)) {
                content.transform(Matrix.getScaleInstance(POINTS_PER_UNIT, POINTS_PER_UNIT));
                content.drawForm(g.getXFormObject());
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

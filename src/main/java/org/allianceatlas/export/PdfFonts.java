package org.allianceatlas.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of one PDF: the {@link FontFace}'s TrueType files as {@link PDType0Font}s, embedded as subsets (only the
 * glyphs the page uses, so a slide's PDF stays small), or the standard Helvetica when the face has no file.
 *
 * <p>Parsing a TrueType file is the expensive part (DejaVu Sans is 740 KB), so each file is parsed <b>once per
 * JVM</b> and the parsed {@link TrueTypeFont} is shared by every document; only the small {@code PDType0Font} wrapper
 * is made per document. FontBox reads a shared font's tables under its own locks (PDFBox's font cache shares parsed
 * fonts the same way), so two exports may run at once. A file that cannot be parsed is remembered as such and the
 * document falls back to Helvetica, as when no file was found.
 */
final class PdfFonts {

    /** Parsed fonts by file; never closed: they live as long as the JVM, as the AWT fonts of {@link FontFace} do. */
    private static final Map<Path, Parsed> PARSED = new ConcurrentHashMap<>();

    private record Parsed(TrueTypeFont font) {
    }

    private final PDFont regular;
    private final PDFont bold;
    private final boolean embedded;

    /** Loads the face's fonts into {@code doc}. */
    PdfFonts(PDDocument doc, FontFace face) throws IOException {
        var r = parsed(face.regularFile());
        var b = face.boldFile() == null ? r : parsed(face.boldFile());
        PDFont loadedRegular = null;
        PDFont loadedBold = null;
        if (r != null) {
            try {
                loadedRegular = PDType0Font.load(doc, r, true);
                // Without a bold file the regular one serves (AWT's synthetic bold has no file to embed).
                loadedBold = b == null || b == r ? loadedRegular : PDType0Font.load(doc, b, true);
            } catch (IOException | RuntimeException e) {
                // E.g. an OpenType file with CFF outlines, which PDFBox cannot embed as a CID font: Helvetica.
                loadedRegular = null;
            }
        }
        embedded = loadedRegular != null;
        regular = embedded ? loadedRegular : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        bold = embedded ? loadedBold : new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    }

    /** The regular or bold font. */
    PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** True when the fonts are the face's own files (the glyphs measured are the glyphs drawn). */
    boolean embedded() {
        return embedded;
    }

    /** The parsed font of {@code file}, or null when there is none or it does not parse. */
    private static TrueTypeFont parsed(Path file) {
        if (file == null) {
            return null;
        }
        return PARSED.computeIfAbsent(file, f -> {
            try {
                // In memory: the tables are read lazily, and a file handle held for the JVM's life would pin the file.
                var font = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(f)));
                // No glyph substitution (ligatures, shaping): Java2D draws simple text without it too, so the PDF
                // shows the PNG's glyphs; PDFBox would otherwise run it for every string it writes. Text that needs
                // shaping is drawn as outlines (PdfPageWriter), as Java2D shapes it.
                font.setEnableGsub(false);
                return new Parsed(font);
            } catch (IOException | RuntimeException e) {
                // AWT read the file (FontFace), FontBox cannot: draw with Helvetica rather than fail the export.
                return new Parsed(null);
            }
        }).font();
    }
}

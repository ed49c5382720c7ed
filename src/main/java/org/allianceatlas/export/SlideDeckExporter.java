package org.allianceatlas.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import org.allianceatlas.export.render.FilterDescription;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.export.render.RenderModelBuilder;
import org.allianceatlas.export.style.VisualStyle;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.layout.Positions;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Writes a PowerPoint deck (.pptx, Apache POI XSLF): a 16:9 slide per {@link Slide}, each with its title as the
 * slide's title (so that PowerPoint's outline and a screen reader find it), the active filters below it, the picture,
 * the source caption, and speaker notes that list the sources behind what the slide shows ({@link SourceNotes}).
 *
 * <p>The picture is an SVG with a PNG fallback, the way PowerPoint 2016 and later store vector pictures (an
 * {@code asvg:svgBlip} extension on the PNG's blip, written by POI's {@code XSLFPictureShape.setSvgImage}): readers
 * that know the extension draw the vector, the others the PNG, drawn at 1800 × 800 pixels (twice the slide's
 * resolution, 144 dpi). LibreOffice Impress 7.4 (Debian 12) shows the PNG (docs/export.md says what was seen). Both
 * come from the same render model as the PNG and SVG exports. Written atomically; a cancelled export leaves nothing
 * behind.
 */
public final class SlideDeckExporter {

    /** The slide, in points: 13.333 × 7.5 inches, PowerPoint's 16:9. */
    static final Dimension SLIDE = new Dimension(960, 540);

    /** Where the picture goes on the slide, in points. */
    static final Rectangle2D PICTURE_AREA = new Rectangle2D.Double(30, 96, 900, 400);

    /**
     * The picture's page, in page units: the picture area at two units a point, so that text sizes chosen for a
     * 1920-wide slide read the same here; the PNG fallback is drawn at this size, 1 pixel a unit.
     */
    public static final PageSize PICTURE_PAGE = new PageSize("slide-picture", 1800, 800);

    /**
     * One slide.
     *
     * @param title    the slide's title
     * @param subtitle the active filters, or empty
     * @param picture  the picture, drawn without its own title and caption (the slide has them as text)
     * @param caption  the source line
     * @param notes    the speaker notes, one paragraph a line
     */
    public record Slide(String title, String subtitle, RenderModel picture, String caption, List<String> notes) {
        public Slide {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(picture, "picture");
            subtitle = subtitle == null ? "" : subtitle;
            caption = caption == null ? "" : caption;
            notes = List.copyOf(notes);
        }

        /**
         * The slide of {@code view} laid out at {@code positions}, as a picture export with {@code options} would draw
         * it: {@code options}' title (or the default one) on the slide, the filters below it unless a custom title
         * drops them ({@code keepSubtitle} false), the caption at the bottom, the sources in the notes.
         */
        public static Slide of(AlignmentView view, Positions positions, ImageOptions options, boolean keepSubtitle) {
            var title = options.title() != null ? options.title() : FilterDescription.defaultTitle(view);
            var subtitle = options.subtitle() != null ? options.subtitle()
                    : options.title() == null || keepSubtitle ? FilterDescription.activeFilters(view) : "";
            var caption = options.showCaption()
                    ? options.caption() != null ? options.caption() : ImageOptions.DEFAULT_CAPTION : "";
            var pictureOptions = pictureOptions(options);
            var picture = new RenderModelBuilder().build(view, positions,
                    VisualStyle.of(options.background().theme()), pictureOptions);
            return new Slide(title, subtitle, picture, caption, SourceNotes.of(view, title));
        }
    }

    /**
     * The options of a slide's picture: {@link #PICTURE_PAGE} at scale 1, without title and caption (the slide has
     * them as text); lay the picture out for this page's graph area.
     */
    public static ImageOptions pictureOptions(ImageOptions options) {
        return options.withPage(PICTURE_PAGE).withScale(1).withTitle(false, null).withCaption(false, null);
    }

    /**
     * Writes the deck.
     *
     * @throws ExportException       when the target exists (without overwrite) or cannot be written
     * @throws CancellationException when {@code progress} cancelled it; nothing is then written
     */
    public void export(List<Slide> slides, Path target, boolean overwrite, ExportProgress progress)
            throws ExportException {
        AtomicFile.checkTarget(target, overwrite);
        if (slides.isEmpty()) {
            throw new ExportException(ExportException.Reason.INVALID_OPTIONS, target,
                    "Cannot write " + target + ": a deck needs at least one slide (a saved view or a year)");
        }
        AtomicFile.writeFile(target, overwrite, temp -> {
            try (var deck = new XMLSlideShow()) {
                deck.setPageSize(SLIDE);
                progress.update(0, slides.size());
                for (int i = 0; i < slides.size(); i++) {
                    if (progress.cancelled()) {
                        throw new CancellationException("the export was cancelled");
                    }
                    add(deck, slides.get(i));
                    progress.update(i + 1, slides.size());
                }
                try (var out = Files.newOutputStream(temp)) {
                    deck.write(out);
                }
            }
        });
    }

    private static void add(XMLSlideShow deck, Slide s) throws IOException {
        var layout = deck.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY);
        XSLFSlide slide = deck.createSlide(layout);
        var title = slide.getPlaceholder(0);
        title.setText(s.title());
        title.setAnchor(new Rectangle2D.Double(30, 14, 900, 48));
        title.setWordWrap(true);
        // Left, above the filters, as a chart's title reads; the layout's title is centred.
        title.getTextParagraphs().forEach(p -> p.setTextAlign(TextParagraph.TextAlign.LEFT));
        style(title, 28, true, new Color(0x22, 0x22, 0x22));
        if (!s.subtitle().isEmpty()) {
            var sub = slide.createTextBox();
            sub.setAnchor(new Rectangle2D.Double(30, 62, 900, 28));
            sub.setText(s.subtitle());
            style(sub, 14, false, new Color(0x55, 0x55, 0x55));
        }
        var png = new ByteArrayOutputStream(1 << 20);
        PngExporter.encode(PngExporter.render(s.picture(), 1.0), png, PngExporter.Encoder.PNGENCODER);
        var svg = new ByteArrayOutputStream(1 << 18);
        new SvgWriter().write(s.picture(), svg);
        var picture = slide.createPicture(deck.addPicture(png.toByteArray(), PictureType.PNG));
        picture.setAnchor(PICTURE_AREA);
        picture.setSvgImage(deck.addPicture(svg.toByteArray(), PictureType.SVG));
        if (!s.caption().isEmpty()) {
            var caption = slide.createTextBox();
            caption.setAnchor(new Rectangle2D.Double(30, 500, 900, 30));
            caption.setText(s.caption());
            style(caption, 10, false, new Color(0x66, 0x66, 0x66));
        }
        var notes = deck.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(String.join("\n", s.notes()));
                break;
            }
        }
    }

    private static void style(XSLFTextShape shape, double size, boolean bold, Color colour) {
        for (var p : shape.getTextParagraphs()) {
            for (var r : p.getTextRuns()) {
                r.setFontSize(size);
                r.setBold(bold);
                r.setFontColor(colour);
            }
        }
    }
}

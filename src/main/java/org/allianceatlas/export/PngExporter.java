package org.allianceatlas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.ImageIO;

import com.pngencoder.PngEncoder;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModel;

/**
 * Writes the picture of a view as a PNG of (page width × scale) × (page height × scale) pixels, drawn by
 * {@link Java2dRenderer} into a {@code BufferedImage} (headless): RGB when the background is opaque, with an alpha
 * channel when it is transparent.
 *
 * <p>Encoded with {@code com.pngencoder} at deflate level {@value #COMPRESSION_LEVEL}, multi-threaded. ImageIO's
 * encoder is kept for comparison (docs/export.md, "Performance"): on a 3840 × 2160 picture pngencoder at level 4 was
 * 1.2 to 3 times faster than ImageIO for a file of the same size (4.2 MB); pngencoder's default, level 9, was slower
 * than ImageIO and saved only 1 %. On the 1920 × 1080 world slide level 3 is a fifth faster than level 4 for a file
 * no larger (423 KB against 424 KB; level 2: 430 KB, level 1: 438 KB).
 */
public final class PngExporter implements Exporter {

    /**
     * Largest picture, in pixels (an ARGB image of this size needs 256 MiB): 3840 × 2160 at scale 2 fits, a
     * 10,000-unit square at scale 4 does not.
     */
    public static final long MAX_PIXELS = 64L * 1024 * 1024;

    /**
     * Deflate level: 3 gives files as small as level 4 and ImageIO's, faster; 9 (the default) saves 1–2 % at several
     * times the cost.
     */
    static final int COMPRESSION_LEVEL = 3;

    /** Which PNG encoder to use. */
    public enum Encoder { PNGENCODER, IMAGEIO }

    private final Encoder encoder;

    public PngExporter() {
        this(Encoder.PNGENCODER);
    }

    public PngExporter(Encoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PNG;
    }

    @Override
    public void export(ExportJob job) throws ExportException {
        AtomicFile.checkTarget(job.target(), job.overwrite());
        var options = job.options();
        long pixels = (long) options.page().width() * options.scale() * options.page().height() * options.scale();
        if (pixels > MAX_PIXELS) {
            throw new ExportException(ExportException.Reason.INVALID_OPTIONS, job.target(), "Cannot write "
                    + job.target() + ": " + options.page().width() * options.scale() + "x" + options.page().height()
                    * options.scale() + " pixels is more than the " + MAX_PIXELS / 1_000_000 + " million a PNG may "
                    + "have here; choose a smaller size or scale");
        }
        var model = Pictures.of(job.view(), job.positions(), job.options());
        var image = render(model, options);
        AtomicFile.write(job.target(), job.overwrite(), out -> encode(image, out, encoder));
    }

    /** Draws the model at the options' scale. */
    public static BufferedImage render(RenderModel model, ImageOptions options) {
        return render(model, options.scale());
    }

    /**
     * Draws the model at {@code scale} pixels per page unit (any positive factor: the export dialog's preview draws
     * below 1); the image is the page size times the scale, rounded to whole pixels.
     */
    public static BufferedImage render(RenderModel model, double scale) {
        int w = Math.max(1, (int) Math.round(model.width() * scale));
        int h = Math.max(1, (int) Math.round(model.height() * scale));
        var background = model.background();
        boolean opaque = background != null && background.alpha() >= 1;
        // An opaque picture needs no alpha channel: a quarter less to draw into and to compress, and the same pixels.
        var image = new BufferedImage(w, h, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        try {
            var renderer = new Java2dRenderer(FontFace.resolve(model.fontFamilies()));
            if (opaque) {
                // Whole pixels, not antialiased: every pixel of the image, also at a scale where the page's edge
                // falls inside one; and no coverage computed for two million pixels that are all covered.
                g.setColor(Java2dRenderer.awt(background));
                g.fillRect(0, 0, w, h);
                g.scale(scale, scale);
                Java2dRenderer.setHints(g);
                renderer.drawAll(g, model.drawables());
            } else {
                g.scale(scale, scale);
                renderer.render(model, g);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Encodes {@code image} as PNG with the given encoder; does not close {@code out}. */
    public static void encode(BufferedImage image, OutputStream out, Encoder encoder) throws IOException {
        if (encoder == Encoder.PNGENCODER) {
            new PngEncoder().withBufferedImage(image).withCompressionLevel(COMPRESSION_LEVEL)
                    .withMultiThreadedCompressionEnabled(true).toStream(out);
        } else if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }
}

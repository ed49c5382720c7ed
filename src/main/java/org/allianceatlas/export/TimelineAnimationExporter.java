package org.allianceatlas.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.RenderModel;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutAlgorithm;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.Codec;
import org.jcodec.common.Format;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rational;

/**
 * Writes the timeline as an animation: years A to B, each frame the picture a PNG export of that year draws (see
 * {@link TimelineFrames}), with fades that blend one year's picture into the next. Formats: an animated GIF (looping,
 * one global palette, see {@link GifPalette}), an MP4 video (H.264 by JCodec, pure Java) or a folder of PNG frames.
 *
 * <p>Frames are streamed: a year is drawn when it is needed and handed to the encoder, so memory holds two years'
 * pictures and one blend whatever the length (docs/benchmarks.md measures it). A frame held for several frames is
 * written once in a GIF (with a longer delay) and encoded again in a video (constant frame rate).
 *
 * <p>Atomic like every export: the file (or folder) appears only when complete; a failure or a cancellation
 * ({@link ExportProgress#cancelled()}, then {@link CancellationException}) leaves nothing behind. A transparent
 * background is drawn white (video has no alpha; GIF transparency would fringe every anti-aliased edge).
 */
public final class TimelineAnimationExporter {

    /** Largest frame rate a GIF can keep: its delays are whole hundredths of a second, and browsers slow down below 2. */
    public static final int MAX_GIF_FPS = 50;

    /**
     * What to animate and where.
     *
     * @param criteria the filters; the year is replaced by each year of {@code options}
     * @param layout   the layout, sized by the style of the background's theme
     * @param target   the file to write (for {@link PresentationFormat#PNG_SEQUENCE}: the folder)
     */
    public record Job(AlignmentGraph graph, FilterCriteria criteria, LayoutAlgorithm layout, AnimationOptions options,
                      PresentationFormat format, Path target, boolean overwrite) {
        public Job {
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(criteria, "criteria");
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(target, "target");
            if (!Objects.requireNonNull(format, "format").isAnimation()) {
                throw new IllegalArgumentException(format.key() + " is not an animation format");
            }
        }
    }

    /**
     * Writes the animation.
     *
     * @throws ExportException       when the target exists (without overwrite) or cannot be written, or the options
     *                               do not suit the format (an odd frame size for MP4, too many frames a second for
     *                               GIF); nothing is then written
     * @throws CancellationException when {@code progress} cancelled it; nothing is then written
     */
    public void export(Job job, ExportProgress progress) throws ExportException {
        var options = opaque(job.options());
        check(job, options);
        if (job.format() == PresentationFormat.PNG_SEQUENCE) {
            AtomicFolder.write(job.target(), job.overwrite(), folder -> {
                var frames = new TimelineFrames(job.graph(), job.criteria(), job.layout(), options.image(),
                        options.years());
                play(frames, options, new PngSequenceSink(folder, options.frameCount()), progress);
            });
            return;
        }
        AtomicFile.checkTarget(job.target(), job.overwrite());
        var frames = new TimelineFrames(job.graph(), job.criteria(), job.layout(), options.image(), options.years());
        AtomicFile.writeFile(job.target(), job.overwrite(), temp -> {
            try (var sink = job.format() == PresentationFormat.GIF
                    ? new GifSink(temp, options, palette(frames, options)) : new Mp4Sink(temp, options)) {
                play(frames, options, sink, progress);
            }
        });
    }

    private static AnimationOptions opaque(AnimationOptions o) {
        if (o.image().background() != Background.TRANSPARENT) {
            return o;
        }
        return new AnimationOptions(o.from(), o.to(), o.step(), o.framesPerYear(), o.fadeFrames(), o.fps(),
                o.image().withBackground(Background.WHITE));
    }

    private static void check(Job job, AnimationOptions o) throws ExportException {
        long pixels = (long) o.width() * o.height();
        if (pixels > PngExporter.MAX_PIXELS) {
            throw invalid(job, o.width() + "x" + o.height() + " pixels a frame is more than the "
                    + PngExporter.MAX_PIXELS / 1_000_000 + " million allowed; choose a smaller size or scale");
        }
        if (job.format() == PresentationFormat.MP4 && (o.width() % 2 != 0 || o.height() % 2 != 0)) {
            throw invalid(job, "H.264 video needs an even width and height, not " + o.width() + "x" + o.height()
                    + "; choose e.g. " + (o.width() & ~1) + "x" + (o.height() & ~1));
        }
        if (job.format() == PresentationFormat.GIF && o.fps() > MAX_GIF_FPS) {
            throw invalid(job, "a GIF plays at most " + MAX_GIF_FPS + " frames a second, not " + o.fps()
                    + "; choose fewer, or MP4");
        }
    }

    private static ExportException invalid(Job job, String why) {
        return new ExportException(ExportException.Reason.INVALID_OPTIONS, job.target(),
                "Cannot write " + job.target() + ": " + why);
    }

    /** A palette from the first and last years' pictures: between them they show most colours in use. */
    private static GifPalette palette(TimelineFrames frames, AnimationOptions options) {
        var drawer = new FrameDrawer(options);
        var first = drawer.draw(frames.picture(0), null);
        var last = frames.size() > 1 ? drawer.draw(frames.picture(frames.size() - 1), null) : first;
        return GifPalette.of(List.of(first, last));
    }

    /** Draws each year once and streams the frames to {@code sink}: fades first, then the year held. */
    private static void play(TimelineFrames frames, AnimationOptions options, FrameSink sink, ExportProgress progress)
            throws IOException {
        var drawer = new FrameDrawer(options);
        int total = options.frameCount();
        int done = 0;
        BufferedImage previous = null;
        BufferedImage current = null;
        BufferedImage blend = null;
        progress.update(0, total);
        for (int i = 0; i < frames.size(); i++) {
            stopIfCancelled(progress);
            // Reuse the buffer of the year before last: at most three frame buffers live at once.
            var spare = previous;
            previous = current;
            current = drawer.draw(frames.picture(i), spare);
            int fades = previous == null ? 0 : options.fadeFrames();
            for (int k = 1; k <= fades; k++) {
                stopIfCancelled(progress);
                blend = blend(previous, current, k / (double) (fades + 1), blend);
                sink.frame(blend, 1);
                progress.update(++done, total);
            }
            stopIfCancelled(progress);
            int hold = options.framesPerYear() - fades;
            sink.frame(current, hold);
            done += hold;
            progress.update(done, total);
        }
    }

    private static void stopIfCancelled(ExportProgress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("the export was cancelled");
        }
    }

    /** {@code a} blended into {@code b}: {@code t} = 0 is {@code a}, 1 is {@code b}. Into {@code out} when given. */
    static BufferedImage blend(BufferedImage a, BufferedImage b, double t, BufferedImage out) {
        if (out == null) {
            out = new BufferedImage(a.getWidth(), a.getHeight(), BufferedImage.TYPE_INT_RGB);
        }
        int[] pa = GifPalette.pixels(a);
        int[] pb = GifPalette.pixels(b);
        int[] po = GifPalette.pixels(out);
        int wb = (int) Math.round(t * 256);
        int wa = 256 - wb;
        for (int i = 0; i < po.length; i++) {
            int x = pa[i];
            int y = pb[i];
            int r = ((x >> 16 & 255) * wa + (y >> 16 & 255) * wb) >> 8;
            int g = ((x >> 8 & 255) * wa + (y >> 8 & 255) * wb) >> 8;
            int bl = ((x & 255) * wa + (y & 255) * wb) >> 8;
            po[i] = r << 16 | g << 8 | bl;
        }
        return out;
    }

    /** Draws render models into opaque frames of the animation's size, as {@link PngExporter#render} does. */
    private static final class FrameDrawer {
        private final AnimationOptions options;
        private Java2dRenderer renderer;

        FrameDrawer(AnimationOptions options) {
            this.options = options;
        }

        BufferedImage draw(RenderModel model, BufferedImage reuse) {
            var image = reuse != null ? reuse
                    : new BufferedImage(options.width(), options.height(), BufferedImage.TYPE_INT_RGB);
            if (renderer == null) {
                renderer = new Java2dRenderer(FontFace.resolve(model.fontFamilies()));
            }
            var g = image.createGraphics();
            try {
                // The model paints its background; this only clears what a reused buffer held.
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.scale(options.image().scale(), options.image().scale());
                renderer.render(model, g);
            } finally {
                g.dispose();
            }
            return image;
        }
    }

    /** Receives the frames in order; {@code repeat} is how many frames the picture lasts. */
    private interface FrameSink extends Closeable {
        void frame(BufferedImage rgb, int repeat) throws IOException;
    }

    /** An animated GIF: one global palette, the NETSCAPE2.0 loop extension (loop forever), per-frame delays. */
    private static final class GifSink implements FrameSink {
        private final ImageOutputStream out;
        private final ImageWriter writer;
        private final GifPalette palette;
        private final BufferedImage indexed;
        private final int fps;
        private int frames;
        private boolean first = true;

        GifSink(Path file, AnimationOptions options, GifPalette palette) throws IOException {
            this.palette = palette;
            this.fps = options.fps();
            this.indexed = palette.newIndexed(options.width(), options.height());
            this.out = ImageIO.createImageOutputStream(file.toFile());
            var writers = ImageIO.getImageWritersByFormatName("gif");
            if (!writers.hasNext()) {
                out.close();
                throw new IOException("no GIF writer in this Java runtime");
            }
            this.writer = writers.next();
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
        }

        @Override
        public void frame(BufferedImage rgb, int repeat) throws IOException {
            palette.index(rgb, indexed);
            // Delays are whole hundredths of a second; carry the rounding so that the total time stays exact.
            int delay = (int) Math.round((frames + repeat) * 100.0 / fps) - (int) Math.round(frames * 100.0 / fps);
            frames += repeat;
            writer.writeToSequence(new IIOImage(indexed, null, metadata(delay)), null);
        }

        private IIOMetadata metadata(int delayCentis) throws IOException {
            var meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(indexed), null);
            var format = meta.getNativeMetadataFormatName();
            var root = (IIOMetadataNode) meta.getAsTree(format);
            var control = child(root, "GraphicControlExtension");
            control.setAttribute("disposalMethod", "none");
            control.setAttribute("userInputFlag", "FALSE");
            control.setAttribute("transparentColorFlag", "FALSE");
            control.setAttribute("delayTime", Integer.toString(delayCentis));
            control.setAttribute("transparentColorIndex", "0");
            if (first) {
                first = false;
                var extensions = child(root, "ApplicationExtensions");
                var loop = new IIOMetadataNode("ApplicationExtension");
                loop.setAttribute("applicationID", "NETSCAPE");
                loop.setAttribute("authenticationCode", "2.0");
                loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = forever
                extensions.appendChild(loop);
            }
            meta.setFromTree(format, root);
            return meta;
        }

        private static IIOMetadataNode child(IIOMetadataNode root, String name) {
            for (int i = 0; i < root.getLength(); i++) {
                if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                    return (IIOMetadataNode) root.item(i);
                }
            }
            var node = new IIOMetadataNode(name);
            root.appendChild(node);
            return node;
        }

        @Override
        public void close() throws IOException {
            try {
                if (frames > 0) {
                    writer.endWriteSequence();
                }
            } finally {
                writer.dispose();
                out.close();
            }
        }
    }

    /** An MP4 (H.264) video by JCodec's pure-Java encoder, at a constant frame rate. */
    private static final class Mp4Sink implements FrameSink {
        private final org.jcodec.common.io.SeekableByteChannel channel;
        private final SequenceEncoder encoder;
        private final Picture picture;

        Mp4Sink(Path file, AnimationOptions options) throws IOException {
            this.channel = NIOUtils.writableChannel(file.toFile());
            try {
                this.encoder = new SequenceEncoder(channel, Rational.R(options.fps(), 1), Format.MOV, Codec.H264,
                        null);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            this.picture = Picture.create(options.width(), options.height(), ColorSpace.RGB);
        }

        @Override
        public void frame(BufferedImage rgb, int repeat) throws IOException {
            int[] px = GifPalette.pixels(rgb);
            byte[] dst = picture.getPlaneData(0);
            // JCodec keeps 8-bit samples as signed bytes, value - 128, packed R, G, B.
            for (int i = 0, j = 0; i < px.length; i++, j += 3) {
                int p = px[i];
                dst[j] = (byte) ((p >> 16 & 255) - 128);
                dst[j + 1] = (byte) ((p >> 8 & 255) - 128);
                dst[j + 2] = (byte) ((p & 255) - 128);
            }
            for (int k = 0; k < repeat; k++) {
                encoder.encodeNativeFrame(picture);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                encoder.finish();
            } finally {
                channel.close();
            }
        }
    }

    /** {@code frame-00001.png} … in a folder; a picture held for several frames is encoded once. */
    private static final class PngSequenceSink implements FrameSink {
        private final Path folder;
        private final String pattern;
        private int next = 1;

        PngSequenceSink(Path folder, int total) {
            this.folder = folder;
            this.pattern = "frame-%0" + Math.max(5, Integer.toString(total).length()) + "d.png";
        }

        @Override
        public void frame(BufferedImage rgb, int repeat) throws IOException {
            var bytes = new ByteArrayOutputStream(1 << 18);
            PngExporter.encode(rgb, bytes, PngExporter.Encoder.PNGENCODER);
            var data = bytes.toByteArray();
            for (int k = 0; k < repeat; k++) {
                Files.write(folder.resolve(String.format(Locale.ROOT, pattern, next++)), data);
            }
        }

        @Override
        public void close() {
            // every frame is already a complete file
        }
    }

    /** Test access: the pixels of an opaque frame. */
    static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Test access: the default image options of an animation frame. */
    static ImageOptions frameOptions(AnimationOptions options) {
        return opaque(options).image();
    }
}

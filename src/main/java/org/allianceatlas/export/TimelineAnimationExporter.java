package org.allianceatlas.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import org.allianceatlas.layout.Positions;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.muxer.MP4Muxer;
import org.jcodec.scale.ColorUtil;
import org.jcodec.scale.Transform;

/**
 * Writes the timeline as an animation: years A to B, each frame the picture a PNG export of that year draws (see
 * {@link TimelineFrames}), with fades that blend one year's picture into the next. Formats: an animated GIF (looping,
 * one global palette, see {@link GifPalette}), an MP4 video (H.264 by JCodec, pure Java) or a folder of PNG frames.
 *
 * <p>Frames are streamed: a year is drawn when it is needed and handed to the encoder, so memory holds two years'
 * pictures and one blend whatever the length (docs/benchmarks.md measures it). A frame held for several frames is
 * written once, lasting longer: a GIF frame with a longer delay, an MP4 sample with a longer duration.
 *
 * <p>Atomic like every export: the file (or folder) appears only when complete; a failure or a cancellation
 * ({@link ExportProgress#cancelled()}, then {@link CancellationException}) leaves nothing behind. A transparent
 * background is drawn white (video has no alpha; GIF transparency would fringe every anti-aliased edge).
 */
public final class TimelineAnimationExporter {

    /** Largest frame rate of a GIF: delays are whole hundredths of a second, and browsers slow down below 2. */
    public static final int MAX_GIF_FPS = 50;

    /**
     * What to animate and where.
     *
     * @param criteria  the filters; the year is replaced by each year of {@code options}
     * @param positions every vertex of every year, as a PNG export of these filters places them
     * @param target    the file to write (for {@link PresentationFormat#PNG_SEQUENCE}: the folder)
     */
    public record Job(AlignmentGraph graph, FilterCriteria criteria, Positions positions, AnimationOptions options,
                      PresentationFormat format, Path target, boolean overwrite) {
        public Job {
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(criteria, "criteria");
            Objects.requireNonNull(positions, "positions");
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
                var frames = new TimelineFrames(job.graph(), job.criteria(), job.positions(), options.image(),
                        options.years());
                play(frames, options, new PngSequenceSink(folder, options.frameCount()), progress);
            });
            return;
        }
        AtomicFile.checkTarget(job.target(), job.overwrite());
        var frames = new TimelineFrames(job.graph(), job.criteria(), job.positions(), options.image(), options.years());
        AtomicFile.writeFile(job.target(), job.overwrite(), temp -> {
            FrameSink encoder = job.format() == PresentationFormat.GIF
                    ? new GifSink(temp, options, palette(frames, options)) : new Mp4Sink(temp, options);
            try (var sink = new PipelinedSink(encoder)) {
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

    /**
     * Hands frames to another sink on a thread of its own, so that drawing the next year and encoding this one run
     * at the same time (encoding is about half the work; on two cores this nearly halves the time). At most
     * {@value #IN_FLIGHT} frames wait, each a copy in a reused buffer, so memory stays bounded. An encoder failure is
     * rethrown to the drawing thread at the next frame or at {@link #close()}; closing always waits for the encoder
     * thread to stop, so that the file is no longer written when the caller deletes or moves it.
     */
    private static final class PipelinedSink implements FrameSink {
        static final int IN_FLIGHT = 2;

        private final FrameSink target;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "animation-encoder");
            t.setDaemon(true);
            return t;
        });
        private final BlockingQueue<BufferedImage> free =
                new ArrayBlockingQueue<>(IN_FLIGHT);
        private final List<Future<?>> pending = new ArrayList<>();
        private int allocated;

        PipelinedSink(FrameSink target) {
            this.target = target;
        }

        @Override
        public void frame(BufferedImage rgb, int repeat) throws IOException {
            rethrowFailures(false);
            BufferedImage copy = free.poll();
            if (copy == null && allocated < IN_FLIGHT) {
                allocated++;
                copy = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
            } else if (copy == null) {
                try {
                    copy = free.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for the encoder");
                }
            }
            System.arraycopy(GifPalette.pixels(rgb), 0, GifPalette.pixels(copy), 0, GifPalette.pixels(rgb).length);
            var frame = copy;
            pending.add(thread.submit(() -> {
                try {
                    target.frame(frame, repeat);
                } finally {
                    free.add(frame);
                }
                return null;
            }));
        }

        /** Rethrows the first failure of a finished frame; with {@code all}, waits for every frame first. */
        private void rethrowFailures(boolean all) throws IOException {
            var it = pending.iterator();
            while (it.hasNext()) {
                var f = it.next();
                if (!all && !f.isDone()) {
                    continue;
                }
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for the encoder");
                } catch (ExecutionException e) {
                    var cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IOException(cause);
                }
                it.remove();
            }
        }

        @Override
        public void close() throws IOException {
            try {
                rethrowFailures(true);
            } finally {
                thread.shutdownNow();
                try {
                    thread.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                target.close();
            }
        }
    }

    /**
     * An animated GIF: one palette for every frame, the NETSCAPE2.0 loop extension (loop forever), per-frame delays.
     * After the first frame only the rectangle that changed is written, and within it the pixels that did not change
     * are transparent ({@link GifPalette#UNCHANGED}) over the previous frame, which is kept ("do not dispose"): a year
     * whose title and a few ties change costs kilobytes, not a whole frame.
     */
    private static final class GifSink implements FrameSink {
        private final ImageOutputStream out;
        private final ImageWriter writer;
        private final GifPalette palette;
        private final BufferedImage indexed;
        private final byte[] shown;
        private final int width;
        private final int fps;
        private int frames;
        private boolean first = true;

        GifSink(Path file, AnimationOptions options, GifPalette palette) throws IOException {
            this.palette = palette;
            this.fps = options.fps();
            this.width = options.width();
            this.indexed = palette.newIndexed(options.width(), options.height());
            this.shown = new byte[options.width() * options.height()];
            this.out = ImageIO.createImageOutputStream(file.toFile());
            var writers = ImageIO.getImageWritersByFormatName("gif");
            if (!writers.hasNext()) {
                out.close();
                throw new IOException("no GIF writer in this Java runtime");
            }
            this.writer = writers.next();
            writer.setOutput(out);
            writer.prepareWriteSequence(streamMetadata(options.width(), options.height()));
        }

        /** The palette as the GIF's global colour table, for decoders that read only the first frame's header. */
        private IIOMetadata streamMetadata(int width, int height) throws IOException {
            var meta = writer.getDefaultStreamMetadata(null);
            var format = meta.getNativeMetadataFormatName();
            var root = (IIOMetadataNode) meta.getAsTree(format);
            var screen = child(root, "LogicalScreenDescriptor");
            screen.setAttribute("logicalScreenWidth", Integer.toString(width));
            screen.setAttribute("logicalScreenHeight", Integer.toString(height));
            screen.setAttribute("colorResolution", "8");
            screen.setAttribute("pixelAspectRatio", "0");
            var table = child(root, "GlobalColorTable");
            while (table.getFirstChild() != null) {
                table.removeChild(table.getFirstChild());
            }
            var model = palette.model();
            table.setAttribute("sizeOfGlobalColorTable", "256");
            table.setAttribute("backgroundColorIndex", "0");
            table.setAttribute("sortFlag", "FALSE");
            for (int i = 0; i < 256; i++) {
                var entry = new IIOMetadataNode("ColorTableEntry");
                entry.setAttribute("index", Integer.toString(i));
                entry.setAttribute("red", Integer.toString(model.getRed(i)));
                entry.setAttribute("green", Integer.toString(model.getGreen(i)));
                entry.setAttribute("blue", Integer.toString(model.getBlue(i)));
                table.appendChild(entry);
            }
            meta.setFromTree(format, root);
            return meta;
        }

        @Override
        public void frame(BufferedImage rgb, int repeat) throws IOException {
            palette.index(rgb, indexed);
            // Delays are whole hundredths of a second; carry the rounding so that the total time stays exact.
            int delay = (int) Math.round((frames + repeat) * 100.0 / fps) - (int) Math.round(frames * 100.0 / fps);
            frames += repeat;
            byte[] now = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
            if (first) {
                System.arraycopy(now, 0, shown, 0, now.length);
                writer.writeToSequence(new IIOImage(indexed, null, metadata(indexed, 0, 0, delay, false)), null);
                first = false;
                return;
            }
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            int maxX = -1;
            int maxY = -1;
            for (int i = 0; i < now.length; i++) {
                if (now[i] != shown[i]) {
                    int x = i % width;
                    int y = i / width;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
            if (maxX < 0) { // nothing changed: one pixel, transparent, just to carry the delay
                minX = 0;
                minY = 0;
                maxX = 0;
                maxY = 0;
            }
            int w = maxX - minX + 1;
            int h = maxY - minY + 1;
            var part = palette.newIndexed(w, h);
            byte[] dst = ((DataBufferByte) part.getRaster().getDataBuffer()).getData();
            for (int y = 0; y < h; y++) {
                int row = (minY + y) * width + minX;
                for (int x = 0; x < w; x++) {
                    byte b = now[row + x];
                    dst[y * w + x] = b == shown[row + x] ? (byte) GifPalette.UNCHANGED : b;
                    shown[row + x] = b;
                }
            }
            writer.writeToSequence(new IIOImage(part, null, metadata(part, minX, minY, delay, true)), null);
        }

        private IIOMetadata metadata(BufferedImage image, int left, int top, int delayCentis, boolean transparent)
                throws IOException {
            // Not ImageTypeSpecifier.createFromRenderedImage: for a TYPE_BYTE_INDEXED image it returns the type's
            // default palette (a colour cube), which would then be written as the frame's colour table.
            var type = new ImageTypeSpecifier(image.getColorModel(), image.getSampleModel());
            var meta = writer.getDefaultImageMetadata(type, null);
            var format = meta.getNativeMetadataFormatName();
            var root = (IIOMetadataNode) meta.getAsTree(format);
            var descriptor = child(root, "ImageDescriptor");
            descriptor.setAttribute("imageLeftPosition", Integer.toString(left));
            descriptor.setAttribute("imageTopPosition", Integer.toString(top));
            descriptor.setAttribute("imageWidth", Integer.toString(image.getWidth()));
            descriptor.setAttribute("imageHeight", Integer.toString(image.getHeight()));
            var control = child(root, "GraphicControlExtension");
            control.setAttribute("disposalMethod", "doNotDispose");
            control.setAttribute("userInputFlag", "FALSE");
            control.setAttribute("transparentColorFlag", transparent ? "TRUE" : "FALSE");
            control.setAttribute("delayTime", Integer.toString(delayCentis));
            control.setAttribute("transparentColorIndex", Integer.toString(GifPalette.UNCHANGED));
            if (left == 0 && top == 0 && !transparent) {
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

    /**
     * An MP4 (H.264) video by JCodec's pure-Java encoder. A picture held for several frames is encoded once, as one
     * sample that lasts that long (MP4 samples carry their own duration), and the encoder looks for no motion (the
     * pictures do not pan): each costs a third of JCodec's default, and the file is no larger.
     */
    private static final class Mp4Sink implements FrameSink {
        private final org.jcodec.common.io.SeekableByteChannel channel;
        private final MP4Muxer muxer;
        private final H264Encoder encoder = H264Encoder.createH264Encoder();
        private final Picture rgbPicture;
        private final Picture yuv;
        private final Transform toYuv = ColorUtil.getTransform(ColorSpace.RGB, ColorSpace.YUV420J);
        private final ByteBuffer buffer;
        private final int fps;
        private MuxerTrack track;
        private long pts;
        private int frameNo;

        Mp4Sink(Path file, AnimationOptions options) throws IOException {
            this.channel = NIOUtils.writableChannel(file.toFile());
            try {
                this.muxer = MP4Muxer.createMP4MuxerToChannel(channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            this.fps = options.fps();
            encoder.setMotionSearchRange(0);
            encoder.setKeyInterval(Math.max(1, 2 * fps)); // a key frame every two seconds, for seeking
            this.rgbPicture = Picture.create(options.width(), options.height(), ColorSpace.RGB);
            this.yuv = Picture.create(options.width(), options.height(), ColorSpace.YUV420J);
            this.buffer = ByteBuffer.allocate(encoder.estimateBufferSize(yuv));
        }

        @Override
        public void frame(BufferedImage rgb, int repeat) throws IOException {
            int[] px = GifPalette.pixels(rgb);
            byte[] dst = rgbPicture.getPlaneData(0);
            // JCodec keeps 8-bit samples as signed bytes, value - 128, packed R, G, B.
            for (int i = 0, j = 0; i < px.length; i++, j += 3) {
                int p = px[i];
                dst[j] = (byte) ((p >> 16 & 255) - 128);
                dst[j + 1] = (byte) ((p >> 8 & 255) - 128);
                dst[j + 2] = (byte) ((p & 255) - 128);
            }
            toYuv.transform(rgbPicture, yuv);
            buffer.clear();
            var encoded = encoder.encodeFrame(yuv, buffer);
            if (track == null) {
                track = muxer.addVideoTrack(Codec.H264, VideoCodecMeta.createSimpleVideoCodecMeta(
                        new Size(yuv.getWidth(), yuv.getHeight()), ColorSpace.YUV420J));
            }
            track.addFrame(Packet.createPacket(NIOUtils.clone(encoded.getData()), pts, fps, repeat, frameNo++,
                    encoded.isKeyFrame() ? Packet.FrameType.KEY : Packet.FrameType.INTER, null));
            pts += repeat;
        }

        @Override
        public void close() throws IOException {
            try {
                if (track != null) {
                    muxer.finish();
                }
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

package org.allianceatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;

import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.layout.TimelineLayout;
import org.allianceatlas.layout.VertexSizes;
import org.jcodec.api.FrameGrab;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineAnimationExporterTest {

    @TempDir
    Path dir;

    private static final ImageOptions SMALL = ImageOptions.defaults().withPage(PageSize.parse("320x240"));

    /** Every vertex of every year, laid out once as an export does (the union of the years' views). */
    private static Positions everyYear() {
        var graph = ExportFixtures.graph();
        var timeline = graph.timeline(FilterCriteria.forYear(2020), 1945, 2024);
        return TimelineLayout.layout(timeline, LayoutKind.GEOGRAPHIC, VertexSizes.STANDARD, 1800, 900);
    }

    private static TimelineAnimationExporter.Job job(AnimationOptions options, PresentationFormat format, Path target) {
        return new TimelineAnimationExporter.Job(ExportFixtures.graph(), FilterCriteria.forYear(2020), everyYear(),
                options, format, target, false);
    }

    /** Frame count, each frame's delay and the loop count of a written GIF, read back with ImageIO. */
    private record GifFacts(int frames, List<Integer> delays, List<Integer> loops, int width, int height) {
    }

    private static GifFacts readGif(Path file) throws Exception {
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            var delays = new ArrayList<Integer>();
            var loops = new ArrayList<Integer>();
            for (int i = 0; i < n; i++) {
                var meta = reader.getImageMetadata(i);
                var root = (IIOMetadataNode) meta.getAsTree(meta.getNativeMetadataFormatName());
                var gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(gce.getAttribute("delayTime")));
                var apps = root.getElementsByTagName("ApplicationExtension");
                for (int k = 0; k < apps.getLength(); k++) {
                    var app = (IIOMetadataNode) apps.item(k);
                    if (app.getAttribute("applicationID").equals("NETSCAPE")) {
                        var data = (byte[]) app.getUserObject();
                        loops.add((data[1] & 255) | (data[2] & 255) << 8);
                    }
                }
            }
            var first = reader.read(0);
            reader.dispose();
            return new GifFacts(n, delays, loops, first.getWidth(), first.getHeight());
        }
    }

    @Test
    void gifHasOneFramePerFadeAndOnePerHeldYearWithDelaysThatAddUpAndLoopsForever() throws Exception {
        // 2020..2024: 5 years, 4 frames a year of which 2 fade: year 1 is one held frame (4 long), the others two
        // fades and one held frame (2 long) each.
        var options = new AnimationOptions(2020, 2024, 1, 4, 2, 10, SMALL);
        var target = dir.resolve("t.gif");
        new TimelineAnimationExporter().export(job(options, PresentationFormat.GIF, target), ExportProgress.NONE);
        var gif = readGif(target);
        assertEquals(1 + 4 * 3, gif.frames());
        assertEquals(List.of(40, 10, 10, 20, 10, 10, 20, 10, 10, 20, 10, 10, 20), gif.delays());
        assertEquals(List.of(0), gif.loops(), "NETSCAPE2.0 on the first frame, loop count 0 = forever");
        assertEquals(320, gif.width());
        assertEquals(240, gif.height());
        assertEquals(options.frameCount() * 100 / options.fps(), gif.delays().stream().mapToInt(i -> i).sum());
    }

    @Test
    void gifDelaysCarryTheRoundingSoThatTheTotalTimeIsExact() throws Exception {
        var options = new AnimationOptions(2021, 2023, 1, 3, 0, 8, SMALL); // 3 frames at 12.5 cs: 37.5 cs a year
        var target = dir.resolve("r.gif");
        new TimelineAnimationExporter().export(job(options, PresentationFormat.GIF, target), ExportProgress.NONE);
        var gif = readGif(target);
        assertEquals(3, gif.frames());
        assertEquals(List.of(38, 37, 38), gif.delays());
    }

    @Test
    void gifFramesShowTheYearChanging() throws Exception {
        var options = new AnimationOptions(1950, 2024, 74, 1, 0, 2, SMALL);
        var target = dir.resolve("y.gif");
        new TimelineAnimationExporter().export(job(options, PresentationFormat.GIF, target), ExportProgress.NONE);
        var frames = composedGif(target);
        assertEquals(2, frames.size());
        assertTrue(differingPixels(frames.get(0), frames.get(1)) > 100, "1950 and 2024 differ: new members, title");
        assertEquals(0xFFFFFF, frames.get(1).getRGB(2, 2) & 0xFFFFFF, "the white page stays white");
    }

    @Test
    void mp4DecodesBackToFramesOfTheRightSizeThatAreNotBlank() throws Exception {
        var options = new AnimationOptions(2022, 2024, 1, 2, 1, 4, SMALL);
        var target = dir.resolve("t.mp4");
        new TimelineAnimationExporter().export(job(options, PresentationFormat.MP4, target), ExportProgress.NONE);
        var header = new byte[12];
        try (var in = Files.newInputStream(target)) {
            assertEquals(12, in.read(header));
        }
        assertEquals("ftyp", new String(header, 4, 4, java.nio.charset.StandardCharsets.US_ASCII),
                "an ISO base media file");
        // 3 years of 2 frames at 4 fps: 1.5 s; the last year is held from 1.25 s
        var last = AWTUtil.toBufferedImage(FrameGrab.getFrameAtSec(target.toFile(), 1.3));
        assertEquals(320, last.getWidth());
        assertEquals(240, last.getHeight());
        var colours = new HashSet<Integer>();
        int dark = 0;
        for (int y = 0; y < last.getHeight(); y++) {
            for (int x = 0; x < last.getWidth(); x++) {
                int rgb = last.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb >> 4 & 0x0F0F0F);
                if ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255) < 3 * 128) {
                    dark++;
                }
            }
        }
        assertTrue(colours.size() > 10, "title, vertices and lines, not one flat colour: " + colours.size());
        assertTrue(dark > 50, "dark text on the white page: " + dark);
        var first = AWTUtil.toBufferedImage(FrameGrab.getFrameAtSec(target.toFile(), 0));
        assertTrue(differingPixels(first, last) > 50, "2022 and 2024 differ");
    }

    @Test
    void mp4RefusesAnOddFrameSizeAndWritesNothing() {
        var options = new AnimationOptions(2022, 2024, 1, 2, 1, 4, ImageOptions.defaults()
                .withPage(PageSize.parse("321x240")));
        var target = dir.resolve("odd.mp4");
        var e = assertThrows(ExportException.class, () -> new TimelineAnimationExporter()
                .export(job(options, PresentationFormat.MP4, target), ExportProgress.NONE));
        assertEquals(ExportException.Reason.INVALID_OPTIONS, e.reason());
        assertTrue(e.getMessage().contains("even width and height"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void pngSequenceIsAFolderOfNumberedFramesEqualToThePictureOfTheirYear() throws Exception {
        var options = new AnimationOptions(2023, 2024, 1, 3, 1, 6, SMALL);
        var target = dir.resolve("frames");
        new TimelineAnimationExporter().export(job(options, PresentationFormat.PNG_SEQUENCE, target),
                ExportProgress.NONE);
        List<String> names;
        try (Stream<Path> files = Files.list(target)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("frame-00001.png", "frame-00002.png", "frame-00003.png", "frame-00004.png",
                "frame-00005.png", "frame-00006.png"), names);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("frames"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary folder left beside it");
        }
        var held = ImageIO.read(target.resolve("frame-00002.png").toFile());
        var fade = ImageIO.read(target.resolve("frame-00004.png").toFile());
        var next = ImageIO.read(target.resolve("frame-00005.png").toFile());
        assertArrayEquals(pixels(held), pixels(ImageIO.read(target.resolve("frame-00001.png").toFile())));
        assertNotEquals(0, differingPixels(fade, next), "a fade frame is between the two years");
        assertNotEquals(0, differingPixels(fade, held));
    }

    @Test
    void aCancelledExportLeavesNothingBehind() {
        var options = new AnimationOptions(2000, 2024, 1, 2, 1, 4, SMALL);
        for (var format : List.of(PresentationFormat.GIF, PresentationFormat.MP4, PresentationFormat.PNG_SEQUENCE)) {
            var target = dir.resolve("cancelled-" + format.key());
            var seen = new ArrayList<Integer>();
            var progress = new ExportProgress() {
                @Override
                public void update(int done, int total) {
                    seen.add(done);
                    assertEquals(options.frameCount(), total);
                }

                @Override
                public boolean cancelled() {
                    return seen.size() > 5;
                }
            };
            assertThrows(CancellationException.class, () -> new TimelineAnimationExporter()
                    .export(job(options, format, target), progress));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(), files.toList(), format + ": no file, no temporary file or folder");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void progressCountsEveryFrameUpToTheTotal() throws Exception {
        var options = new AnimationOptions(2020, 2024, 2, 3, 1, 6, SMALL); // 2020, 2022, 2024
        var seen = new ArrayList<Integer>();
        new TimelineAnimationExporter().export(job(options, PresentationFormat.GIF, dir.resolve("p.gif")),
                (done, total) -> seen.add(done));
        assertEquals(0, seen.get(0));
        assertEquals(9, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "increasing: " + seen);
        }
    }

    @Test
    void anExistingFileIsKeptUnlessOverwritingIsAllowed() throws Exception {
        var target = dir.resolve("exists.gif");
        Files.writeString(target, "keep me");
        var options = new AnimationOptions(2023, 2024, 1, 1, 0, 2, SMALL);
        var e = assertThrows(ExportException.class, () -> new TimelineAnimationExporter()
                .export(job(options, PresentationFormat.GIF, target), ExportProgress.NONE));
        assertEquals(ExportException.Reason.EXISTS, e.reason());
        assertEquals("keep me", Files.readString(target));
    }

    @Test
    void theYearsEndWithTheLastYearWhateverTheStep() {
        assertEquals(List.of(1949, 1959, 1969, 1979, 1989, 1999, 2009, 2019, 2024),
                new AnimationOptions(1949, 2024, 10, 1, 0, 1, SMALL).years());
        assertEquals(76, new AnimationOptions(1949, 2024, 1, 1, 0, 1, SMALL).years().size());
    }

    @Test
    void optionsOutOfRangeAreRefusedWithTheReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> new AnimationOptions(2024, 1949, 1, 4, 2, 8,
                SMALL));
        assertTrue(e.getMessage().contains("after the last"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AnimationOptions(1949, 2024, 1, 4, 4, 8, SMALL));
        assertThrows(IllegalArgumentException.class, () -> new AnimationOptions(1949, 2024, 0, 4, 2, 8, SMALL));
    }

    @Test
    void blendIsBetweenItsEnds() {
        var a = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        var b = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        a.setRGB(0, 0, 0x000000);
        b.setRGB(0, 0, 0xFFFFFF);
        a.setRGB(1, 0, 0xFF0000);
        b.setRGB(1, 0, 0xFF0000);
        var half = TimelineAnimationExporter.blend(a, b, 0.5, null);
        assertEquals(0x7F7F7F, half.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0xFF0000, half.getRGB(1, 0) & 0xFFFFFF, "what does not change stays exact");
    }

    /**
     * The frames as a viewer shows them: each later frame is a rectangle drawn over the previous picture, its
     * transparent pixels letting the previous one through.
     */
    private static List<BufferedImage> composedGif(Path file) throws Exception {
        var out = new ArrayList<BufferedImage>();
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            BufferedImage canvas = null;
            for (int i = 0; i < reader.getNumImages(true); i++) {
                var part = reader.read(i);
                var meta = reader.getImageMetadata(i);
                var root = (IIOMetadataNode) meta.getAsTree(meta.getNativeMetadataFormatName());
                var d = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                if (canvas == null) {
                    canvas = new BufferedImage(part.getWidth(), part.getHeight(), BufferedImage.TYPE_INT_ARGB);
                }
                var g = canvas.createGraphics();
                g.drawImage(part, Integer.parseInt(d.getAttribute("imageLeftPosition")),
                        Integer.parseInt(d.getAttribute("imageTopPosition")), null);
                g.dispose();
                var copy = new BufferedImage(canvas.getWidth(), canvas.getHeight(), BufferedImage.TYPE_INT_ARGB);
                copy.setData(canvas.getData());
                out.add(copy);
            }
            reader.dispose();
        }
        return out;
    }

    @Test
    void gifFramesAfterTheFirstAreOnlyWhatChanged() throws Exception {
        var options = new AnimationOptions(2022, 2024, 1, 2, 0, 2, SMALL);
        var target = dir.resolve("delta.gif");
        new TimelineAnimationExporter().export(job(options, PresentationFormat.GIF, target), ExportProgress.NONE);
        var frames = composedGif(target);
        assertEquals(3, frames.size());
        // Each composed frame is its year's full picture (the PNG frames of the same animation), up to the palette.
        var png = dir.resolve("full");
        new TimelineAnimationExporter().export(job(options, PresentationFormat.PNG_SEQUENCE, png),
                ExportProgress.NONE);
        for (int i = 0; i < 3; i++) {
            var full = ImageIO.read(png.resolve(String.format("frame-%05d.png", 2 * i + 1)).toFile());
            int far = 0;
            for (int y = 0; y < full.getHeight(); y++) {
                for (int x = 0; x < full.getWidth(); x++) {
                    int a = full.getRGB(x, y);
                    int b = frames.get(i).getRGB(x, y);
                    for (int shift = 0; shift <= 16; shift += 8) {
                        if (Math.abs((a >> shift & 255) - (b >> shift & 255)) > 40) {
                            far++;
                            break;
                        }
                    }
                }
            }
            assertTrue(far < full.getWidth() * full.getHeight() / 100, "year " + (2022 + i) + ": " + far
                    + " pixels far from the picture");
        }
        try (var in = ImageIO.createImageInputStream(target.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            var whole = reader.read(0);
            var later = reader.read(2);
            assertTrue((long) later.getWidth() * later.getHeight() < (long) whole.getWidth() * whole.getHeight(),
                    "2024 changes part of the 2023 picture only");
            reader.dispose();
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}

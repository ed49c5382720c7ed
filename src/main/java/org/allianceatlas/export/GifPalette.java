package org.allianceatlas.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The colours of an animated GIF and a fast way to map a picture onto them. ImageIO's GIF writer would quantise
 * every frame itself (an octree per frame: slow, and a palette that changes from frame to frame, so that fades
 * flicker); instead one palette serves the whole animation: the {@value #EXACT} colours most used in sample frames
 * (the page, the style's fills, lines and text, which then stay exact) and a 6 × 6 × 6 colour cube for everything
 * else (anti-aliased edges, fades). Index {@value #UNCHANGED} is never a colour: frames after the first mark the
 * pixels that did not change with it, as transparent, which compresses to almost nothing. A lookup table over 6 bits
 * per channel (256 KiB) maps a pixel to its nearest palette colour in constant time.
 */
final class GifPalette {

    /** Colours taken exactly from the samples; the rest of the 255 is the colour cube. */
    static final int EXACT = 39;

    /** The index reserved for "as in the previous frame" (the GIF's transparent colour). */
    static final int UNCHANGED = 255;

    private final IndexColorModel model;
    private final byte[] lookup = new byte[1 << 18];

    private GifPalette(int[] rgb) {
        var r = new byte[256];
        var g = new byte[256];
        var b = new byte[256];
        for (int i = 0; i < 256; i++) {
            r[i] = (byte) (rgb[i] >> 16);
            g[i] = (byte) (rgb[i] >> 8);
            b[i] = (byte) rgb[i];
        }
        model = new IndexColorModel(8, 256, r, g, b);
        for (int key = 0; key < lookup.length; key++) {
            // the cell's 6 bits widened by repeating their top bits, so that white stays white and black black
            int kr = widen(key >> 12 & 63);
            int kg = widen(key >> 6 & 63);
            int kb = widen(key & 63);
            int best = 0;
            int bestDistance = Integer.MAX_VALUE;
            for (int i = 0; i < UNCHANGED; i++) {
                int dr = kr - (rgb[i] >> 16 & 255);
                int dg = kg - (rgb[i] >> 8 & 255);
                int db = kb - (rgb[i] & 255);
                // weights for the eye's sensitivity (red 2, green 4, blue 3), cheap and good enough for a GIF
                int d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            lookup[key] = (byte) best;
        }
    }

    private static int widen(int six) {
        return six << 2 | six >> 4;
    }

    /** A palette for pictures like {@code samples} (TYPE_INT_RGB images). */
    static GifPalette of(List<BufferedImage> samples) {
        var counts = new HashMap<Integer, Integer>();
        for (var image : samples) {
            for (int px : pixels(image)) {
                counts.merge(px & 0xFFFFFF, 1, Integer::sum);
            }
        }
        var colours = new LinkedHashSet<Integer>();
        counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(EXACT).forEach(e -> colours.add(e.getKey()));
        for (int cr = 0; cr < 6 && colours.size() < UNCHANGED; cr++) {
            for (int cg = 0; cg < 6 && colours.size() < UNCHANGED; cg++) {
                for (int cb = 0; cb < 6 && colours.size() < UNCHANGED; cb++) {
                    colours.add(cr * 51 << 16 | cg * 51 << 8 | cb * 51);
                }
            }
        }
        var rgb = new int[256];
        int i = 0;
        for (int c : colours) {
            rgb[i++] = c;
        }
        while (i < 256) {
            rgb[i++] = 0; // unused entries and UNCHANGED: never chosen by the lookup
        }
        return new GifPalette(rgb);
    }

    IndexColorModel model() {
        return model;
    }

    /** An indexed image of the palette, {@code width} × {@code height}, to reuse with {@link #index}. */
    BufferedImage newIndexed(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
    }

    /** Maps {@code rgb} (TYPE_INT_RGB) onto the palette into {@code out} (from {@link #newIndexed}, same size). */
    void index(BufferedImage rgb, BufferedImage out) {
        int[] in = pixels(rgb);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < in.length; i++) {
            int p = in[i];
            dst[i] = lookup[(p >> 6 & 0x3F000) | (p >> 4 & 0xFC0) | (p >> 2 & 0x3F)];
        }
    }

    static int[] pixels(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected a TYPE_INT_RGB image, not type " + image.getType());
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}

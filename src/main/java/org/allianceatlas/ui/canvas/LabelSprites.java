package org.allianceatlas.ui.canvas;

import java.awt.AlphaComposite;
import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.allianceatlas.export.Java2dRenderer;
import org.allianceatlas.export.render.Anchor;
import org.allianceatlas.export.render.Drawable;
import org.allianceatlas.export.render.TextMetrics;
import org.allianceatlas.export.style.Rgb;

/**
 * Labels drawn once and reused: each label (text, size, weight, colours, anchor) at a device scale is rendered by the
 * exports' {@link Java2dRenderer} — glyphs and halo exactly as in a PNG export — into a small premultiplied image,
 * which the scene raster then copies to its place. Shaping a text and stroking its halo cost far more than copying a
 * few hundred pixels, and the labels of a view barely change between frames (a year change, a highlight, a fade), so
 * the canvas pays for a label once per zoom level. At most {@value #CAPACITY} sprites are kept, the least recently
 * used dropped first. Thread-safe: the two bands of a raster draw at once.
 */
final class LabelSprites {

    /** Enough for every label of a large view at a few zoom levels. */
    static final int CAPACITY = 4096;

    /**
     * A label's image and where its anchor point lies in it, device pixels from its top-left corner.
     */
    record Sprite(BufferedImage image, double anchorX, double anchorY) {
    }

    private record Key(String text, double size, boolean bold, Rgb colour, Rgb halo, Anchor anchor, double scale) {
    }

    private final Java2dRenderer renderer;
    private final Map<Key, Sprite> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Sprite> eldest) {
            return size() > CAPACITY;
        }
    });

    LabelSprites(Java2dRenderer renderer) {
        this.renderer = renderer;
    }

    /** The sprite of {@code t} drawn at {@code scale} device pixels per unit. */
    Sprite of(Drawable.Text t, double scale) {
        var key = new Key(t.text(), t.size(), t.bold(), t.colour(), t.halo(), t.anchor(), scale);
        var sprite = cache.get(key);
        if (sprite == null) {
            sprite = render(t, scale);
            cache.put(key, sprite);
        }
        return sprite;
    }

    int size() {
        return cache.size();
    }

    private Sprite render(Drawable.Text t, double scale) {
        double halo = t.halo() == null ? 0 : Drawable.Text.HALO_WIDTH * t.size() * scale;
        double pad = Math.ceil(halo) + 2;
        // TextMetrics errs wide: the real glyphs fit.
        double width = TextMetrics.width(t.text(), t.size(), t.bold()) * scale;
        double ascent = TextMetrics.ascent(t.size()) * scale;
        double descent = TextMetrics.descent(t.size()) * scale;
        int w = (int) Math.ceil(width + 2 * pad);
        int h = (int) Math.ceil(ascent + descent + 2 * pad);
        double ax = switch (t.anchor()) {
            case START -> pad;
            case MIDDLE -> w / 2.0;
            case END -> w - pad;
        };
        double ay = pad + ascent;
        var image = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB_PRE);
        var g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.SrcOver);
            Java2dRenderer.setHints(g);
            g.scale(scale, scale);
            renderer.draw(g, new Drawable.Text(ax / scale, ay / scale, t.text(), t.size(), t.colour(), t.anchor(),
                    t.bold(), t.halo()));
        } finally {
            g.dispose();
        }
        return new Sprite(image, ax, ay);
    }
}

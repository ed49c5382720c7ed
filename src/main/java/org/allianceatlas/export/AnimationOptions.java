package org.allianceatlas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.allianceatlas.export.render.ImageOptions;

/**
 * How a timeline animation plays: years {@code from} to {@code to} (both inclusive; {@code to} is shown even when the
 * step skips it), {@code framesPerYear} frames each, the first {@code fadeFrames} of which blend from the previous
 * year's picture, at {@code fps} frames per second. Each frame is drawn as a PNG export with {@code image} would be:
 * {@code image.page()} times {@code image.scale()} is the frame size in pixels.
 *
 * @param step          years between frames, &ge; 1
 * @param framesPerYear frames per year shown, 1 to {@value #MAX_FRAMES_PER_YEAR}
 * @param fadeFrames    frames of each year (after the first) that blend from the previous one, 0 to
 *                      {@code framesPerYear - 1}
 * @param fps           frames per second, 1 to {@value #MAX_FPS}
 */
public record AnimationOptions(int from, int to, int step, int framesPerYear, int fadeFrames, int fps,
                               ImageOptions image) {

    public static final int MAX_FRAMES_PER_YEAR = 120;
    public static final int MAX_FPS = 60;

    public AnimationOptions {
        Objects.requireNonNull(image, "image");
        if (from > to) {
            throw new IllegalArgumentException("the first year (" + from + ") is after the last (" + to + ")");
        }
        if (step < 1) {
            throw new IllegalArgumentException("the step must be at least 1 year, not " + step);
        }
        if (framesPerYear < 1 || framesPerYear > MAX_FRAMES_PER_YEAR) {
            throw new IllegalArgumentException("frames per year must be 1 to " + MAX_FRAMES_PER_YEAR + ", not "
                    + framesPerYear);
        }
        if (fadeFrames < 0 || fadeFrames >= framesPerYear) {
            throw new IllegalArgumentException("fade frames must be 0 to " + (framesPerYear - 1)
                    + " (fewer than the frames per year), not " + fadeFrames);
        }
        if (fps < 1 || fps > MAX_FPS) {
            throw new IllegalArgumentException("frames per second must be 1 to " + MAX_FPS + ", not " + fps);
        }
    }

    /** {@code from} to {@code to}, four frames a year of which two fade, eight frames a second (two years a second). */
    public static AnimationOptions of(int from, int to, ImageOptions image) {
        return new AnimationOptions(from, to, 1, 4, 2, 8, image);
    }

    /** The years shown, in order: from, from + step, …, and always {@code to}. */
    public List<Integer> years() {
        var years = new ArrayList<Integer>();
        for (int y = from; y <= to; y += step) {
            years.add(y);
        }
        if (years.get(years.size() - 1) != to) {
            years.add(to);
        }
        return years;
    }

    /** Frames in the whole animation. */
    public int frameCount() {
        return years().size() * framesPerYear;
    }

    /** Frame width in pixels. */
    public int width() {
        return image.page().width() * image.scale();
    }

    /** Frame height in pixels. */
    public int height() {
        return image.page().height() * image.scale();
    }
}

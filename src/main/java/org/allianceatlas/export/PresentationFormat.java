package org.allianceatlas.export;

import org.allianceatlas.model.Keyed;

/**
 * The formats that show more than one picture: the timeline as an animation (years A to B), and a slide deck. Kept
 * apart from {@link ExportFormat}, whose formats write one view.
 */
public enum PresentationFormat implements Keyed {
    /** Animated GIF, looping: plays anywhere, including slides and web pages; 256 colours. */
    GIF("gif"),
    /** MP4 video (H.264): small and sharp; plays in browsers, PowerPoint, media players. */
    MP4("mp4"),
    /** One PNG per frame ({@code frame-00001.png} …) in a folder, for video editors. */
    PNG_SEQUENCE(""),
    /** PowerPoint deck (.pptx): one slide per saved view or year, speaker notes with the sources. */
    PPTX("pptx");

    private final String extension;

    PresentationFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot; empty for the PNG sequence (a folder). */
    public String extension() {
        return extension;
    }

    /** True for the animation formats, written by {@link TimelineAnimationExporter}. */
    public boolean isAnimation() {
        return this != PPTX;
    }
}

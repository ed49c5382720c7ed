package org.allianceatlas.export;

/**
 * Hears how far a long export (an animation, a slide deck) has come and may stop it. {@link #update} is called on the
 * exporting thread after each frame or slide; {@link #cancelled} is asked before each one, and a cancelled export
 * throws {@link java.util.concurrent.CancellationException} and leaves nothing behind.
 */
@FunctionalInterface
public interface ExportProgress {

    /** Hears nothing, never cancels. */
    ExportProgress NONE = (done, total) -> { };

    /**
     * @param done  frames or slides written so far, 0 to {@code total}
     * @param total how many there are
     */
    void update(int done, int total);

    /** True when the export should stop; the default never stops. */
    default boolean cancelled() {
        return false;
    }
}

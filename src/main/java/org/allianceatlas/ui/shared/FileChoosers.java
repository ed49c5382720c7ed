package org.allianceatlas.ui.shared;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/**
 * The file and folder choosers the app opens. An interface so that UI tests, which cannot drive the native
 * dialogs, answer with a fixture path instead.
 */
public interface FileChoosers {

    /** A data file ({@code *.json}) to open or add; empty when the user cancels. */
    Optional<Path> dataFile(Window owner, String title);

    /**
     * A project file ({@code *.atlas}) to open; empty when the user cancels. By default the data file chooser's
     * answer (tests answer every chooser alike).
     */
    default Optional<Path> projectFile(Window owner, String title) {
        return dataFile(owner, title);
    }

    /** A folder (of data files to open or add, or to export into); empty when the user cancels. */
    Optional<Path> folder(Window owner, String title);

    /**
     * A file to write.
     *
     * @param suggestedName the initial file name, e.g. {@code alliance-atlas-2024.png}
     * @param extension     without the dot, e.g. {@code png}; added when the user leaves it out
     */
    Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension);
}

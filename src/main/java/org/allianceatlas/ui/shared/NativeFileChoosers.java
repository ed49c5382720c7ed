package org.allianceatlas.ui.shared;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The platform's choosers, starting in the folder last used (for this run) so that opening several files from one
 * folder does not mean navigating there each time.
 */
public final class NativeFileChoosers implements FileChoosers {

    private File lastFolder;

    @Override
    public Optional<Path> dataFile(Window owner, String title) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Alliance Atlas data (*.json)",
                "*.json"), new FileChooser.ExtensionFilter("All files", "*"));
        startIn(chooser::setInitialDirectory);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> projectFile(Window owner, String title) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Alliance Atlas projects (*.atlas)",
                "*.atlas"), new FileChooser.ExtensionFilter("All files", "*"));
        startIn(chooser::setInitialDirectory);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        var chooser = new DirectoryChooser();
        chooser.setTitle(title);
        startIn(chooser::setInitialDirectory);
        var folder = chooser.showDialog(owner);
        if (folder != null) {
            lastFolder = folder;
        }
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.toUpperCase(Locale.ROOT) + " (*." + extension + ")", "*." + extension));
        startIn(chooser::setInitialDirectory);
        return remember(chooser.showSaveDialog(owner)).map(p -> withExtension(p, extension));
    }

    /** The path, with {@code .extension} added when its name has no such ending (case ignored). */
    public static Path withExtension(Path p, String extension) {
        var name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT)) ? p
                : p.resolveSibling(name + "." + extension);
    }

    private void startIn(Consumer<File> setter) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            setter.accept(lastFolder);
        }
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }
}

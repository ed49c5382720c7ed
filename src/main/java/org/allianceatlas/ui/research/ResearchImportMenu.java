package org.allianceatlas.ui.research;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.ui.dataset.ProblemReportDialog;

/**
 * The File menu's Import ATOP… and Import COW… items: a multi-file chooser, then the question of which side wins
 * where both describe an organisation (or whether to show the import alone), then the import through
 * {@link ResearchImportViewModel}; failed imports open the problem report dialog, which offers to import without the
 * rows with errors when those are the only problems. Node ids: {@code importAtop}, {@code importCow}.
 */
public final class ResearchImportMenu {

    static final ButtonType KEEP_LOADED = new ButtonType("Keep the loaded data", ButtonBar.ButtonData.NO);
    static final ButtonType USE_IMPORT = new ButtonType("Use the import", ButtonBar.ButtonData.YES);
    static final ButtonType ALONE = new ButtonType("Show the import alone", ButtonBar.ButtonData.OTHER);

    private final Window owner;
    private final ResearchImportViewModel vm;
    private File lastFolder;

    public ResearchImportMenu(Window owner, ResearchImportViewModel vm) {
        this.owner = owner;
        this.vm = vm;
        vm.problems().subscribe(p -> ProblemReportDialog.create(owner, p).show());
        vm.skipOffers().subscribe(offer -> ProblemReportDialog.create(owner, offer.problems(),
                () -> vm.importFiles(offer.withoutBadRows())).show());
    }

    /**
     * The two menu items, disabled while an import or {@code busy} (another load) runs.
     */
    public List<MenuItem> items(ObservableBooleanValue busy) {
        var atop = item("Import ATOP…", "importAtop", ResearchDataset.ATOP, busy);
        var cow = item("Import COW…", "importCow", ResearchDataset.COW, busy);
        return List.of(atop, cow);
    }

    private MenuItem item(String text, String id, ResearchDataset kind, ObservableBooleanValue busy) {
        var item = new MenuItem(text);
        item.setId(id);
        item.disableProperty().bind(vm.runningProperty().or(busy));
        item.setOnAction(e -> choose(kind).ifPresent(files -> ask(kind, files).ifPresent(vm::importFiles)));
        return item;
    }

    private Optional<List<Path>> choose(ResearchDataset kind) {
        var chooser = new FileChooser();
        chooser.setTitle("Import " + kind.label() + " files");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind.label() + " CSV (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        var files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return Optional.empty();
        }
        lastFolder = files.get(0).getParentFile();
        return Optional.of(files.stream().map(File::toPath).toList());
    }

    private Optional<ImportChoice> ask(ResearchDataset kind, List<Path> files) {
        var alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Import");
        alert.setHeaderText("Where both describe an organisation, which wins?");
        alert.setContentText("Some alliances may be in the loaded data and in the import (ATOP 3180 is NATO, "
                + "say). The side that wins gives all of that organisation's memberships; every such case is "
                + "listed in the report afterwards. Or show the import alone, without the loaded data. The next "
                + "start makes the same import again.");
        alert.getButtonTypes().setAll(KEEP_LOADED, USE_IMPORT, ALONE, ButtonType.CANCEL);
        return alert.showAndWait().flatMap(b -> b == KEEP_LOADED
                ? Optional.of(new ImportChoice(kind, files, Precedence.BASE))
                : b == USE_IMPORT ? Optional.of(new ImportChoice(kind, files, Precedence.IMPORTED))
                : b == ALONE ? Optional.of(new ImportChoice(kind, files, Precedence.IMPORTED, true))
                : Optional.empty());
    }
}

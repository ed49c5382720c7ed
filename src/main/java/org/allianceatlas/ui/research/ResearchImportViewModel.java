package org.allianceatlas.ui.research;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.allianceatlas.io.LoadResult;
import org.allianceatlas.io.Problem;
import org.allianceatlas.io.Severity;
import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.io.importers.DatasetMerger.Precedence;
import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.io.importers.ResearchImport;
import org.allianceatlas.model.Dataset;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.dataset.DatasetChoice;
import org.allianceatlas.ui.dataset.LoadProblems;
import org.allianceatlas.ui.dataset.LoadProblems.Outcome;
import org.allianceatlas.ui.shared.Signal;
import org.allianceatlas.ui.task.ProgressSink;
import org.allianceatlas.ui.task.TaskRunner;

/**
 * Imports ATOP or COW CSV files into the data on screen: the data the user chose (shipped data and files) is loaded
 * again with the research files merged in, through {@link AtlasService#loadWithImports}, off the UI thread.
 *
 * <p>A file whose header says it is the other dataset (or neither) is an error: nothing is imported and the data on
 * screen stays. An import with errors also leaves the data as it was; both are announced on {@link #problems()}.
 * A usable import goes to the {@code onImported} callback, whose owner shows it (and its warnings).
 *
 * <p>An import is not remembered between sessions: {@link Imported#remembered()} is the choice without the CSV
 * files, because the dataset choice only holds JSON data.
 *
 * <p>UI thread only; no controls.
 */
public final class ResearchImportViewModel {

    /**
     * A usable import.
     *
     * @param remembered the data chosen before the import (what the session remembers)
     * @param shown      what the title bar and reports call it: that choice plus the CSV files
     * @param result     the loaded, imported and merged data; its report holds warnings only
     */
    public record Imported(DatasetChoice remembered, DatasetChoice shown, LoadResult result) {
    }

    private final AtlasService service;
    private final TaskRunner runner;
    private final Supplier<DatasetChoice> current;
    private final Consumer<Imported> onImported;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Signal<LoadProblems> problems = new Signal<>();

    /**
     * @param current    the data on screen now (the shipped data before the first load)
     * @param onImported called on the UI thread with each usable import
     */
    public ResearchImportViewModel(AtlasService service, TaskRunner runner, Supplier<DatasetChoice> current,
                                   Consumer<Imported> onImported) {
        this.service = Objects.requireNonNull(service, "service");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.current = Objects.requireNonNull(current, "current");
        this.onImported = Objects.requireNonNull(onImported, "onImported");
    }

    /**
     * Imports {@code files} (one dataset's member-level and, optionally, alliance-level or dyad files) into the data
     * on screen. Does nothing for an empty list or while another import runs.
     *
     * @param precedence which side wins where the data on screen and the import both describe an organisation
     */
    public void importFiles(ResearchDataset kind, List<Path> files, Precedence precedence) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(precedence, "precedence");
        if (files.isEmpty() || running.get()) {
            return;
        }
        var base = current.get();
        var shown = base;
        for (var f : files) {
            shown = shown.plus(f);
        }
        var label = shown;
        var what = describe(kind, files);
        running.set(true);
        message.set("Importing " + what + "…");
        runner.run("Importing " + what, progress -> {
            progress.update("Checking " + what, 0.05);
            var wrongKind = wrongKind(kind, files);
            if (!wrongKind.isEmpty()) {
                return new LoadResult(Dataset.empty(), ValidationReport.of(wrongKind));
            }
            progress.update("Loading the data and importing " + what, ProgressSink.INDETERMINATE);
            return service.loadWithImports(base.shipped(), base.extraInputs(), List.copyOf(files), precedence);
        }, result -> {
            running.set(false);
            if (result.usable()) {
                var d = result.dataset();
                message.set("Imported " + what + ": now " + d.organisations().size() + " organisations and "
                        + d.clauses().size() + " clauses.");
                onImported.accept(new Imported(base, label, result));
            } else {
                message.set("Could not import " + what + ".");
                problems.emit(new LoadProblems(label, result.report(), "", Outcome.PREVIOUS_KEPT));
            }
        }, error -> {
            running.set(false);
            message.set("Could not import " + what + ".");
            var m = error.getMessage();
            problems.emit(new LoadProblems(label, ValidationReport.empty(), error.getClass().getSimpleName()
                    + (m == null || m.isBlank() ? "" : ": " + m), Outcome.PREVIOUS_KEPT));
        });
    }

    /** One error per file whose header says it is not {@code kind}, naming what it is and what to do. */
    static List<Problem> wrongKind(ResearchDataset kind, List<Path> files) {
        var found = new ArrayList<Problem>();
        for (var f : files) {
            var detected = ResearchImport.detect(f);
            if (detected.isEmpty()) {
                found.add(Problem.ofFile(Severity.ERROR, f.toString(), "not an " + kind.label() + " file: the "
                        + "header has neither atopid (ATOP) nor version4id (COW); choose the dataset's CSV files"));
            } else if (detected.get() != kind) {
                found.add(Problem.ofFile(Severity.ERROR, f.toString(), "this is a " + detected.get().label()
                        + " file, not " + kind.label() + ": use File › Import " + detected.get().label() + "…"));
            }
        }
        return found;
    }

    private static String describe(ResearchDataset kind, List<Path> files) {
        return files.size() == 1 ? kind.label() + " file " + files.get(0).getFileName()
                : files.size() + " " + kind.label() + " files";
    }

    /** True while an import runs; the import menu items are disabled meanwhile. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the last import did, for the status bar ("Imported 2 ATOP files: …"); empty before the first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Announces an import that changed nothing: its errors, or what failed unexpectedly. */
    public Signal<LoadProblems> problems() {
        return problems;
    }
}

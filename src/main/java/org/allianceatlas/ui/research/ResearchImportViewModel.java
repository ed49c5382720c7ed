package org.allianceatlas.ui.research;

import java.nio.file.Files;
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
import org.allianceatlas.service.FailureMessage;
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
 * screen stays. An import with errors also leaves the data as it was; both are announced on {@link #problems()} —
 * except when every error is a row that the import can leave out: then {@link #skipOffers()} offers the import
 * without those rows, so that one bad row does not cost the whole import, and nothing is left out unasked.
 * A usable import goes to the {@code onImported} callback, whose owner shows it (and its warnings, which include
 * every row left out).
 *
 * <p>The session remembers an import as the data chosen before it ({@link Imported#remembered()}, JSON only) plus
 * the {@link ImportChoice}; the next start makes the same import again with {@link #reimport}.
 *
 * <p>UI thread only; no controls.
 */
public final class ResearchImportViewModel {

    /**
     * A usable import.
     *
     * @param remembered the data chosen before the import (what the session remembers, with {@code choice})
     * @param shown      what the title bar and reports call it: that choice plus the CSV files
     * @param result     the loaded, imported and merged data; its report holds warnings only
     * @param choice     the import itself, for the next session
     */
    public record Imported(DatasetChoice remembered, DatasetChoice shown, LoadResult result, ImportChoice choice) {
    }

    private final AtlasService service;
    private final TaskRunner runner;
    private final Supplier<DatasetChoice> current;
    private final Consumer<Imported> onImported;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Signal<LoadProblems> problems = new Signal<>();
    private final Signal<SkipOffer> skipOffers = new Signal<>();

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
        if (!files.isEmpty()) {
            importFiles(new ImportChoice(kind, files, precedence));
        }
    }

    /**
     * Makes an import: merged into the data on screen, or {@link ImportChoice#alone() alone}. When it fails only
     * because of rows with errors (and the choice does not already leave them out), {@link #skipOffers()} announces
     * the report and the same import without those rows; otherwise {@link #problems()} announces the report.
     */
    public void importFiles(ImportChoice choice) {
        if (running.get()) {
            return;
        }
        run(current.get(), choice, f -> {
            if (f.rowsCanBeLeftOut() && !choice.skipBadRows()) {
                message.set(choice.describe() + " has rows with errors; nothing was imported yet.");
                skipOffers.emit(new SkipOffer(new LoadProblems(f.shown(), f.report(), "",
                        Outcome.ROWS_CAN_BE_LEFT_OUT), choice.skippingBadRows()));
            } else {
                problems.emit(new LoadProblems(f.shown(), f.report(), f.unexpected(), Outcome.PREVIOUS_KEPT));
            }
        });
    }

    /**
     * An import that failed only because of rows with errors, and the same import without them: the view shows
     * {@code problems} (every row with its file, line and column) and, if the user agrees, makes
     * {@code withoutBadRows} with {@link #importFiles(ImportChoice)}. The left-out rows are then reported again as
     * warnings, and the next session makes the import the same way.
     */
    public record SkipOffer(LoadProblems problems, ImportChoice withoutBadRows) {
    }

    /**
     * Makes the last session's import again on top of {@code base} (the data chosen before it), off the UI thread.
     * A usable result goes to {@code onImported} as after File &gt; Import; otherwise nothing is loaded and
     * {@code failed} hears why — including a file that is no longer there — so that the caller can show other
     * data and the report.
     */
    public void reimport(DatasetChoice base, ImportChoice choice, Consumer<Failure> failed) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(failed, "failed");
        run(base, choice, failed);
    }

    /**
     * Why an import could not be made (again).
     *
     * @param shown            the data with the import's files, as the report names it
     * @param report           the problems found (a missing file is one of them)
     * @param unexpected       a description of an unexpected failure, or empty
     * @param rowsCanBeLeftOut true when every error is a row of the imported files that the import can leave out
     */
    public record Failure(DatasetChoice shown, ValidationReport report, String unexpected, boolean rowsCanBeLeftOut) {
    }

    private void run(DatasetChoice base, ImportChoice choice, Consumer<Failure> onFailure) {
        var files = choice.files();
        var shown = choice.alone() ? new DatasetChoice(false, files) : base;
        for (var f : files) {
            shown = shown.plus(f);
        }
        var label = shown;
        var what = choice.describe();
        running.set(true);
        message.set("Importing " + what + "…");
        runner.run("Importing " + what, progress -> {
            progress.update("Checking " + what, 0.05);
            var missing = missing(files);
            if (!missing.isEmpty()) {
                return new LoadResult(Dataset.empty(), ValidationReport.of(missing));
            }
            var wrongKind = wrongKind(choice.kind(), files);
            if (!wrongKind.isEmpty()) {
                return new LoadResult(Dataset.empty(), ValidationReport.of(wrongKind));
            }
            progress.update("Loading the data and importing " + what, ProgressSink.INDETERMINATE);
            return choice.alone()
                    ? service.loadWithImports(false, List.of(), files, choice.precedence(), choice.skipBadRows())
                    : service.loadWithImports(base.shipped(), base.extraInputs(), files, choice.precedence(),
                    choice.skipBadRows());
        }, result -> {
            running.set(false);
            if (result.usable()) {
                var d = result.dataset();
                message.set("Imported " + what + ": now " + d.organisations().size() + " organisations and "
                        + d.clauses().size() + " clauses.");
                onImported.accept(new Imported(base, label, result, choice));
            } else {
                message.set("Could not import " + what + ".");
                onFailure.accept(new Failure(label, result.report(), "", result.onlyRowsSkipped()));
            }
        }, error -> {
            running.set(false);
            message.set("Could not import " + what + ".");
            onFailure.accept(new Failure(label, ValidationReport.empty(), FailureMessage.of(error), false));
        });
    }

    /** One error per file that is not (or no longer) a readable file. */
    static List<Problem> missing(List<Path> files) {
        var found = new ArrayList<Problem>();
        for (var f : files) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                found.add(Problem.ofFile(Severity.ERROR, f.toString(), Files.exists(f)
                        ? "the file cannot be read" : "the file is no longer there (moved, renamed or deleted)"));
            }
        }
        return found;
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

    /** Announces an import that changed nothing yet because of rows with errors, with the offer to leave them out. */
    public Signal<SkipOffer> skipOffers() {
        return skipOffers;
    }
}

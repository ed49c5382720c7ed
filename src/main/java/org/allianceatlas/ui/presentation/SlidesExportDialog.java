package org.allianceatlas.ui.presentation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.allianceatlas.export.render.SceneOptions;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.project.SavedView;
import org.allianceatlas.ui.presentation.SlidesExportViewModel.Source;
import org.allianceatlas.ui.shared.FileChoosers;

/**
 * Export › Slides (.pptx)…: one slide per saved view of the project, or per year of a range of the filters on
 * screen; asks where to write and shows the export's progress with a Cancel button, the window staying responsive
 * (the export runs off the FX thread). Binds to a {@link SlidesExportViewModel}.
 *
 * <p>Node ids: {@code slidesSavedViews}, {@code slidesYears}, {@code slidesFrom}, {@code slidesTo},
 * {@code slidesStep}, {@code slidesLegend}, {@code slidesExport}, {@code slidesCancel}, {@code slidesProgress},
 * {@code slidesMessage}, {@code slidesProblem}.
 */
public final class SlidesExportDialog {

    /** What is on screen when the export starts: the saved views, the filters, layout and scene options. */
    public record Screen(List<SavedView> savedViews, FilterCriteria criteria, LayoutKind layout, SceneOptions scene) {
    }

    private SlidesExportDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, SlidesExportViewModel vm, FileChoosers choosers,
                                            Supplier<Screen> screen) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle("Slides");
        dialog.setHeaderText("A PowerPoint deck: the picture, title and caption on each slide, the sources in its "
                + "speaker notes");

        var sources = new ToggleGroup();
        var saved = new RadioButton();
        saved.setId("slidesSavedViews");
        saved.textProperty().bind(vm.savedViewsProperty().asString("One slide per saved view (%d)"));
        saved.setToggleGroup(sources);
        var years = new RadioButton("One slide a year of the filters on screen");
        years.setId("slidesYears");
        years.setToggleGroup(sources);
        (vm.sourceProperty().get() == Source.SAVED_VIEWS ? saved : years).setSelected(true);
        sources.selectedToggleProperty().addListener((o, a, t) -> vm.sourceProperty()
                .set(t == saved ? Source.SAVED_VIEWS : Source.YEARS));

        var range = new GridPane();
        range.setHgap(12);
        range.setVgap(8);
        range.addRow(0, new Label("From year"), AnimationExportDialog.spinner("slidesFrom", 1, 9999,
                vm.fromProperty()), new Label("to"), AnimationExportDialog.spinner("slidesTo", 1, 9999,
                vm.toProperty()));
        range.addRow(1, new Label("Every"), AnimationExportDialog.spinner("slidesStep", 1, 100, vm.stepProperty()),
                new Label("years"));
        range.disableProperty().bind(years.selectedProperty().not());
        var legend = new CheckBox("Legend on each picture");
        legend.setId("slidesLegend");
        legend.selectedProperty().bindBidirectional(vm.legendProperty());
        var choices = new VBox(8, saved, years, range, legend);
        choices.disableProperty().bind(vm.runningProperty());

        var problem = new Label();
        problem.setId("slidesProblem");
        problem.textProperty().bind(vm.problemProperty());
        var progress = new ProgressBar();
        progress.setId("slidesProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        var message = new Label();
        message.setId("slidesMessage");
        message.textProperty().bind(vm.messageProperty());

        var export = new Button("Export…");
        export.setId("slidesExport");
        export.disableProperty().bind(vm.runningProperty().or(vm.problemProperty().isNotEmpty()));
        export.setOnAction(e -> choose(dialog, choosers).ifPresent(target -> {
            var now = screen.get();
            vm.export(now.savedViews(), now.criteria(), now.layout(), now.scene().labels(),
                    now.scene().organisations(), target, Files.exists(target));
        }));
        var cancel = new Button("Cancel export");
        cancel.setId("slidesCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());

        dialog.getDialogPane().setContent(new VBox(12, choices, problem, new HBox(8, export, cancel), progress,
                message));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    private static Optional<Path> choose(Dialog<?> dialog, FileChoosers choosers) {
        var owner = dialog.getDialogPane().getScene().getWindow();
        return choosers.saveFile(owner, "Export the slides", "alliance-atlas-slides.pptx", "pptx");
    }
}

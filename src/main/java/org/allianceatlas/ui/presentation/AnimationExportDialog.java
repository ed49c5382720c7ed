package org.allianceatlas.ui.presentation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.allianceatlas.export.PresentationFormat;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.ui.shared.FileChoosers;

/**
 * Export › Timeline animation…: binds the options of an {@link AnimationExportViewModel}, asks where to write, and
 * shows the export's progress with a Cancel button; the window stays responsive throughout (the export runs off the
 * FX thread). The filters and layout are the ones on screen when the export starts.
 */
public final class AnimationExportDialog {

    private AnimationExportDialog() {
    }

    public static Dialog<ButtonType> create(Window owner, AnimationExportViewModel vm, FileChoosers choosers,
                                            Supplier<FilterCriteria> criteria, Supplier<LayoutKind> layout) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.setTitle("Timeline animation");
        dialog.setHeaderText("The filters on screen, year after year, as an animation");

        var format = new ComboBox<>(FXCollections.observableArrayList(PresentationFormat.GIF, PresentationFormat.MP4,
                PresentationFormat.PNG_SEQUENCE));
        format.setId("animationFormat");
        format.setButtonCell(new FormatCell());
        format.setCellFactory(v -> new FormatCell());
        format.valueProperty().bindBidirectional(vm.formatProperty());

        var grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("From year"), spinner("animationFrom", 1, 9999, vm.fromProperty()),
                new Label("to"), spinner("animationTo", 1, 9999, vm.toProperty()));
        grid.addRow(2, new Label("Every"), spinner("animationStep", 1, 100, vm.stepProperty()), new Label("years"));
        grid.addRow(3, new Label("Frames a year"), spinner("animationFramesPerYear", 1, 120,
                vm.framesPerYearProperty()), new Label("frames a second"),
                spinner("animationFps", 1, 60, vm.fpsProperty()));
        grid.addRow(4, new Label("Size (pixels)"), spinner("animationWidth", 200, 3840, vm.widthProperty()),
                new Label("×"), spinner("animationHeight", 200, 2160, vm.heightProperty()));
        grid.disableProperty().bind(vm.runningProperty());

        var problem = new Label();
        problem.setId("animationProblem");
        problem.textProperty().bind(vm.problemProperty());
        var progress = new ProgressBar();
        progress.setId("animationProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        var message = new Label();
        message.setId("animationMessage");
        message.textProperty().bind(vm.messageProperty());

        var export = new Button("Export…");
        export.setId("animationExport");
        export.disableProperty().bind(vm.runningProperty().or(vm.problemProperty().isNotEmpty()));
        export.setOnAction(e -> choose(dialog, vm, choosers).ifPresent(target -> vm.export(criteria.get(),
                layout.get(), target, Files.exists(target))));
        var cancel = new Button("Cancel export");
        cancel.setId("animationCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());

        dialog.getDialogPane().setContent(new VBox(12, grid, problem, new HBox(8, export, cancel), progress,
                message));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    private static Optional<Path> choose(Dialog<?> dialog, AnimationExportViewModel vm,
                                                   FileChoosers choosers) {
        var owner = dialog.getDialogPane().getScene().getWindow();
        var name = "alliance-atlas-" + vm.fromProperty().get() + "-" + vm.toProperty().get();
        if (vm.formatProperty().get() == PresentationFormat.PNG_SEQUENCE) {
            return choosers.folder(owner, "Folder for the frames").map(f -> f.resolve(name + "-frames"));
        }
        return choosers.saveFile(owner, "Export the timeline", name + "." + vm.extension(), vm.extension());
    }

    private static Spinner<Integer> spinner(String id, int min, int max,
                                            ObjectProperty<Integer> value) {
        var spinner = new Spinner<Integer>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return spinner;
    }

    /** "Animated GIF", "MP4 video", "PNG frames (a folder)". */
    private static final class FormatCell extends ListCell<PresentationFormat> {
        @Override
        protected void updateItem(PresentationFormat item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : switch (item) {
                case GIF -> "Animated GIF";
                case MP4 -> "MP4 video (H.264)";
                case PNG_SEQUENCE -> "PNG frames (a folder)";
                case PPTX -> "Slides";
            });
        }
    }
}

package org.allianceatlas.ui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.allianceatlas.export.PresentationFormat;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.allianceatlas.ui.task.TaskProgress;
import org.allianceatlas.ui.task.TaskRunner;
import org.allianceatlas.ui.task.Work;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export › Timeline animation… without a display: a same-thread runner, the shipped data. */
class AnimationExportViewModelTest {

    private static AtlasService service;

    @TempDir
    Path dir;

    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final AnimationExportViewModel vm = new AnimationExportViewModel(service, runner);

    @BeforeAll
    static void load() {
        service = new AtlasService();
        service.loadShippedAnd(List.of());
    }

    private static final FilterCriteria NATO = FilterCriteria.forYear(2024)
            .withOrganisations(Selection.only(List.of("nato")));

    private void small() {
        vm.widthProperty().set(320);
        vm.heightProperty().set(240);
        vm.fromProperty().set(2022);
        vm.toProperty().set(2024);
        vm.framesPerYearProperty().set(2);
    }

    @Test
    void exportsTheFiltersOnScreenYearAfterYearAndSaysWhatItWrote() {
        small();
        var target = dir.resolve("nato.gif");
        vm.export(NATO, LayoutKind.GEOGRAPHIC, target, false);
        assertTrue(Files.exists(target));
        assertEquals("Wrote nato.gif (6 frames, 3 years)", vm.messageProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals(List.of("Exporting the timeline to nato.gif"), runner.titles());
        assertTrue(runner.messages().contains("Frame 6 of 6"), runner.messages().toString());
    }

    @Test
    void aCancelledExportWritesNothingAndSaysSo() throws Exception {
        var inner = new SameThreadTaskRunner();
        var holder = new AnimationExportViewModel[1];
        // A runner that cancels as the second frame is reported, as the dialog's Cancel button would.
        TaskRunner cancelling = new TaskRunner() {
            @Override
            public <T> void run(String title, Work<T> work, Consumer<? super T> onSuccess,
                                Consumer<? super Throwable> onFailure) {
                inner.run(title, sink -> work.call((message, fraction) -> {
                    sink.update(message, fraction);
                    if (message.equals("Frame 2 of 6")) {
                        holder[0].cancel();
                    }
                }), onSuccess, onFailure);
            }

            @Override
            public TaskProgress progress() {
                return inner.progress();
            }
        };
        var other = new AnimationExportViewModel(service, cancelling);
        holder[0] = other;
        other.widthProperty().set(320);
        other.heightProperty().set(240);
        other.fromProperty().set(2022);
        other.toProperty().set(2024);
        other.framesPerYearProperty().set(2);
        other.export(NATO, LayoutKind.GEOGRAPHIC, dir.resolve("cancelled.gif"), false);
        assertEquals("Cancelled: nothing was written", other.messageProperty().get());
        assertFalse(other.runningProperty().get());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no file, no temporary file");
        }
    }

    @Test
    void theProblemSaysWhyTheOptionsCannotBeUsed() {
        assertEquals("", vm.problemProperty().get());
        vm.fromProperty().set(2030);
        assertTrue(vm.problemProperty().get().contains("after the last"), vm.problemProperty().get());
        vm.fromProperty().set(1990);
        vm.formatProperty().set(PresentationFormat.MP4);
        vm.widthProperty().set(1281);
        assertEquals("H.264 video needs an even width and height", vm.problemProperty().get());
        vm.formatProperty().set(PresentationFormat.GIF);
        assertEquals("", vm.problemProperty().get(), "a GIF may be odd");
        vm.fpsProperty().set(60);
        assertTrue(vm.problemProperty().get().contains("at most 50"), vm.problemProperty().get());
    }

    @Test
    void anExportWithAProblemDoesNotStart() {
        vm.fromProperty().set(2030);
        vm.export(NATO, LayoutKind.GEOGRAPHIC, dir.resolve("never.gif"), false);
        assertEquals(List.of(), runner.titles());
        assertFalse(Files.exists(dir.resolve("never.gif")));
    }

    @Test
    void anExistingFileIsReportedAndKept() throws Exception {
        small();
        var target = Files.writeString(dir.resolve("mine.gif"), "mine");
        vm.export(NATO, LayoutKind.GEOGRAPHIC, target, false);
        assertTrue(vm.messageProperty().get().contains("the file exists"), vm.messageProperty().get());
        assertEquals("mine", Files.readString(target));
    }
}

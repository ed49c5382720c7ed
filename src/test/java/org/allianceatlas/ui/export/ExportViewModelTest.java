package org.allianceatlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.layout.LayoutFactory;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.ui.UiFixtures;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    private static AlignmentView view;
    private static Positions positions;

    private final ExportViewModel vm = new ExportViewModel(new SameThreadTaskRunner());
    private final List<String> failures = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void layOut() {
        view = new AlignmentGraph(UiFixtures.shipped()).view(FilterCriteria.forYear(2024));
        positions = LayoutFactory.forKind(LayoutKind.GEOGRAPHIC).layout(view, Positions.empty());
    }

    @Test
    void aPngHasThePageSizeTimesTheScale() throws IOException {
        vm.pageProperty().set(PageSize.FOUR_BY_THREE);
        vm.scaleProperty().set(1);
        var target = dir.resolve(vm.suggestedName(2024));
        assertEquals("alliance-atlas-2024.png", target.getFileName().toString());
        vm.export(view, positions, target);
        var image = ImageIO.read(target.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1200, image.getHeight());
        assertTrue(vm.lastResultProperty().get().startsWith("Exported PNG of 2024 to "),
                vm.lastResultProperty().get());
    }

    @Test
    void csvGoesIntoAFolderAndHasNoPictureOptions() throws IOException {
        vm.formatProperty().set(ExportFormat.CSV);
        assertTrue(vm.targetIsFolder());
        assertFalse(vm.imageProperty().get());
        assertEquals("alliance-atlas-1990-csv", vm.suggestedName(1990));
        vm.export(view, positions, dir);
        assertTrue(Files.readString(dir.resolve("nodes.csv")).contains("GRC"));
        assertTrue(Files.exists(dir.resolve("edges.csv")));
    }

    @Test
    void aMissingFolderFailsWithTheExportersMessageAndWritesNothing() {
        vm.failures().subscribe(failures::add);
        var target = dir.resolve("no-such-folder").resolve("atlas.svg");
        vm.formatProperty().set(ExportFormat.SVG);
        vm.export(view, positions, target);
        assertEquals(1, failures.size());
        assertTrue(vm.lastResultProperty().get().startsWith("Export failed: "));
        assertFalse(Files.exists(target));
    }

    @Test
    void optionsFollowTheControlsAndTheDarkThemeAsksForADarkPage() {
        vm.titleProperty().set(false);
        vm.legendProperty().set(false);
        vm.scaleProperty().set(3);
        vm.matchTheme(Theme.DARK);
        var o = vm.imageOptions();
        assertFalse(o.showTitle());
        assertFalse(o.showLegend());
        assertTrue(o.showCaption());
        assertEquals(3, o.scale());
        assertEquals(Background.DARK, o.background());
        vm.matchTheme(Theme.LIGHT);
        assertEquals(Background.WHITE, vm.imageOptions().background());
    }
}

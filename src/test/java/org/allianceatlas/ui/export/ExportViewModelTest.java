package org.allianceatlas.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javax.imageio.ImageIO;

import org.allianceatlas.export.ExportFormat;
import org.allianceatlas.export.render.Background;
import org.allianceatlas.export.render.ImageOptions;
import org.allianceatlas.export.render.PageSize;
import org.allianceatlas.export.style.Theme;
import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.AlignmentView;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.layout.LayoutFactory;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.layout.Positions;
import org.allianceatlas.model.Region;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.UiFixtures;
import org.allianceatlas.ui.prefs.AtlasPreferences;
import org.allianceatlas.ui.prefs.ExportChoices;
import org.allianceatlas.ui.task.ManualTaskRunner;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    private static AlignmentView view;
    private static AlignmentView europe;
    private static Positions positions;

    private final ExportViewModel vm = new ExportViewModel(new SameThreadTaskRunner(), new AtlasService());
    private final List<String> failures = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void layOut() {
        var graph = new AlignmentGraph(UiFixtures.shipped());
        view = graph.view(FilterCriteria.forYear(2024));
        positions = LayoutFactory.forKind(LayoutKind.GEOGRAPHIC).layout(view, Positions.empty());
        var c = FilterCriteria.forYear(2024);
        europe = graph.view(new FilterCriteria(2024, c.basis(), c.organisations(),
                Selection.only(Region.EUROPE.subregions()), c.tieTypes(), false));
    }

    @Test
    void aFirstExportIsASharpSlideOnWhiteWithTitleLegendAndCaption() {
        vm.setSubject(view, positions);
        var o = vm.imageOptions();
        assertEquals(ExportFormat.PNG, vm.formatProperty().get());
        assertEquals(PageSize.SLIDE, o.page());
        assertEquals(2, o.scale());
        assertEquals(Background.WHITE, o.background());
        assertTrue(o.showTitle() && o.showLegend() && o.showCaption());
        assertEquals("Defence alignments, 2024", vm.titleTextProperty().get());
        assertNull(o.title(), "the default title lets the picture add the active filters");
        assertTrue(vm.summaryProperty().get().startsWith("PNG, 3840 × 2160 pixels:"), vm.summaryProperty().get());
    }

    @Test
    void anEditedTitleIsDrawnAsTypedAndBlankMeansTheDefault() {
        vm.setSubject(europe, positions);
        assertTrue(vm.activeFilters().contains("Europe"), vm.activeFilters());
        vm.titleTextProperty().set("  European defence, 2024 ");
        assertEquals("European defence, 2024", vm.imageOptions().title());
        vm.titleTextProperty().set(" ");
        assertNull(vm.imageOptions().title());
        vm.titleTextProperty().set("European defence");
        vm.setSubject(view, positions);
        assertEquals("Defence alignments, 2024", vm.titleTextProperty().get(), "a new subject resets the title");
    }

    @Test
    void customAndWindowPagesTakeTheirSizeWithinTheExportersLimits() {
        vm.pageProperty().set(PagePreset.CUSTOM);
        vm.customWidthProperty().set(1000);
        vm.customHeightProperty().set(700);
        assertEquals(new PageSize("1000x700", 1000, 700), vm.imageOptions().page());
        vm.customWidthProperty().set(50_000);
        assertEquals(PageSize.MAX, vm.imageOptions().page().width());

        vm.pageProperty().set(PagePreset.WINDOW);
        vm.setWindowSize(1234.4, 90);
        assertEquals(1234, vm.imageOptions().page().width());
        assertEquals(PageSize.MIN, vm.imageOptions().page().height(), "a very flat window still gives a valid page");
        vm.pageProperty().set(PagePreset.A4_PORTRAIT);
        assertEquals(PageSize.A4_PORTRAIT, vm.imageOptions().page());
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

    @Test
    void choicesAreRememberedAcrossRunsButNotTheTitleText() throws BackingStoreException {
        var node = Preferences.userRoot().node("/org/allianceatlas/test/" + UUID.randomUUID());
        try {
            var prefs = new AtlasPreferences(node);
            vm.formatProperty().set(ExportFormat.PDF);
            vm.pageProperty().set(PagePreset.CUSTOM);
            vm.customWidthProperty().set(1500);
            vm.customHeightProperty().set(900);
            vm.scaleProperty().set(4);
            vm.backgroundProperty().set(Background.TRANSPARENT);
            vm.legendProperty().set(false);
            vm.setSubject(view, positions);
            vm.titleTextProperty().set("Mine");
            prefs.setExportChoices(vm.choices());

            var next = new ExportViewModel(new SameThreadTaskRunner(), new AtlasService());
            next.restore(new AtlasPreferences(node).exportChoices());
            next.setSubject(view, positions);
            assertEquals(ExportFormat.PDF, next.formatProperty().get());
            var o = next.imageOptions();
            assertEquals(new PageSize("1500x900", 1500, 900), o.page());
            assertEquals(4, o.scale());
            assertEquals(Background.TRANSPARENT, o.background());
            assertFalse(o.showLegend());
            assertTrue(o.showTitle());
            assertNull(o.title());
        } finally {
            node.removeNode();
        }
    }

    @Test
    void unreadableRememberedChoicesFallBackToTheDefaults() throws BackingStoreException {
        var node = Preferences.userRoot().node("/org/allianceatlas/test/" + UUID.randomUUID());
        try {
            node.put("export.format", "bmp");
            node.put("export.page", "letter");
            node.putInt("export.scale", 9);
            var choices = new AtlasPreferences(node).exportChoices();
            assertEquals(ExportFormat.PNG, choices.format());
            assertEquals(ImageOptions.MAX_SCALE, choices.scale());
            vm.pageProperty().set(PagePreset.A4_LANDSCAPE);
            vm.restore(choices);
            assertEquals(PagePreset.A4_LANDSCAPE, vm.pageProperty().get(), "an unknown page keeps the current one");
            assertEquals(ExportChoices.DEFAULTS.background(), vm.backgroundProperty().get());
        } finally {
            node.removeNode();
        }
    }

    @Test
    void thePreviewIsTheExportedPictureScaledDown() throws IOException {
        vm.setSubject(view, positions);
        vm.pageProperty().set(PagePreset.FOUR_BY_THREE);
        vm.scaleProperty().set(1);
        vm.backgroundProperty().set(Background.DARK);
        vm.refreshPreview();
        var preview = vm.previewProperty().get();
        assertNotNull(preview);
        assertEquals(ExportViewModel.PREVIEW_HEIGHT, preview.getHeight());
        assertEquals(640, preview.getWidth(), "4:3 kept");

        var target = dir.resolve("atlas.png");
        vm.export(target, false);
        var written = ImageIO.read(target.toFile());
        assertEquals(1600, written.getWidth());
        // Same picture: compare the preview with the written PNG sampled at the same places, on a coarse grid.
        double k = written.getWidth() / (double) preview.getWidth();
        int close = 0;
        int total = 0;
        for (int y = 5; y < preview.getHeight(); y += 10) {
            for (int x = 5; x < preview.getWidth(); x += 10) {
                total++;
                if (similar(preview.getRGB(x, y), written.getRGB((int) (x * k), (int) (y * k)))) {
                    close++;
                }
            }
        }
        assertTrue(close > total * 0.9, close + " of " + total + " samples agree");
        assertTrue(distinctColours(preview) > 20, "the preview is not blank");
    }

    @Test
    void dataFormatsHaveNoPictureButASummary() {
        vm.setSubject(view, positions);
        vm.formatProperty().set(ExportFormat.GEXF);
        vm.refreshPreview();
        assertNull(vm.previewProperty().get());
        assertFalse(vm.imageProperty().get());
        assertTrue(vm.summaryProperty().get().startsWith("GEXF for Gephi: "), vm.summaryProperty().get());
        assertTrue(vm.summaryProperty().get().contains(view.states().size() + " states"));
    }

    @Test
    void previewRequestsDuringADrawingCollapseIntoOneForTheNewestOptions() {
        var runner = new ManualTaskRunner();
        var slow = new ExportViewModel(runner, new AtlasService());
        slow.setSubject(view, positions);
        slow.refreshPreview();
        slow.pageProperty().set(PagePreset.A4_PORTRAIT);
        slow.refreshPreview();
        slow.pageProperty().set(PagePreset.A4_LANDSCAPE);
        slow.refreshPreview();
        assertEquals(1, runner.pending(), "one drawing at a time");
        runner.runTask(0);
        assertNull(slow.previewProperty().get(), "the first drawing is out of date and is dropped");
        assertEquals(1, runner.pending(), "the waiting requests became one");
        runner.runTask(0);
        var img = slow.previewProperty().get();
        assertTrue(img.getWidth() > img.getHeight(), "drawn for A4 landscape, the newest choice");
        assertEquals(0, runner.pending());
    }

    @Test
    void aPngHasThePageSizeTimesTheScale() throws IOException {
        vm.pageProperty().set(PagePreset.FOUR_BY_THREE);
        vm.scaleProperty().set(2);
        var target = dir.resolve(vm.suggestedName(2024));
        assertEquals("alliance-atlas-2024.png", target.getFileName().toString());
        vm.setSubject(view, positions);
        vm.export(target, true);
        var image = ImageIO.read(target.toFile());
        assertEquals(3200, image.getWidth());
        assertEquals(2400, image.getHeight());
        assertTrue(vm.lastResultProperty().get().startsWith("Exported PNG of 2024 to "),
                vm.lastResultProperty().get());
    }

    @Test
    void csvGoesIntoAFolderAndListsTheFilesItWouldReplace() throws IOException {
        vm.formatProperty().set(ExportFormat.CSV);
        assertTrue(vm.targetIsFolder());
        assertFalse(vm.imageProperty().get());
        assertEquals("alliance-atlas-1990-csv", vm.suggestedName(1990));
        assertEquals(List.of(), vm.wouldReplace(dir));
        vm.setSubject(view, positions);
        vm.export(dir, true);
        assertTrue(Files.readString(dir.resolve("nodes.csv")).contains("GRC"));
        assertEquals(List.of(dir.resolve("nodes.csv"), dir.resolve("edges.csv")), vm.wouldReplace(dir));
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingWasConfirmed() throws IOException {
        vm.failures().subscribe(failures::add);
        vm.formatProperty().set(ExportFormat.SVG);
        vm.setSubject(view, positions);
        var target = dir.resolve("atlas.svg");
        Files.writeString(target, "mine");
        assertEquals(List.of(target), vm.wouldReplace(target));
        vm.export(target, false);
        assertEquals(1, failures.size());
        assertEquals("mine", Files.readString(target));
        vm.export(target, true);
        assertTrue(Files.readString(target).contains("<svg"));
    }

    @Test
    void aMissingFolderFailsWithTheExportersMessageAndWritesNothing() {
        vm.failures().subscribe(failures::add);
        var written = new ArrayList<Path>();
        vm.written().subscribe(written::add);
        var target = dir.resolve("no-such-folder").resolve("atlas.svg");
        vm.formatProperty().set(ExportFormat.SVG);
        vm.setSubject(view, positions);
        vm.export(target, true);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("no-such-folder"), failures.get(0));
        assertTrue(written.isEmpty());
        assertFalse(vm.writingProperty().get());
        assertTrue(vm.lastResultProperty().get().startsWith("Export failed: "));
        assertFalse(Files.exists(target));
    }

    @Test
    void exportingBeforeASubjectIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> vm.export(dir.resolve("x.png"), true));
    }

    private static boolean similar(int a, int b) {
        int d = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return d < 40;
    }

    private static int distinctColours(BufferedImage img) {
        var colours = new HashSet<Integer>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }
}

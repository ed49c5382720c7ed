package org.allianceatlas.ui.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.io.DataInput;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.UiFixtures;
import org.allianceatlas.ui.analysis.ShippedService;
import org.allianceatlas.ui.filter.FilterViewModel;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;

class PlaybackViewModelTest {

    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();
    private final FilterViewModel filters = new FilterViewModel(2025);
    private final PlaybackViewModel vm;

    PlaybackViewModelTest() {
        filters.setDataset(ShippedService.get().dataset());
        vm = new PlaybackViewModel(filters, ShippedService.get(), runner);
    }

    @Test
    void eachStepOfTheClockShowsTheNextYear() {
        filters.setYear(1990);
        vm.advance();
        assertEquals(1990, filters.year(), "paused: the clock does nothing");
        vm.playingProperty().set(true);
        vm.advance();
        vm.advance();
        assertEquals(1992, filters.year());
    }

    @Test
    void playbackStopsAtTheLastYearAndStartsAgainFrom1945() {
        int last = filters.lastYearProperty().get();
        filters.setYear(last - 1);
        vm.playingProperty().set(true);
        vm.advance();
        assertEquals(last, filters.year());
        assertFalse(vm.playingProperty().get(), "stopped at the end");
        vm.togglePlaying();
        assertEquals(PlaybackViewModel.START_YEAR, filters.year());
        assertTrue(vm.playingProperty().get());
    }

    /**
     * After the last year in which a tie changed there is nothing to watch: Play there starts from 1945 at once,
     * rather than playing the quiet years up to the slider's end and stopping.
     */
    @Test
    void playAfterTheLastChangeStartsFrom1945() {
        // The slider reaches this year; the data's last change is earlier (here: a slider to 2030).
        var filters = new FilterViewModel(2030);
        filters.setDataset(ShippedService.get().dataset());
        var vm = new PlaybackViewModel(filters, ShippedService.get(), runner);
        vm.setCriteria(filters.criteria());
        var changes = vm.changeYears();
        int lastChange = changes.get(changes.size() - 1);
        assertTrue(lastChange < filters.lastYearProperty().get(), "the slider goes beyond the last change");
        filters.setYear(lastChange);
        vm.togglePlaying();
        assertEquals(PlaybackViewModel.START_YEAR, filters.year());
        assertTrue(vm.playingProperty().get());
        filters.setYear(lastChange - 1);
        vm.playingProperty().set(false);
        vm.togglePlaying();
        assertEquals(lastChange - 1, filters.year(), "before the last change, Play goes on from the year shown");
    }

    @Test
    void fasterSpeedsStepMoreOften() {
        vm.speedProperty().set(1);
        assertEquals(1000, vm.stepMillis(), 1e-9);
        vm.speedProperty().set(4);
        assertEquals(250, vm.stepMillis(), 1e-9);
    }

    @Test
    void theTimelineHasABarPerYearAndMarksSwedensNatoYear() {
        vm.setCriteria(filters.criteria());
        var bars = vm.timelineProperty().get();
        assertEquals(filters.firstYearProperty().get(), bars.get(0).year(), "from the data's first year");
        assertEquals(filters.lastYearProperty().get(), bars.get(bars.size() - 1).year());
        var y2024 = bars.stream().filter(b -> b.year() == 2024).findFirst().orElseThrow();
        assertTrue(y2024.changed(), "Sweden joined NATO in 2024");
        assertTrue(vm.changeYears().contains(2024));
        assertEquals(ShippedService.get().filter(filters.criteria().withYear(1990)).ties().size(),
                bars.stream().filter(b -> b.year() == 1990).findFirst().orElseThrow().ties());
    }

    @Test
    void changeYearsCoverTheWholeSliderAndAgreeWithTheStripsTicks() {
        vm.setCriteria(filters.criteria());
        var changes = vm.changeYears();
        int first = filters.firstYearProperty().get();
        assertTrue(first < PlaybackViewModel.START_YEAR, "the shipped data starts before 1945: " + first);
        assertTrue(changes.stream().anyMatch(y -> y < PlaybackViewModel.START_YEAR), "marks before 1945 too");
        assertTrue(changes.stream().allMatch(y -> y > first && y <= filters.lastYearProperty().get()), "in range; the"
                + " first year has nothing to differ from");
        assertEquals(changes,
                vm.timelineProperty().get().stream().filter(YearCount::changed).map(YearCount::year).toList());
        // Spot-check one against the definition: the ties of 2024 differ from those of 2023.
        assertTrue(changes.contains(2024));
        assertEquals(!ShippedService.get().filter(filters.criteria().withYear(1999)).ties()
                .equals(ShippedService.get().filter(filters.criteria().withYear(1998)).ties()), changes.contains(1999));
    }

    @Test
    void dataFrom1815PlaysFrom1945AtFirstButTheYearsBeforeAreOnTheStripAndPlayable() {
        // before-1945.json: the Quadruple Alliance (1815–1818), the Entente cordiale (1904) and NATO (1949).
        var service = load(new AtlasService(), UiFixtures.resource("ui/before-1945.json"));
        var years = new FilterViewModel(2025);
        var playback = counted(service, years);

        assertEquals(1815, years.firstYearProperty().get());
        var bars = playback.timelineProperty().get();
        assertEquals(1815, bars.get(0).year(), "the strip starts where the data does");
        assertEquals(2025 - 1815 + 1, bars.size());
        assertEquals(3, bars.get(0).ties(), "three memberships in 1815");
        assertEquals(List.of(1818, 1904, 1949), playback.changeYears(), "the alliance ended (gone by 31 December"
                + " 1818), the entente was signed, NATO was founded");

        assertEquals(PlaybackViewModel.START_YEAR, playback.startYearProperty().get());
        years.setYear(2025);
        playback.togglePlaying();
        assertEquals(PlaybackViewModel.START_YEAR, years.year(), "from the last year, play starts again at 1945");
        playback.playingProperty().set(false);
        years.setYear(1815);
        playback.playingProperty().set(true);
        playback.advance();
        assertEquals(1816, years.year(), "the years before 1945 play too");
    }

    @Test
    void newDataMovesTheStripAndTheStartToItsOwnYears() {
        var service = load(new AtlasService(), UiFixtures.resource("ui/before-1945.json"));
        var years = new FilterViewModel(2025);
        var playback = counted(service, years);
        assertEquals(1815, playback.timelineProperty().get().get(0).year());

        load(service, UiFixtures.validFolder()); // NATO from 1949, the EU from 1993: nothing earlier
        years.setDataset(service.dataset());
        playback.dataChanged();
        playback.setCriteria(years.criteria());
        assertEquals(1949, playback.timelineProperty().get().get(0).year());
        assertEquals(1949, playback.startYearProperty().get(), "data that starts after 1945 plays from its start");
    }

    /** Playback over the service's data as the app has it once the data is shown: its timeline counted. */
    private PlaybackViewModel counted(AtlasService service, FilterViewModel years) {
        years.setDataset(service.dataset());
        var playback = new PlaybackViewModel(years, service, runner);
        playback.setCriteria(years.criteria());
        return playback;
    }

    private static AtlasService load(AtlasService service, Path data) {
        var result = service.loadOnly(List.of(DataInput.of(data)));
        assertTrue(result.usable(), result.report().format());
        return service;
    }

    @Test
    void movingTheYearDoesNotRecountTheTimeline() {
        vm.setCriteria(filters.criteria());
        int runs = runner.titles().size();
        filters.setYear(1970);
        vm.setCriteria(filters.criteria());
        assertEquals(runs, runner.titles().size());
        filters.showIsolatedProperty().set(!filters.showIsolatedProperty().get());
        vm.setCriteria(filters.criteria());
        assertEquals(runs + 1, runner.titles().size(), "another filter: recounted");
    }
}

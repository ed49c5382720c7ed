package org.allianceatlas.ui.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.allianceatlas.ui.analysis.ShippedService;
import org.allianceatlas.ui.filter.FilterViewModel;
import org.allianceatlas.ui.task.SameThreadTaskRunner;

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
        assertEquals(PlaybackViewModel.START_YEAR, bars.get(0).year());
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
        assertTrue(changes.stream().anyMatch(y -> y < PlaybackViewModel.START_YEAR), "marks before the strip starts");
        assertTrue(changes.stream().allMatch(y -> y > first && y <= filters.lastYearProperty().get()), "in range; the"
                + " first year has nothing to differ from");
        assertEquals(changes.stream().filter(y -> y >= PlaybackViewModel.START_YEAR).toList(),
                vm.timelineProperty().get().stream().filter(YearCount::changed).map(YearCount::year).toList());
        // Spot-check one against the definition: the ties of 2024 differ from those of 2023.
        assertTrue(changes.contains(2024));
        assertEquals(!ShippedService.get().filter(filters.criteria().withYear(1999)).ties()
                .equals(ShippedService.get().filter(filters.criteria().withYear(1998)).ties()), changes.contains(1999));
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

package org.allianceatlas.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.io.DataInput;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.ui.UiFixtures;
import org.allianceatlas.ui.filter.FilterViewModel;
import org.allianceatlas.ui.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;

class AnalysisViewModelTest {

    private final AtlasService service = new AtlasService();
    private final FilterViewModel filters = new FilterViewModel(2025);
    private final AnalysisViewModel vm = new AnalysisViewModel(service, new SameThreadTaskRunner(), filters);

    /** Loads {@code data} as the app does: the filters take the dataset, then the canvas shows its view. */
    private void show(Path data) {
        var result = service.loadOnly(List.of(DataInput.of(data)));
        assertTrue(result.usable(), result.report().format());
        filters.setDataset(service.dataset());
        vm.setView(service.filter(filters.criteria()));
    }

    @Test
    void theYearsToCompareReachBackToTheDatasFirstYearAndFollowNewData() {
        show(UiFixtures.resource("ui/before-1945.json"));
        var compare = vm.compare();
        assertEquals(1815, compare.firstYearProperty().get(), "before 1945: the data's first year");
        assertEquals(filters.lastYearProperty().get(), compare.lastYearProperty().get());
        compare.yearAProperty().set(1816);
        assertEquals(1816, compare.comparisonProperty().get().from());

        show(UiFixtures.validFolder());
        assertEquals(1949, compare.firstYearProperty().get(), "other data: its own first year");
        assertEquals(1949, compare.yearAProperty().get(), "1816 is before it: moved to the first year");
    }
}

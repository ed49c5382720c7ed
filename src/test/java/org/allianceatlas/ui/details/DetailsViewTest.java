package org.allianceatlas.ui.details;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.ui.analysis.ShippedService;
import org.allianceatlas.ui.shared.ExternalLinks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The details panel on a real (headless) stage: what the user sees when the selection changes. */
@Tag("ui")
class DetailsViewTest {

    @Test
    void selectingAnotherStateShowsItsDetailsFromTheTop() throws Exception {
        FxToolkit.registerPrimaryStage();
        var service = ShippedService.get();
        var vm = new DetailsViewModel(service);
        var view = fx(() -> new DetailsView(vm, new ExternalLinks(url -> { })));
        var stage = fx(Stage::new);
        fxRun(() -> {
            stage.setScene(new Scene(new StackPane(view.node()), 360, 300));
            stage.show();
            vm.setView(service.filter(FilterCriteria.forYear(2024)));
            vm.select(service.dataset().state("FRA").orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        var scroll = fx(() -> (ScrollPane) view.node().lookup(".scroll-pane"));
        fxRun(() -> scroll.setVvalue(scroll.getVmax()));
        assertTrue(fx(scroll::getVvalue) > 0, "scrolled down through France's ties");
        fxRun(() -> vm.select(service.dataset().state("DEU").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.0, fx(scroll::getVvalue), "Germany's details start at the top");
        fxRun(() -> scroll.setVvalue(scroll.getVmax()));
        fxRun(() -> vm.setView(service.filter(FilterCriteria.forYear(2023))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(scroll::getVvalue) > 0, "another year of the same state keeps the place");
        fxRun(stage::close);
    }
}

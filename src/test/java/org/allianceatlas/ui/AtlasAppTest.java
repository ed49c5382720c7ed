package org.allianceatlas.ui;

import static org.allianceatlas.ui.FxTesting.fx;
import static org.allianceatlas.ui.FxTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import org.allianceatlas.ui.canvas.CanvasStylesheet;
import org.allianceatlas.ui.dataset.DatasetChoice;
import org.allianceatlas.ui.prefs.AtlasPreferences;

/** The application as {@code mvn javafx:run} starts it, with its preferences redirected to a throw-away node. */
@Tag("ui")
class AtlasAppTest {

    private final String node = "/org/allianceatlas/test/" + UUID.randomUUID();
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application app;

    @BeforeEach
    void launch() throws Exception {
        System.setProperty(AtlasPreferences.NODE_PROPERTY, node);
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(AtlasApp.class);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        // TestFX hands the same primary stage to every later test class: take the app's "save the session when
        // hidden" handler off it, or those classes would save into the node removed below when they hide it.
        FxTesting.fxRun(() -> stage.setOnHidden(null));
        System.clearProperty(AtlasPreferences.NODE_PROPERTY);
        Preferences.userRoot().node(node).removeNode();
    }

    private long visible(Class<?> type) {
        return fx(() -> robot.lookup((Node n) -> type.isInstance(n) && n.isVisible()).queryAll().size());
    }

    /** Pixels of the canvas's tie images that something is drawn on (ties are a bitmap, not SmartGraph edges). */
    private long tiePixels() {
        return fx(() -> robot.lookup("." + CanvasStylesheet.SCENE_LAYER).queryAll().stream()
                .flatMap(layer -> layer.lookupAll("ImageView").stream())
                .map(ImageView.class::cast)
                .filter(v -> v.isVisible() && v.getImage() != null)
                .mapToLong(v -> {
                    var reader = v.getImage().getPixelReader();
                    long drawn = 0;
                    for (int y = 0; y < v.getImage().getHeight(); y++) {
                        for (int x = 0; x < v.getImage().getWidth(); x++) {
                            drawn += reader.getArgb(x, y) >>> 24 == 0 ? 0 : 1;
                        }
                    }
                    return drawn;
                }).sum());
    }

    @Test
    void startsOnTheShippedDataDrawsItAndRemembersTheSessionOnQuit() throws Exception {
        waitUntil("vertices drawn", () -> visible(SmartGraphVertexNode.class) > 100);
        // Ties are not SmartGraph edges but the canvas's tie image: hundreds of ties cover tens of thousands of pixels.
        assertTrue(tiePixels() > 20_000, "ties drawn");
        assertEquals("Shipped data", fx(() -> robot.lookup("#statusDataset").queryAs(Label.class).getText()));

        robot.clickOn("File").clickOn("Quit");
        waitUntil("the window closed", () -> !stage.isShowing());
        var prefs = new AtlasPreferences(Preferences.userRoot().node(node));
        assertEquals(DatasetChoice.shippedData(), prefs.dataset().orElseThrow());
        assertTrue(prefs.windowBounds().orElseThrow().width() >= MainView.DEFAULT_WIDTH * 0.5);
        assertTrue(prefs.filters().isPresent());
    }
}

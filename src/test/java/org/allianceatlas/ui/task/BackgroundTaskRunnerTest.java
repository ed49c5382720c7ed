package org.allianceatlas.ui.task;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.allianceatlas.service.FailureMessage;
import org.allianceatlas.ui.FxTesting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The app's runner on a real FX platform: every failure of the work reaches {@code onFailure}, to be put in words. */
@Tag("ui")
class BackgroundTaskRunnerTest {

    @Test
    void outOfMemoryInTheWorkReachesOnFailureAsAHumanMessage() throws Exception {
        FxToolkit.registerPrimaryStage();
        var failure = new AtomicReference<Throwable>();
        try (var runner = new BackgroundTaskRunner()) {
            FxTesting.fxRun(() -> runner.run("Loading", progress -> {
                throw new OutOfMemoryError("Java heap space");
            }, result -> { }, failure::set));
            FxTesting.waitUntil("the failure is reported", () -> failure.get() != null);
            var message = FailureMessage.of(failure.get());
            assertTrue(message.startsWith("out of memory"), message);
            assertFalse(message.contains("OutOfMemoryError") || message.contains("heap space"), message);
            FxTesting.waitUntil("the runner is idle again", () -> !runner.progress().busyProperty().get());
        }
    }
}

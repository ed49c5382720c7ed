package org.allianceatlas.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.testfx.util.WaitForAsyncUtils;

/** Running code on the FX thread from a TestFX test, and waiting for background work to show. */
public final class FxTesting {

    /** Generous: the machines running the tests share two cores among several builds. */
    private static final int TIMEOUT_SECONDS = 60;

    private FxTesting() {
    }

    /** Runs on the FX thread and returns the result; an exception there fails the test with its cause. */
    public static <T> T fx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs on the FX thread. */
    public static void fxRun(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until the condition, checked on the FX thread, holds; fails with {@code what} after the timeout. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

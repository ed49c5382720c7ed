package org.allianceatlas.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;

import org.junit.jupiter.api.Test;

/** What the app says about a failure it did not expect: never a Java class name. */
class FailureMessageTest {

    @Test
    void anExceptionWithAMessageIsItsMessage() {
        assertEquals("the file moved", FailureMessage.of(new IllegalStateException("the file moved")));
    }

    @Test
    void anExceptionWithoutAMessageIsNotItsClassName() {
        var text = FailureMessage.of(new NullPointerException());
        assertFalse(text.contains("NullPointerException") || text.contains("Exception"), text);
        assertTrue(text.contains("log"), text);
    }

    @Test
    void wrappedInputOutputErrorsSayWhatHappened() {
        var text = FailureMessage.of(new UncheckedIOException(new AccessDeniedException("/x/y")));
        assertTrue(text.contains("permission denied"), text);
        assertFalse(text.contains("Exception"), text);
    }

    @Test
    void runningOutOfMemoryIsExplained() {
        assertTrue(FailureMessage.of(new OutOfMemoryError("Java heap space")).startsWith("out of memory"));
    }
}

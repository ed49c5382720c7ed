package org.allianceatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;

import org.junit.jupiter.api.Test;

/** A failure no command foresaw ends in one "error:" line and exit code 1, never a Java class name or a trace. */
class UnforeseenFailureTest {

    private static String failWith(Exception e) {
        var err = new StringWriter();
        assertEquals(AtlasCli.DATA_PROBLEM, AtlasCli.failed(e, new PrintWriter(err, true)));
        return err.toString();
    }

    @Test
    void aFailureWithoutWordsIsOneLineThatSaysHowToSeeMore() {
        var err = failWith(new NullPointerException());
        assertTrue(err.startsWith("error: an internal error stopped this"), err);
        assertTrue(err.contains("ALLIANCE_ATLAS_DEBUG=1"), err);
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void anInputOutputFailureNamesTheFileInPlainWords() {
        var err = failWith(new UncheckedIOException(new AccessDeniedException("/data/secret.json")));
        assertTrue(err.startsWith("error: "), err);
        assertTrue(err.contains("/data/secret.json"), err);
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void aFailureWithItsOwnWordsKeepsThem() {
        var err = failWith(new IllegalStateException("the folder out/ is full; free some space and try again"));
        assertEquals("error: the folder out/ is full; free some space and try again", err.strip());
    }
}

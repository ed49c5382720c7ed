package org.allianceatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a JVM given too little memory for its input (as an old laptop or a container gives it): it
 * ends with a message and exit code 1, never a trace. A separate process, so that the test's own JVM keeps its
 * memory.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void runningOutOfMemoryEndsWithAMessageAndExitCode1() throws IOException, InterruptedException {
        var json = new StringBuilder("{\"description\": [");
        for (int i = 0; i < 400_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"value ").append(i).append('"');
        }
        var file = Files.writeString(dir.resolve("big.json"), json.append("]}"));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-Xmx24m", "-XX:-UsePerfData", "-cp",
                System.getProperty("java.class.path"), "org.allianceatlas.Launcher", "--only", file.toString(),
                "validate")).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        var err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the CLI ended");
        assertEquals(1, process.exitValue(), err);
        assertTrue(err.startsWith("error: out of memory"), err);
        assertTrue(err.contains("-Xmx"), "says how to give Java more memory: " + err);
        assertFalse(err.contains("OutOfMemoryError") || err.contains("\tat "), err);
    }
}

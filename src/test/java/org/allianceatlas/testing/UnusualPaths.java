package org.allianceatlas.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Paths that are not ordinary files, made with the system's own tools (POSIX only; tests that need them are
 * skipped elsewhere): a named pipe, and a folder whose contents cannot be read even by root.
 */
public final class UnusualPaths {

    private UnusualPaths() {
    }

    /** A named pipe (FIFO) at {@code path}: opening it for reading blocks until a writer comes. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        assumeTrue(run("mkfifo", path.toString()) == 0, "mkfifo is not available");
        return path;
    }

    /**
     * Makes {@code parent/deep/…} so deep that its full path is longer than the system allows (Linux: 4,095
     * bytes), with a file {@code x.json} at the bottom. Whoever walks {@code parent} cannot read the deepest
     * folders — not even root, for whom permissions are no obstacle. Built with relative {@code cd} steps, as no
     * single path can name it; remove it with {@link #removeDeep}.
     */
    public static void deepFolder(Path parent) throws IOException, InterruptedException {
        var name = "d".repeat(200);
        var script = "cd \"$1\" && for i in $(seq 1 25); do mkdir " + name + " && cd " + name
                + " || exit 1; done && echo '{}' > x.json";
        assumeTrue(run("bash", "-c", script, "deep", parent.toString()) == 0, "cannot build a deep folder");
    }

    /** Removes what {@link #deepFolder} made ({@code rm -rf} walks it relative to each folder). */
    public static void removeDeep(Path parent) throws IOException, InterruptedException {
        run("rm", "-rf", parent.resolve("d".repeat(200)).toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}

package org.allianceatlas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command does around its own work: load the data the global options choose and print its problems
 * (exit 1 on errors), then answer (exit 0). Options are checked while parsing, before this runs (exit 2).
 */
abstract class DataCommand implements Callable<Integer> {

    @ParentCommand
    private AtlasCli root;

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() {
        var loaded = root.load();
        if (loaded.isEmpty()) {
            return AtlasCli.DATA_PROBLEM;
        }
        answer(loaded.get(), spec.commandLine().getOut());
        return 0;
    }

    /** The global options. */
    AtlasCli root() {
        return root;
    }

    /** Prints the answer; may throw {@code UnknownIdException} (exit 1). */
    abstract void answer(AtlasCli.Loaded loaded, PrintWriter out);
}

package org.allianceatlas.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code validate}: load the data and report every problem; exit 1 when there are errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the data and report every problem as file:line:col: error: message.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private AtlasCli root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var loaded = root.load();
        if (loaded.isEmpty()) {
            return AtlasCli.DATA_PROBLEM;
        }
        var d = loaded.get().service().dataset();
        spec.commandLine().getOut().println("ok: " + AtlasCli.count(d.states().size(), "state") + ", "
                + AtlasCli.count(d.organisations().size(), "organisation") + ", "
                + AtlasCli.count(d.memberships().size(), "membership") + ", "
                + AtlasCli.count(d.clauses().size(), "clause") + ", "
                + AtlasCli.count(loaded.get().result().report().warnings().size(), "warning"));
        return 0;
    }
}

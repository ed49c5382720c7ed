package org.allianceatlas.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Command;

/** {@code validate}: load the data and report every problem; exit 1 when there are errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the data and report every problem as file:line:col: error: message.")
final class ValidateCommand extends DataCommand {

    @Override
    void answer(AtlasCli.Loaded loaded, PrintWriter out) {
        var d = loaded.service().dataset();
        out.println("ok: " + AtlasCli.count(d.states().size(), "state") + ", "
                + AtlasCli.count(d.organisations().size(), "organisation") + ", "
                + AtlasCli.count(d.memberships().size(), "membership") + ", "
                + AtlasCli.count(d.clauses().size(), "clause") + ", "
                + AtlasCli.count(loaded.result().report().warnings().size(), "warning"));
    }
}

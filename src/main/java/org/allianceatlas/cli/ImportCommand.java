package org.allianceatlas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.allianceatlas.io.importers.ResearchDataset;
import org.allianceatlas.service.ImportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import atop|cow FILE... --out DATASET.json}: converts research data to our JSON format with
 * {@link org.allianceatlas.service.AtlasService#importToFile}: validated before writing, written atomically, nothing
 * written when anything is wrong. States the loaded data describes are used as they are; others become placeholders
 * (with a warning). With {@code --merge}, the output is the loaded data and the import merged.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import ATOP (v4, v5) or Correlates of War (v4.1) alliance CSV files into the Alliance Atlas "
                + "JSON format.",
            "ATOP: the member-level file (atop5_1m.csv) and optionally the alliance-level file (atop5_1a.csv).",
            "COW: the by-member file and/or the dyad-level file(s)."},
        footer = {"", "Rows with problems are reported with their file, line and column; the file is not written "
                + "when there are errors. With --skip-bad-rows, rows with errors are left out (and listed as "
                + "warnings) when nothing else is wrong.",
            "Exit codes: 0 written, 1 data or file problems, 2 bad usage."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private AtlasCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "atop|cow", description = "Which dataset the files come from.",
            converter = KindConverter.class)
    private ResearchDataset kind;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The CSV files.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DATASET.json", description = "The JSON file to write.")
    private Path out;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    private boolean force;

    @Option(names = "--merge", description = "Write the loaded data (shipped, --data, --only) merged with the import, "
            + "instead of the import alone; --prefer decides conflicts.")
    private boolean merge;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var loaded = root.load();
        if (loaded.isEmpty()) {
            return AtlasCli.DATA_PROBLEM;
        }
        boolean skip = root.skipBadRows();
        var outcome = loaded.get().service().importToFile(new ImportRequest(kind, files, out)
                .merging(merge, root.prefer()).skippingBadRows(skip).overwriting(force));
        var report = outcome.report();
        if (!report.isEmpty()) {
            err.println(report.format());
        }
        if (!outcome.wasWritten()) {
            err.println(AtlasCli.stopped(report, outcome.onlyRowsSkipped(), skip, "nothing written"));
            return AtlasCli.DATA_PROBLEM;
        }
        if (!outcome.skippedRows().isEmpty()) {
            err.println(AtlasCli.leftOut(outcome.skippedRows().size()));
        }
        var d = outcome.dataset();
        spec.commandLine().getOut().println("wrote " + out + ": " + d.states().size() + " states, "
                + d.organisations().size() + " organisations, " + d.memberships().size() + " memberships, "
                + d.clauses().size() + " clauses" + (report.warnings().isEmpty() ? "" : " (with warnings)"));
        return 0;
    }

    static final class KindConverter extends KeyedConverter<ResearchDataset> {
        KindConverter() {
            super(ResearchDataset.class, "a research dataset");
        }
    }
}

package org.allianceatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.allianceatlas.io.DataInput;
import org.allianceatlas.io.DatasetLoader;
import org.allianceatlas.io.DatasetWriter;
import org.allianceatlas.io.Severity;
import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.io.importers.ResearchDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import atop|cow FILE... --out DATASET.json}: converts research data to our JSON format, written atomically
 * and validated after writing. States the loaded data describes are used as they are; others become placeholders
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

    @Option(names = "--skip-bad-rows", description = "Write the file without the rows that had errors, when nothing "
            + "else is wrong; each left-out row is listed as a warning. Same as the global --skip-bad-rows.")
    private boolean skipBadRows;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var loaded = root.load();
        if (loaded.isEmpty()) {
            return AtlasCli.DATA_PROBLEM;
        }
        boolean skip = skipBadRows || root.skipBadRows();
        var result = loaded.get().service().importResearch(kind, files, merge, root.prefer());
        boolean onlyRows = result.onlyRowsSkipped();
        if (skip && onlyRows) {
            result = result.acceptingSkippedRows();
        }
        var dataset = result.dataset();
        var report = ValidationReport.of(result.problems());
        if (!report.isEmpty()) {
            err.println(report.format());
        }
        if (report.hasErrors()) {
            err.println(AtlasCli.stopped(report, onlyRows, skip, "nothing written"));
            return AtlasCli.DATA_PROBLEM;
        }
        if (skip && !result.skippedRows().isEmpty()) {
            err.println(AtlasCli.leftOut(result.skippedRows().size()));
        }
        if (Files.exists(out) && !force) {
            err.println("error: " + out + " exists; use --force to replace it");
            return AtlasCli.DATA_PROBLEM;
        }
        try {
            new DatasetWriter().write(dataset, out, force);
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot write " + out + ": " + e.getMessage());
            return AtlasCli.DATA_PROBLEM;
        }
        // Validated on write: the file must load on its own without errors.
        var check = new DatasetLoader().load(List.of(DataInput.of(out)));
        if (check.report().hasErrors()) {
            err.println(check.report().format());
            err.println("error: the written file does not validate (a bug: please report it)");
            return AtlasCli.DATA_PROBLEM;
        }
        var d = check.dataset();
        spec.commandLine().getOut().println("wrote " + out + ": " + d.states().size() + " states, "
                + d.organisations().size() + " organisations, " + d.memberships().size() + " memberships, "
                + d.clauses().size() + " clauses" + (check.report().problems().stream()
                .anyMatch(p -> p.severity() == Severity.WARNING) ? " (with warnings)" : ""));
        return 0;
    }

    static final class KindConverter extends KeyedConverter<ResearchDataset> {
        KindConverter() {
            super(ResearchDataset.class, "a research dataset");
        }
    }
}

package org.allianceatlas.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.allianceatlas.io.LoadResult;
import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.io.importers.DatasetMerger;
import org.allianceatlas.model.DateBasis;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.service.FailureMessage;
import org.allianceatlas.service.InsufficientMemoryException;
import org.allianceatlas.service.UnknownIdException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The top-level command: the options that choose the data, shared by every command, and the entry point. The data
 * options are inherited (picocli's {@link ScopeType#INHERIT}): they may come before or after the command, as people
 * type them ({@code alliance-atlas validate --only my.json}).
 */
@Command(name = "alliance-atlas", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explore the defence alignments of states: alliances, organisations, memberships and treaty "
                + "clauses. Without arguments, the desktop app starts.",
        subcommands = {ValidateCommand.class, SummaryCommand.class, ListCommand.class, MembersCommand.class,
            TiesCommand.class,
            MetricsCommand.class, BlocsCommand.class, PathCommand.class, DiffCommand.class, ImportCommand.class,
            ExportCommand.class, ProjectCommand.class},
        footer = {"", "Exit codes: 0 success, 1 data or input problems, 2 bad usage."})
public final class AtlasCli implements Callable<Integer> {

    /** Exit code for data or input problems (invalid data, unknown ids) and for a desktop app that cannot start. */
    public static final int DATA_PROBLEM = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "Also load this file or folder after the shipped data (repeatable). ATOP and COW CSV "
                    + "files are imported and merged in.")
    private List<Path> data = new ArrayList<>();

    @Option(names = "--only", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "Load this file or folder instead of the shipped data (repeatable).")
    private List<Path> only = new ArrayList<>();

    @Option(names = "--prefer", scope = ScopeType.INHERIT, paramLabel = "SIDE", defaultValue = "loaded",
            converter = PreferConverter.class,
            description = "Where imported ATOP/COW data and the loaded data describe the same organisation, which "
                    + "wins: loaded (default) or imported.")
    private DatasetMerger.Precedence prefer;

    @Option(names = "--skip-bad-rows", scope = ScopeType.INHERIT,
            description = "Where the only errors in ATOP/COW files (--data, import) are rows, leave those rows out "
                    + "and go on; each is still listed, as a warning.")
    private boolean skipBadRows;

    @Option(names = "--in-force", scope = ScopeType.INHERIT,
            description = "Count clauses from their entry into force instead of their signature.")
    private boolean inForce;

    /** Runs the CLI on the console and returns the exit code. */
    public static int execute(String... args) {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return execute(out, err, args);
    }

    /** Runs the CLI with the given writers (tests capture them) and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        var cli = new CommandLine(new AtlasCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionStrategy(parseResult -> {
            // picocli ignores unknown arguments when --help is among them, so "export --help" would print the
            // top-level help and succeed although there is no such command; that is bad usage too.
            var unknown = unmatched(parseResult);
            if (!unknown.isEmpty()) {
                throw new UnmatchedArgumentException(cli, unknown);
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine.getErr()));
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // What filled the memory is unreachable once the stack has unwound, so there is room to say so.
            err.println("error: " + InsufficientMemoryException.describe());
            code = DATA_PROBLEM;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Says what stopped a command in one line and returns the exit code: the failure's own words where the core gave
     * them (unknown ids, files), plain words for an input/output error, never a Java class name or a stack trace.
     * Set {@code ALLIANCE_ATLAS_DEBUG=1} to see the trace of a failure nobody foresaw.
     */
    static int failed(Exception e, PrintWriter err) {
        err.println("error: " + FailureMessage.of(e, "run it again with ALLIANCE_ATLAS_DEBUG=1 to see where, and "
                + "please report it"));
        if (!(e instanceof UnknownIdException) && "1".equals(System.getenv("ALLIANCE_ATLAS_DEBUG"))) {
            e.printStackTrace(err);
        }
        return DATA_PROBLEM;
    }

    /** The arguments nobody claimed, at any level of subcommands. */
    private static List<String> unmatched(ParseResult parseResult) {
        var all = new ArrayList<String>();
        for (var r = parseResult; r != null; r = r.subcommand()) {
            all.addAll(r.unmatched());
        }
        return all;
    }

    /** Prints a message for a failure outside any command (the desktop app cannot start). */
    public static void printError(String message) {
        System.err.println("error: " + message);
    }

    /** Without a command: show the usage and fail as bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /** Which side wins where imported data and the loaded data describe the same organisation. */
    DatasetMerger.Precedence prefer() {
        return prefer;
    }

    DateBasis basis() {
        return inForce ? DateBasis.ENTRY_INTO_FORCE : DateBasis.SIGNATURE;
    }

    /** The service over the loaded data, and the load's result (its warnings). */
    record Loaded(AtlasService service, LoadResult result) {
    }

    /**
     * Loads the data the options choose (shipped data plus {@code --data}, or only {@code --only} and
     * {@code --data}) and prints its problems to the error stream: warnings always, errors with a closing count.
     *
     * @return the loaded data, or empty when it has errors (the caller exits with {@link #DATA_PROBLEM})
     */
    Optional<Loaded> load() {
        var service = new AtlasService();
        var result = service.loadPaths(only.isEmpty(), concat(only, data), prefer, skipBadRows);
        var err = spec.commandLine().getErr();
        if (!result.report().isEmpty()) {
            err.println(result.report().format());
        }
        if (!result.usable()) {
            err.println(stopped(result.report(), result.onlyRowsSkipped(), skipBadRows, ""));
            return Optional.empty();
        }
        if (!result.skippedRows().isEmpty()) {
            err.println(leftOut(result.skippedRows().size()));
        }
        return Optional.of(new Loaded(service, result));
    }

    /** True when {@code --data} or {@code --only} chose data (a project file brings its own). */
    boolean choosesData() {
        return !data.isEmpty() || !only.isEmpty();
    }

    /** True when rows with errors in ATOP/COW files may be left out ({@code --skip-bad-rows}). */
    boolean skipBadRows() {
        return skipBadRows;
    }

    /**
     * The closing line when errors stop a load or an import: how many, what happened ({@code outcome}, e.g. "nothing
     * written"; may be empty) and what to do, including whether {@code --skip-bad-rows} would help (it does when
     * each error is a research row that the import can leave out).
     */
    static String stopped(ValidationReport report, boolean onlyRows, boolean skipping, String outcome) {
        var start = count(report.errors().size(), "error") + ", " + count(report.warnings().size(), "warning") + ": "
                + (outcome.isEmpty() ? "" : outcome + "; ");
        if (onlyRows) {
            return start + "each error is a row of an ATOP/COW file; fix the rows, or add --skip-bad-rows to leave "
                    + "them out";
        }
        return start + (skipping ? "--skip-bad-rows leaves out rows only, and these errors concern whole files or "
                + "the loaded data; fix the errors and try again" : "fix the errors and try again");
    }

    /** The closing line after rows were left out, so that nobody overlooks the warnings above it. */
    static String leftOut(int rows) {
        return "warning: " + count(rows, "row") + " of ATOP/COW files left out (--skip-bad-rows); each is listed above";
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** {@code loaded} or {@code imported}. */
    static final class PreferConverter implements CommandLine.ITypeConverter<DatasetMerger.Precedence> {
        @Override
        public DatasetMerger.Precedence convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "loaded", "shipped", "base" -> DatasetMerger.Precedence.BASE;
                case "imported" -> DatasetMerger.Precedence.IMPORTED;
                default -> throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a side; use loaded or imported");
            };
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

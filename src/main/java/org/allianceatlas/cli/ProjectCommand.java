package org.allianceatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.allianceatlas.export.render.FilterDescription;
import org.allianceatlas.service.AtlasService;
import org.allianceatlas.service.ProjectOpened;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code project views FILE} and {@code project check FILE}: what a project file (.atlas, docs/project-file.md)
 * holds, and whether it opens. Both open the project as the app does, with its own data (the root command's
 * {@code --data}/{@code --only} are not used), and print its problems as {@code file:line:col: warning: …}. Exit
 * codes: 0 the project opens (warnings allowed); 1 it does not; 2 bad usage.
 */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Look into a project file (.atlas): its saved views, its problems.",
        subcommands = {ProjectCommand.Views.class, ProjectCommand.Check.class},
        footer = {"", "Exit codes: 0 the project opens, 1 it does not, 2 bad usage."})
final class ProjectCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: missing sub-command: views or check");
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /** A sub-command on one project file: opens it, prints its problems, then {@link #report} what it holds. */
    abstract static class OnFile implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The project file (.atlas).")
        Path file;

        @Override
        public Integer call() {
            var service = new AtlasService();
            var opened = service.openProject(file);
            var err = spec.commandLine().getErr();
            if (!opened.report().isEmpty()) {
                err.println(opened.report().format());
            }
            if (!opened.opened()) {
                err.println(AtlasCli.stopped(opened.report(), false, false, "the project does not open"));
                return AtlasCli.DATA_PROBLEM;
            }
            report(service, opened, spec.commandLine().getOut());
            return 0;
        }

        abstract void report(AtlasService service, ProjectOpened opened, PrintWriter out);
    }

    /** {@code project views FILE}: the saved views in order, one a line. */
    @Command(name = "views", mixinStandardHelpOptions = true,
            description = "List the saved views of a project: number, name, year, layout and filters.")
    static final class Views extends OnFile {
        @Override
        void report(AtlasService service, ProjectOpened opened, PrintWriter out) {
            var views = opened.project().orElseThrow().views();
            if (views.isEmpty()) {
                out.println("(no saved views)");
            }
            for (int i = 0; i < views.size(); i++) {
                var v = views.get(i);
                var filters = FilterDescription.activeFilters(service.filter(v.filters()));
                out.printf(Locale.ROOT, "%d. %s (%d, %s%s)%n", i + 1, v.name(), v.year(), v.layout().key(),
                        filters.isEmpty() ? "" : "; " + filters);
            }
        }
    }

    /** {@code project check FILE}: whether the project opens, with every problem. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Open a project and its data as the app would and print every problem.")
    static final class Check extends OnFile {
        @Override
        void report(AtlasService service, ProjectOpened opened, PrintWriter out) {
            out.printf(Locale.ROOT, "%s opens: %d saved views, %d warnings%n", file,
                    opened.project().orElseThrow().views().size(), opened.report().warnings().size());
        }
    }
}

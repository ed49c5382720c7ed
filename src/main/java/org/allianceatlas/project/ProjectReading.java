package org.allianceatlas.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.allianceatlas.graph.AlignmentGraph;
import org.allianceatlas.graph.Tie;
import org.allianceatlas.io.ClosestNames;
import org.allianceatlas.io.Problem;
import org.allianceatlas.io.ProjectDocument;
import org.allianceatlas.io.ProjectDocument.Ref;
import org.allianceatlas.io.ValidationReport;

/**
 * What opening a project file found: the project (absent when the file has errors), every problem, and the data
 * files that are not there any more. Keeps the located document so that ids can be checked against the data once it
 * is loaded.
 */
public final class ProjectReading {

    private final Path file;
    private final Project project;
    private final ProjectDocument document;
    private final ValidationReport report;
    private final List<Path> missingFiles;

    ProjectReading(Path file, Project project, ProjectDocument document, ValidationReport report,
                   List<Path> missingFiles) {
        this.file = file;
        this.project = project;
        this.document = document;
        this.report = report;
        this.missingFiles = missingFiles;
    }

    /** The project file, as given. */
    public Path file() {
        return file;
    }

    /** The project, or empty when the file has errors (see {@link #report()}). */
    public Optional<Project> project() {
        return Optional.ofNullable(project);
    }

    /** Every problem with the file: errors (the project did not open) and warnings. */
    public ValidationReport report() {
        return report;
    }

    /** Data and research files the project names that are not there (absolute paths). */
    public List<Path> missingFiles() {
        return missingFiles;
    }

    /**
     * A located warning for every id in a saved view that {@code graph} does not know: organisations of the filters
     * and of the alliance map, highlighted actors and ties. The views keep these ids (see {@link SavedView}).
     */
    public List<Problem> unknownIds(AlignmentGraph graph) {
        if (document == null) {
            return List.of();
        }
        var d = graph.dataset();
        var organisations = new HashSet<String>();
        d.organisations().forEach(o -> organisations.add(o.id()));
        var actors = new HashSet<>(organisations);
        d.states().forEach(s -> actors.add(s.id()));
        var ties = new HashSet<String>();
        graph.graph().edgeSet().stream().map(Tie::id).forEach(ties::add);
        var problems = new ArrayList<Problem>();
        for (var v : document.views()) {
            var where = "saved view '" + v.name() + "'";
            if (v.organisations() != null) {
                check(v.organisations(), organisations, "organisation", where + "'s filters", problems);
            }
            check(v.mapOrganisations(), organisations, "organisation", where + "'s map", problems);
            check(v.highlightActors(), actors, "state or organisation", where + "'s highlight", problems);
            check(v.highlightTies(), ties, "tie", where + "'s highlight", problems);
        }
        return problems;
    }

    private static void check(List<Ref> refs, Set<String> known, String kind, String where, List<Problem> out) {
        for (var ref : refs) {
            if (!known.contains(ref.value())) {
                out.add(ref.location().warning("unknown " + kind + " '" + ref.value() + "' in the " + where
                        + ClosestNames.hint(ref.value(), known) + "; the loaded data does not have it, so the view "
                        + "is kept without it (load the data that defines it, or remove it)"));
            }
        }
    }
}

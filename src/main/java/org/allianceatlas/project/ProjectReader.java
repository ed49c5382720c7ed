package org.allianceatlas.project;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.allianceatlas.export.render.LabelMode;
import org.allianceatlas.export.render.MapMode;
import org.allianceatlas.export.render.OrganisationDisplay;
import org.allianceatlas.graph.FilterCriteria;
import org.allianceatlas.graph.Selection;
import org.allianceatlas.io.Problem;
import org.allianceatlas.io.ProjectDocument;
import org.allianceatlas.io.ProjectDocument.Ref;
import org.allianceatlas.io.ProjectFileReader;
import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.layout.LayoutKind;
import org.allianceatlas.model.Keyed;

/**
 * Opens a project file: {@link ProjectFileReader} reads and checks its shape (every problem located, errors stop the
 * opening), then this maps it to a {@link Project}, resolving data paths against the project file's folder. A data or
 * research file that is not there any more is a located warning, not an error: the project opens without it (and
 * keeps its path, so that saving does not lose it). Ids that the loaded data does not know are checked later, once
 * the data is loaded ({@link ProjectReading#unknownIds}). Stateless and thread-safe.
 */
public final class ProjectReader {

    /** The usual file extension of a project file, without the dot. */
    public static final String EXTENSION = "atlas";

    /** The keys of the layout, label, organisation-display and map vocabularies, for the file reader. */
    static final ProjectFileReader.Vocabulary VOCABULARY = new ProjectFileReader.Vocabulary(
            keys(LayoutKind.values()), keys(LabelMode.values()), keys(OrganisationDisplay.values()),
            keys(MapMode.values()));

    private final ProjectFileReader files = new ProjectFileReader(VOCABULARY);

    private static List<String> keys(Keyed[] values) {
        return Arrays.stream(values).map(Keyed::key).toList();
    }

    /** Reads {@code file}; never throws for bad input (everything is in the reading's report). */
    public ProjectReading read(Path file) {
        var result = files.read(file);
        if (result.document().isEmpty()) {
            return new ProjectReading(file, null, null, result.report(), List.of());
        }
        var document = result.document().get();
        var problems = new ArrayList<>(result.report().problems());
        var folder = file.toAbsolutePath().normalize().getParent();
        var missing = new ArrayList<Path>();
        var d = document.data();
        var dataFiles = new ArrayList<Path>();
        for (var ref : d.files()) {
            resolve(ref, folder, "data file", problems, missing).ifPresent(dataFiles::add);
        }
        ProjectImport research = null;
        if (d.researchImport() != null) {
            var im = d.researchImport();
            var csv = new ArrayList<Path>();
            for (var ref : im.files()) {
                resolve(ref, folder, "research file", problems, missing).ifPresent(csv::add);
            }
            if (csv.size() == im.files().size()) {
                research = new ProjectImport(im.dataset(), csv, im.prefer(), im.alone(), im.skipBadRows());
            }
        }
        var report = ValidationReport.of(problems);
        if (report.hasErrors()) {
            return new ProjectReading(file, null, document, report, List.copyOf(missing));
        }
        var views = document.views().stream().map(ProjectReader::view).toList();
        var project = new Project(new ProjectData(d.shipped(), dataFiles, research), views);
        return new ProjectReading(file, project, document, report, List.copyOf(missing));
    }

    /**
     * The absolute path a reference names (relative ones against the project's folder); a path that is not there
     * is reported as a warning and still returned, so that the project keeps it.
     */
    private static Optional<Path> resolve(Ref ref, Path folder, String what, List<Problem> problems,
                                          List<Path> missing) {
        Path path;
        try {
            var written = Path.of(ref.value());
            path = (written.isAbsolute() ? written : folder.resolve(written)).normalize();
        } catch (InvalidPathException e) {
            problems.add(ref.location().error("'" + ref.value() + "' is not a valid path here (" + e.getReason()
                    + "); write a path relative to the project file, with / between folders"));
            return Optional.empty();
        }
        if (!Files.exists(path)) {
            missing.add(path);
            problems.add(ref.location().warning("the " + what + " '" + ref.value() + "' is not there (looked for "
                    + path + "): was it moved, renamed or deleted? The project opens without it; put it back, or "
                    + "correct this path and open the project again"));
        }
        return Optional.of(path);
    }

    private static SavedView view(ProjectDocument.View v) {
        var criteria = new FilterCriteria(v.year(), v.basis(),
                v.organisations() == null ? Selection.everything() : Selection.only(Ref.values(v.organisations())),
                v.subregions() == null ? Selection.everything() : Selection.only(v.subregions()),
                v.tieTypes() == null ? Selection.everything() : Selection.only(v.tieTypes()),
                v.showIsolated());
        var port = v.viewport() == null ? null
                : new Viewport(v.viewport().x(), v.viewport().y(), v.viewport().zoom());
        return new SavedView(v.name(), criteria,
                key(LayoutKind.class, v.layout(), SavedView.DEFAULT_LAYOUT),
                key(LabelMode.class, v.labels(), SavedView.DEFAULT_LABELS),
                key(OrganisationDisplay.class, v.organisationDisplay(), SavedView.DEFAULT_ORGANISATION_DISPLAY),
                key(MapMode.class, v.mapMode(), SavedView.DEFAULT_MAP),
                Ref.values(v.mapOrganisations()), port, Ref.values(v.highlightActors()),
                Ref.values(v.highlightTies()), v.title(), v.keepSubtitle());
    }

    /** A key the file reader already checked against the vocabulary, or the default when absent. */
    private static <E extends Enum<E> & Keyed> E key(Class<E> type, String key, E absent) {
        return key == null ? absent : Keyed.fromKey(type, key).orElseThrow();
    }
}

package org.allianceatlas.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.allianceatlas.io.LoadResult;
import org.allianceatlas.io.ValidationReport;
import org.allianceatlas.project.Project;

/**
 * What opening a project did.
 *
 * @param file         the project file, as given
 * @param project      the project, or empty when the file has errors (nothing was loaded then)
 * @param report       every problem: the project file's (located), its data's, and ids the data does not know
 * @param load         the load of the project's data, or null when the project did not open; when it is not
 *                     {@linkplain LoadResult#usable() usable} the service keeps the data it had
 * @param missingFiles data and research files the project names that are not there (the project opened without them)
 */
public record ProjectOpened(Path file, Optional<Project> project, ValidationReport report, LoadResult load,
                            List<Path> missingFiles) {

    public ProjectOpened {
        missingFiles = List.copyOf(missingFiles);
    }

    /** True when the project opened and its data is loaded (warnings allowed). */
    public boolean opened() {
        return project.isPresent() && load != null && load.usable();
    }
}
